package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.compute.ComputeResources.ContainerDefinition;
import dev.berth.synth.plan.compute.ComputeResources.LogConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.TaskDefinition;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

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
                .requiredObjects("ContainerDefinitions", r.containers(), TaskDefinitionRendering::cfnContainer)
                .tags(r.tags());
    }

    private static void cfnContainer(Body c, ContainerDefinition d) {
        c.string("Name", d.name())
                .value("Image", d.image())
                .integer("Cpu", d.cpu())
                .integer("Memory", d.memory())
                .integer("MemoryReservation", d.memoryReservation())
                .bool("Essential", d.essential())
                .objects("PortMappings", d.portMappings(), (m, port) -> m
                        .integer("ContainerPort", port.containerPort())
                        .integer("HostPort", port.hostPort())
                        .string("Protocol", port.protocol())
                        .string("Name", port.name()))
                .objects("Environment", d.environment(), (e, variable) -> e
                        .string("Name", variable.name())
                        .string("Value", variable.value()))
                .objects("Secrets", d.secrets(), (s, secret) -> s
                        .string("Name", secret.name())
                        .value("ValueFrom", secret.valueFrom()));
        if (d.repositoryCredentials() != null) {
            c.object("RepositoryCredentials", rc -> rc.value("CredentialsParameter", d.repositoryCredentials()));
        }
        if (d.healthCheck() != null) {
            c.object("HealthCheck", h -> h
                    .strings("Command", d.healthCheck().command())
                    .integer("Interval", d.healthCheck().interval())
                    .integer("Timeout", d.healthCheck().timeout())
                    .integer("Retries", d.healthCheck().retries())
                    .integer("StartPeriod", d.healthCheck().startPeriod()));
        }
        c.strings("Command", d.command())
                .strings("EntryPoint", d.entryPoint())
                .objects("DependsOn", d.dependsOn(), (dep, dependency) -> dep
                        .string("ContainerName", dependency.containerName())
                        .string("Condition", dependency.condition()));
        if (d.logging() != null) {
            LogConfiguration logging = d.logging();
            c.object("LogConfiguration", l -> l
                    .string("LogDriver", logging.driver())
                    .valueMap("Options", logging.options()));
        }
        if (d.linuxParameters() != null) {
            c.object("LinuxParameters", l -> l.bool("InitProcessEnabled", d.linuxParameters().initProcessEnabled()));
        }
        c.bool("ReadonlyRootFilesystem", d.readonlyRootFilesystem());
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
                .documentArray("container_definitions", r.containers(), TaskDefinitionRendering::tfContainer)
                .tags(r.tags());
    }

    /** The ECS API's spelling; lists are left out when empty, so the provider sees no difference from what ECS returns. */
    private static void tfContainer(Body c, ContainerDefinition d) {
        c.string("name", d.name())
                .value("image", d.image())
                .integer("cpu", d.cpu())
                .integer("memory", d.memory())
                .integer("memoryReservation", d.memoryReservation())
                .bool("essential", d.essential())
                .objects("portMappings", d.portMappings(), (m, port) -> m
                        .integer("containerPort", port.containerPort())
                        .integer("hostPort", port.hostPort())
                        .string("protocol", port.protocol())
                        .string("name", port.name()))
                .objects("environment", d.environment(), (e, variable) -> e
                        .string("name", variable.name())
                        .string("value", variable.value()))
                .objects("secrets", d.secrets(), (s, secret) -> s
                        .string("name", secret.name())
                        .value("valueFrom", secret.valueFrom()));
        if (d.repositoryCredentials() != null) {
            c.object("repositoryCredentials", rc -> rc.value("credentialsParameter", d.repositoryCredentials()));
        }
        if (d.healthCheck() != null) {
            c.object("healthCheck", h -> h
                    .strings("command", d.healthCheck().command())
                    .integer("interval", d.healthCheck().interval())
                    .integer("timeout", d.healthCheck().timeout())
                    .integer("retries", d.healthCheck().retries())
                    .integer("startPeriod", d.healthCheck().startPeriod()));
        }
        c.strings("command", d.command())
                .strings("entryPoint", d.entryPoint())
                .objects("dependsOn", d.dependsOn(), (dep, dependency) -> dep
                        .string("containerName", dependency.containerName())
                        .string("condition", dependency.condition()));
        if (d.logging() != null) {
            LogConfiguration logging = d.logging();
            c.object("logConfiguration", l -> l
                    .string("logDriver", logging.driver())
                    .valueMap("options", logging.options()));
        }
        if (d.linuxParameters() != null) {
            c.object("linuxParameters", l -> l.bool("initProcessEnabled", d.linuxParameters().initProcessEnabled()));
        }
        c.bool("readonlyRootFilesystem", d.readonlyRootFilesystem());
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
