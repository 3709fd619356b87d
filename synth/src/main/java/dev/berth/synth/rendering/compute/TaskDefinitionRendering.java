package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.compute.ComputeResources.ContainerDefinition;
import dev.berth.synth.plan.compute.ComputeResources.LogConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.TaskDefinition;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * AWS::ECS::TaskDefinition / aws_ecs_task_definition. CloudFormation spells container definitions as properties
 * (PascalCase); the provider takes one string holding the JSON array in the ECS API's spelling (camelCase), whose
 * strings are themselves templates ({@code ${var.image}} interpolates). Task-level cpu and memory are strings in
 * both (the API also accepts "1 vCPU", "2 GB").
 */
public final class TaskDefinitionRendering extends Rendering<TaskDefinition> {

    public TaskDefinitionRendering() {
        super(TaskDefinition.class, cfn("AWS::ECS::TaskDefinition", "TaskDefinition").ref(Attr.ARN),
                tf("aws_ecs_task_definition").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(TaskDefinition r, Body p) {
        p.string("Family", r.family())
                .string("Cpu", String.valueOf(r.cpu()))
                .string("Memory", String.valueOf(r.memory()))
                .string("NetworkMode", r.networkMode())
                .strings("RequiresCompatibilities", r.requiresCompatibilities())
                .object("RuntimePlatform", platform -> platform
                        .string("CpuArchitecture", r.cpuArchitecture())
                        .string("OperatingSystemFamily", r.operatingSystemFamily()))
                .value("ExecutionRoleArn", r.executionRoleArn())
                .value("TaskRoleArn", r.taskRoleArn())
                .requiredObjects("ContainerDefinitions", r.containers(), (c, d) -> container(c, d,
                        TaskDefinitionRendering::pascal))
                .tags(r.tags());
    }

    @Override
    protected void terraform(TaskDefinition r, Body b) {
        b.string("family", r.family())
                .string("cpu", String.valueOf(r.cpu()))
                .string("memory", String.valueOf(r.memory()))
                .string("network_mode", r.networkMode())
                .strings("requires_compatibilities", r.requiresCompatibilities())
                .object("runtime_platform", platform -> platform
                        .string("cpu_architecture", r.cpuArchitecture())
                        .string("operating_system_family", r.operatingSystemFamily()))
                .value("execution_role_arn", r.executionRoleArn())
                .value("task_role_arn", r.taskRoleArn())
                .documentArray("container_definitions", r.containers(), (c, d) -> container(c, d, key -> key))
                .tags(r.tags());
    }

    /**
     * One container definition. Both targets spell it as the ECS API does, CloudFormation with the first letter of
     * each property name in upper case ({@code portMappings} / {@code PortMappings}), so it is written once with
     * {@code key} doing the casing. Lists are left out when empty, so the provider sees no difference from what ECS
     * returns; log options' names are data and keep their spelling.
     */
    private static void container(Body c, ContainerDefinition d, UnaryOperator<String> key) {
        c.string(key.apply("name"), d.name())
                .value(key.apply("image"), d.image())
                .integer(key.apply("cpu"), d.cpu())
                .integer(key.apply("memory"), d.memory())
                .integer(key.apply("memoryReservation"), d.memoryReservation())
                .bool(key.apply("essential"), d.essential())
                .objects(key.apply("portMappings"), d.portMappings(), (m, port) -> m
                        .integer(key.apply("containerPort"), port.containerPort())
                        .integer(key.apply("hostPort"), port.hostPort())
                        .string(key.apply("protocol"), port.protocol())
                        .string(key.apply("name"), port.name()))
                .objects(key.apply("environment"), d.environment(), (e, variable) -> e
                        .string(key.apply("name"), variable.name())
                        .string(key.apply("value"), variable.value()))
                .objects(key.apply("secrets"), d.secrets(), (s, secret) -> s
                        .string(key.apply("name"), secret.name())
                        .value(key.apply("valueFrom"), secret.valueFrom()));
        if (d.repositoryCredentials() != null) {
            c.object(key.apply("repositoryCredentials"), rc -> rc
                    .value(key.apply("credentialsParameter"), d.repositoryCredentials()));
        }
        if (d.healthCheck() != null) {
            c.object(key.apply("healthCheck"), h -> h
                    .strings(key.apply("command"), d.healthCheck().command())
                    .integer(key.apply("interval"), d.healthCheck().interval())
                    .integer(key.apply("timeout"), d.healthCheck().timeout())
                    .integer(key.apply("retries"), d.healthCheck().retries())
                    .integer(key.apply("startPeriod"), d.healthCheck().startPeriod()));
        }
        c.strings(key.apply("command"), d.command())
                .strings(key.apply("entryPoint"), d.entryPoint())
                .objects(key.apply("dependsOn"), d.dependsOn(), (dep, dependency) -> dep
                        .string(key.apply("containerName"), dependency.containerName())
                        .string(key.apply("condition"), dependency.condition()));
        if (d.logging() != null) {
            LogConfiguration logging = d.logging();
            c.object(key.apply("logConfiguration"), l -> l
                    .string(key.apply("logDriver"), logging.driver())
                    .valueMap(key.apply("options"), logging.options()));
        }
        if (d.linuxParameters() != null) {
            c.object(key.apply("linuxParameters"), l -> l
                    .bool(key.apply("initProcessEnabled"), d.linuxParameters().initProcessEnabled()));
        }
        c.bool(key.apply("readonlyRootFilesystem"), d.readonlyRootFilesystem());
    }

    private static String pascal(String camel) {
        return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("family", "Family", "family"),
                Parity.value("cpu", "Cpu", "cpu"),
                Parity.value("memory", "Memory", "memory"),
                Parity.value("networkMode", "NetworkMode", "network_mode"),
                Parity.value("architecture", "RuntimePlatform/CpuArchitecture", "runtime_platform/cpu_architecture"),
                Parity.value("executionRole", "ExecutionRoleArn", "execution_role_arn"),
                Parity.value("taskRole", "TaskRoleArn", "task_role_arn"),
                Parity.list("containers", "ContainerDefinitions/*/Name", "container_definitions/*/name"),
                Parity.list("images", "ContainerDefinitions/*/Image", "container_definitions/*/image"),
                Parity.list("essential", "ContainerDefinitions/*/Essential", "container_definitions/*/essential"),
                Parity.list("ports", "ContainerDefinitions/*/PortMappings/*/ContainerPort",
                        "container_definitions/*/portMappings/*/containerPort"),
                Parity.list("environment", "ContainerDefinitions/*/Environment/*/Value",
                        "container_definitions/*/environment/*/value"),
                Parity.list("secrets", "ContainerDefinitions/*/Secrets/*/ValueFrom",
                        "container_definitions/*/secrets/*/valueFrom"),
                Parity.entries("log", "ContainerDefinitions/*/LogConfiguration/Options",
                        "container_definitions/*/logConfiguration/options"),
                Parity.list("initProcess", "ContainerDefinitions/*/LinuxParameters/InitProcessEnabled",
                        "container_definitions/*/linuxParameters/initProcessEnabled"),
                Parity.list("readonlyRoot", "ContainerDefinitions/*/ReadonlyRootFilesystem",
                        "container_definitions/*/readonlyRootFilesystem"));
    }
}
