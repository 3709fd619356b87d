package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.compute.ComputeResources.ContainerDefinition;
import dev.berth.synth.plan.compute.ComputeResources.LinuxParameters;
import dev.berth.synth.plan.compute.ComputeResources.LogConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.TaskDefinition;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                .string("Memory", r.memory() == null ? null : String.valueOf(r.memory()))
                .string("NetworkMode", r.networkMode())
                .strings("RequiresCompatibilities", r.requiresCompatibilities())
                .object("RuntimePlatform", platform -> platform
                        .string("CpuArchitecture", r.cpuArchitecture())
                        .string("OperatingSystemFamily", r.operatingSystemFamily()))
                .value("ExecutionRoleArn", r.executionRoleArn())
                .value("TaskRoleArn", r.taskRoleArn())
                .requiredObjects("ContainerDefinitions", r.containers(), (c, d) -> container(c, d,
                        TaskDefinitionRendering::pascal))
                .objects("Volumes", r.volumes(), (v, volume) -> volume(v, volume, TaskDefinitionRendering::cfnVolumeKey))
                .objects("PlacementConstraints", r.placementConstraints(), (o, pc) -> o
                        .string("Type", pc.type()).string("Expression", pc.expression()));
        if (r.ephemeralStorageGiB() != null) {
            p.object("EphemeralStorage", e -> e.integer("SizeInGiB", r.ephemeralStorageGiB()));
        }
        p.tags(r.tags());
    }

    @Override
    protected void terraform(TaskDefinition r, Body b) {
        b.string("family", r.family())
                .string("cpu", String.valueOf(r.cpu()))
                .string("memory", r.memory() == null ? null : String.valueOf(r.memory()))
                .string("network_mode", r.networkMode())
                .strings("requires_compatibilities", r.requiresCompatibilities())
                .object("runtime_platform", platform -> platform
                        .string("cpu_architecture", r.cpuArchitecture())
                        .string("operating_system_family", r.operatingSystemFamily()))
                .value("execution_role_arn", r.executionRoleArn())
                .value("task_role_arn", r.taskRoleArn())
                .documentArray("container_definitions", r.containers(), (c, d) -> container(c, d, key -> key))
                .objects("volume", r.volumes(), (v, volume) -> volume(v, volume, key -> key))
                .objects("placement_constraints", r.placementConstraints(), (o, pc) -> o
                        .string("type", pc.type()).string("expression", pc.expression()));
        if (r.ephemeralStorageGiB() != null) {
            b.object("ephemeral_storage", e -> e.integer("size_in_gib", r.ephemeralStorageGiB()));
        }
        b.tags(r.tags());
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
                .objects(key.apply("environmentFiles"), d.environmentFiles(), (f, file) -> f
                        .value(key.apply("value"), file.value())
                        .string(key.apply("type"), file.type()))
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
                .string(key.apply("workingDirectory"), d.workingDirectory())
                .string(key.apply("user"), d.user())
                .objects(key.apply("dependsOn"), d.dependsOn(), (dep, dependency) -> dep
                        .string(key.apply("containerName"), dependency.containerName())
                        .string(key.apply("condition"), dependency.condition()))
                .integer(key.apply("stopTimeout"), d.stopTimeout());
        if (d.logging() != null) {
            LogConfiguration logging = d.logging();
            c.object(key.apply("logConfiguration"), l -> l
                    .string(key.apply("logDriver"), logging.driver())
                    .valueMap(key.apply("options"), logging.options()));
        }
        LinuxParameters linux = d.linuxParameters();
        if (linux != null) {
            c.object(key.apply("linuxParameters"), l -> {
                if (linux.hasCapabilities()) {
                    l.object(key.apply("capabilities"), cap -> cap
                            .strings(key.apply("add"), linux.addCapabilities())
                            .strings(key.apply("drop"), linux.dropCapabilities()));
                }
                l.bool(key.apply("initProcessEnabled"), linux.initProcessEnabled())
                        .integer(key.apply("sharedMemorySize"), linux.sharedMemorySize());
            });
        }
        c.bool(key.apply("privileged"), d.privileged())
                .bool(key.apply("readonlyRootFilesystem"), d.readonlyRootFilesystem())
                .objects(key.apply("mountPoints"), d.mountPoints(), (m, mount) -> m
                        .string(key.apply("sourceVolume"), mount.sourceVolume())
                        .string(key.apply("containerPath"), mount.containerPath())
                        .bool(key.apply("readOnly"), mount.readOnly()))
                .objects(key.apply("volumesFrom"), d.volumesFrom(), (v, from) -> v
                        .string(key.apply("sourceContainer"), from.sourceContainer())
                        .bool(key.apply("readOnly"), from.readOnly()))
                .objects(key.apply("ulimits"), d.ulimits(), (u, ulimit) -> u
                        .string(key.apply("name"), ulimit.name())
                        .integer(key.apply("softLimit"), ulimit.softLimit())
                        .integer(key.apply("hardLimit"), ulimit.hardLimit()));
        if (d.firelensConfiguration() != null) {
            Map<String, Value> options = new LinkedHashMap<>();
            d.firelensConfiguration().options().forEach((k, v) -> options.put(k, Value.literal(v)));
            c.object(key.apply("firelensConfiguration"), f -> f
                    .string(key.apply("type"), d.firelensConfiguration().type())
                    .valueMap(key.apply("options"), options));
        }
        if (d.gpus() != null) {
            // ECS takes the count as a string ("ResourceRequirement": Value).
            c.objects(key.apply("resourceRequirements"), List.of(d.gpus()), (rr, count) -> rr
                    .string(key.apply("type"), "GPU").string(key.apply("value"), String.valueOf(count)));
        }
        if (!d.dockerLabels().isEmpty()) {
            Map<String, Value> labels = new LinkedHashMap<>();
            d.dockerLabels().forEach((k, v) -> labels.put(k, Value.literal(v)));
            c.valueMap(key.apply("dockerLabels"), labels);
        }
    }

    private static String pascal(String camel) {
        return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /**
     * A volume; an EFS volume's configuration in the target's keys ({@code EFSVolumeConfiguration} /
     * {@code efs_volume_configuration}, and so on: {@code key} maps the Terraform spelling to CloudFormation's).
     */
    private static void volume(Body v, ComputeResources.Volume volume, UnaryOperator<String> key) {
        v.string(key.apply("name"), volume.name());
        ComputeResources.EfsVolume efs = volume.efs();
        if (efs != null) {
            v.object(key.apply("efs_volume_configuration"), e -> e
                    .value(key.apply("file_system_id"), efs.fileSystemId())
                    .string(key.apply("root_directory"), efs.rootDirectory())
                    .string(key.apply("transit_encryption"), efs.transitEncryption())
                    .object(key.apply("authorization_config"), a -> a
                            .value(key.apply("access_point_id"), efs.accessPointId())
                            .string(key.apply("iam"), efs.iam())));
        }
    }

    /** CloudFormation's spelling of a volume key. */
    private static String cfnVolumeKey(String key) {
        return switch (key) {
            case "efs_volume_configuration" -> "EFSVolumeConfiguration";
            case "file_system_id" -> "FilesystemId";
            case "iam" -> "IAM";
            default -> java.util.Arrays.stream(key.split("_")).map(TaskDefinitionRendering::pascal)
                    .reduce("", String::concat);
        };
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
                        "container_definitions/*/readonlyRootFilesystem"),
                Parity.value("ephemeralStorage", "EphemeralStorage/SizeInGiB", "ephemeral_storage/size_in_gib"),
                Parity.list("placementConstraints", "PlacementConstraints/*/Expression",
                        "placement_constraints/*/expression"),
                Parity.list("gpus", "ContainerDefinitions/*/ResourceRequirements/*/Value",
                        "container_definitions/*/resourceRequirements/*/value"),
                Parity.list("volumes", "Volumes/*/Name", "volume/*/name"),
                Parity.list("efsFileSystems", "Volumes/*/EFSVolumeConfiguration/FilesystemId",
                        "volume/*/efs_volume_configuration/file_system_id"),
                Parity.list("efsAccessPoints", "Volumes/*/EFSVolumeConfiguration/AuthorizationConfig/AccessPointId",
                        "volume/*/efs_volume_configuration/authorization_config/access_point_id"),
                Parity.list("efsIam", "Volumes/*/EFSVolumeConfiguration/AuthorizationConfig/IAM",
                        "volume/*/efs_volume_configuration/authorization_config/iam"),
                Parity.list("user", "ContainerDefinitions/*/User", "container_definitions/*/user"),
                Parity.list("workingDirectory", "ContainerDefinitions/*/WorkingDirectory",
                        "container_definitions/*/workingDirectory"),
                Parity.list("stopTimeout", "ContainerDefinitions/*/StopTimeout",
                        "container_definitions/*/stopTimeout"),
                Parity.list("privileged", "ContainerDefinitions/*/Privileged", "container_definitions/*/privileged"),
                Parity.list("addCapabilities", "ContainerDefinitions/*/LinuxParameters/Capabilities/Add/*",
                        "container_definitions/*/linuxParameters/capabilities/add/*"),
                Parity.list("dropCapabilities", "ContainerDefinitions/*/LinuxParameters/Capabilities/Drop/*",
                        "container_definitions/*/linuxParameters/capabilities/drop/*"),
                Parity.list("sharedMemory", "ContainerDefinitions/*/LinuxParameters/SharedMemorySize",
                        "container_definitions/*/linuxParameters/sharedMemorySize"),
                Parity.list("ulimits", "ContainerDefinitions/*/Ulimits/*/Name", "container_definitions/*/ulimits/*/name"),
                Parity.list("ulimitHard", "ContainerDefinitions/*/Ulimits/*/HardLimit",
                        "container_definitions/*/ulimits/*/hardLimit"),
                Parity.list("environmentFiles", "ContainerDefinitions/*/EnvironmentFiles/*/Value",
                        "container_definitions/*/environmentFiles/*/value"),
                Parity.list("mounts", "ContainerDefinitions/*/MountPoints/*/ContainerPath",
                        "container_definitions/*/mountPoints/*/containerPath"),
                Parity.list("mountedVolumes", "ContainerDefinitions/*/MountPoints/*/SourceVolume",
                        "container_definitions/*/mountPoints/*/sourceVolume"),
                Parity.list("volumesFrom", "ContainerDefinitions/*/VolumesFrom/*/SourceContainer",
                        "container_definitions/*/volumesFrom/*/sourceContainer"),
                Parity.entries("dockerLabels", "ContainerDefinitions/*/DockerLabels",
                        "container_definitions/*/dockerLabels"),
                Parity.list("logDrivers", "ContainerDefinitions/*/LogConfiguration/LogDriver",
                        "container_definitions/*/logConfiguration/logDriver"),
                Parity.list("dependencies", "ContainerDefinitions/*/DependsOn/*/ContainerName",
                        "container_definitions/*/dependsOn/*/containerName"),
                Parity.list("firelens", "ContainerDefinitions/*/FirelensConfiguration/Type",
                        "container_definitions/*/firelensConfiguration/type"),
                Parity.entries("firelensOptions", "ContainerDefinitions/*/FirelensConfiguration/Options",
                        "container_definitions/*/firelensConfiguration/options"));
    }
}
