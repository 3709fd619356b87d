package dev.berth.synth.planning.compute;

import dev.berth.Hardening;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.ContainerDefinition;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.iam.RolePlanner.LogTarget;
import dev.berth.synth.planning.iam.RolePlanner;
import dev.berth.synth.planning.iam.SecretArns;
import dev.berth.synth.planning.storage.FileSystemPlanner;
import dev.berth.task.Compatibility;
import dev.berth.task.Container;
import dev.berth.task.DependencyCondition;
import dev.berth.task.FireLens;
import dev.berth.task.Image;
import dev.berth.task.LinuxParameters;
import dev.berth.task.LogRouter;
import dev.berth.task.Logging;
import dev.berth.task.Volume;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans a service's log groups, roles and task definition. */
final class TaskDefinitionPlanner {

    private TaskDefinitionPlanner() {
    }

    public static ResourceId plan(Service service, PlanBuilder plan) {
        return definition(service, plan).id();
    }

    /** Plans the task definition, its roles and log groups, and returns the definition (with its roles' ARNs). */
    static ComputeResources.TaskDefinition definition(Service service, PlanBuilder plan) {
        Map<String, LogTarget> logTargets = new LinkedHashMap<>();
        Map<String, LogTarget> fireLensGroups = new LinkedHashMap<>();
        logGroups(service, plan, logTargets, fireLensGroups);
        RolePlanner.PlannedRoles roles = RolePlanner.plan(service, logTargets, fireLensGroups, plan);
        String router = service.task().containers().stream().filter(c -> c.logRouter().isPresent())
                .map(Container::name).findFirst().orElse(null);
        List<ContainerDefinition> containers = service.task().containers().stream()
                .map(c -> container(service, c, logTargets.get(c.name()), fireLensGroups.get(c.name()), router,
                        plan)).toList();
        ResourceId id = ResourceId.of(ComputeResources.TaskDefinition.class, service.name());
        String family = service.task().family().isEmpty()
                ? plan.applicationName() + "-" + service.name() : service.task().family();
        // Task memory 0 is "none": ECS takes a task without it on EC2 when every container sets memory or a
        // reservation (CONTAINER_RESOURCES; Amazon ECS API Reference, ContainerDefinition memoryReservation).
        return plan.add(new ComputeResources.TaskDefinition(id, family, service.task().cpu(),
                positive(service.task().memory()),
                service.task().networkMode().value(),
                service.task().compatibilities().stream().sorted().map(Compatibility::name).toList(),
                service.task().cpuArchitecture().name(), "LINUX", roles.executionRoleArn(), roles.taskRoleArn(), containers,
                positive(service.task().ephemeralStorageGiB()),
                service.task().volumes().stream().map(v -> v instanceof Volume.Efs efs
                        ? new ComputeResources.Volume(v.name(), FileSystemPlanner.volume(efs))
                        : new ComputeResources.Volume(v.name())).toList(),
                plan.tags(), service.task().placementConstraints().stream()
                .map(pc -> new ComputeResources.PlacementConstraint(pc.type(), text(pc.expression()))).toList()));
    }

    /**
     * One log group per distinct group name of the service's containers, declared with a retention unless the
     * awslogs driver (or the FireLens output) is asked to create it: the groups of awslogs go into {@code byContainer},
     * those FireLens writes to into {@code fireLensGroups}.
     */
    private static void logGroups(Service service, PlanBuilder plan, Map<String, LogTarget> byContainer,
                                  Map<String, LogTarget> fireLensGroups) {
        Map<String, Value> declared = new LinkedHashMap<>();
        String defaultName = Logging.DEFAULT.groupNameFor(plan.applicationName(), service.name());
        for (Container c : service.task().containers()) {
            Logging log = c.logging();
            if (!log.writesToLogGroup()) {
                continue;
            }
            String groupName = log.groupNameFor(plan.applicationName(), service.name());
            Value region = log.region().isEmpty() ? Value.pseudo(Pseudo.REGION) : Value.literal(log.region());
            Value nameValue;
            if (log.createGroup()) {
                nameValue = Value.literal(groupName);
            } else {
                nameValue = declared.computeIfAbsent(groupName, n -> {
                    ResourceId id = groupName.equals(defaultName)
                            ? ResourceId.of(ComputeResources.LogGroup.class, service.name())
                            : ResourceId.of(ComputeResources.LogGroup.class, service.name(), c.name());
                    plan.add(LogGroups.logGroup(id, n, log.retentionDays(), Logging.DEFAULT_RETENTION_DAYS,
                            log.kmsKeyArn(), log.removalPolicy(), plan));
                    return id.attr(Attr.NAME);
                });
            }
            (log.awslogs() ? byContainer : fireLensGroups).put(c.name(),
                    new LogTarget(nameValue, region, log.createGroup()));
        }
    }

    private static ContainerDefinition container(Service service, Container c, LogTarget log, LogTarget fireLensGroup,
                                                 String router, PlanBuilder plan) {
        // The DSL's 0, "" and false mean "not set"; the plan says so with null.
        boolean isRouter = c.logRouter().isPresent();
        // Under a hardening profile a container without a hard memory limit gets one (CT.ECS.PR.7).
        int memory = c.memory() == 0 && plan.hardening().hardened()
                ? Hardening.derivedMemoryLimit(service.task(), c) : c.memory();
        return new ContainerDefinition(c.name(), image(service, c, plan), positive(c.cpu()), positive(memory),
                positive(c.memoryReservation()), c.essential(),
                c.portMappings().stream().map(p -> new ComputeResources.PortMapping(p.containerPort(),
                        positive(p.hostPort()), p.protocol().value(), p.name().isEmpty() ? null : p.name())).toList(),
                c.environment().entrySet().stream()
                        .map(e -> new ComputeResources.EnvironmentVariable(e.getKey(), e.getValue())).toList(),
                c.environmentFiles().stream()
                        .map(f -> new ComputeResources.EnvironmentFile(Value.literal(f), "s3")).toList(),
                c.secrets().stream().map(s -> new ComputeResources.SecretVariable(s.name(), SecretArns.valueFrom(s)))
                        .toList(),
                c.repositoryCredentialsArn().isEmpty() ? null
                        : SecretArns.repositoryCredentials(c.repositoryCredentialsArn()),
                c.healthCheck().isPresent() ? new ComputeResources.HealthCheck(c.healthCheck().command(),
                        c.healthCheck().interval(), c.healthCheck().timeout(), c.healthCheck().retries(),
                        c.healthCheck().startPeriod()) : null,
                c.command(), c.entryPoint(), text(c.workingDirectory()),
                isRouter && c.user().isEmpty() ? "0" : text(c.user()),
                dependencies(c, router),
                positive(c.stopTimeoutSeconds()),
                log != null ? logConfiguration(service, c.logging(), log)
                        : c.logging().fireLens().isPresent() ? fireLens(plan, service, c.logging(), fireLensGroup)
                        : null,
                linuxParameters(service, c.linuxParameters()), c.privileged() ? Boolean.TRUE : null,
                c.readonlyRootFilesystem(),
                c.mountPoints().stream().map(m -> new ComputeResources.MountPoint(m.sourceVolume(),
                        m.containerPath(), m.readOnly() || readOnlyVolume(service, m.sourceVolume()))).toList(),
                c.volumesFrom().stream().map(v -> new ComputeResources.VolumeFrom(v.sourceContainer(),
                        v.readOnly())).toList(),
                c.ulimits().stream().map(u -> new ComputeResources.Ulimit(u.name().value(), u.softLimit(),
                        u.hardLimit())).toList(),
                c.dockerLabels(), isRouter ? firelensConfiguration(c.logRouter()) : null, positive(c.gpus()));
    }

    /**
     * The container's dependencies, and for a container that sends its logs to FireLens a START dependency on the
     * router unless it names one: the router must run before the containers that log to it (Amazon ECS Developer
     * Guide, "Custom log routing": required for the bridge network mode, and what AWS's examples do everywhere).
     */
    private static List<ComputeResources.ContainerDependency> dependencies(Container c, String router) {
        List<ComputeResources.ContainerDependency> out = new ArrayList<>(c.dependsOn().stream()
                .map(d -> new ComputeResources.ContainerDependency(d.container(), d.condition().name())).toList());
        if (router != null && c.logging().fireLens().isPresent()
                && c.dependsOn().stream().noneMatch(d -> d.container().equals(router))) {
            out.add(new ComputeResources.ContainerDependency(router, DependencyCondition.START.name()));
        }
        return out;
    }

    /**
     * The router's FireLens configuration. {@code enable-ecs-log-metadata} is written either way, so a reader of the
     * task definition sees whether ECS adds its metadata; an extra configuration file is always a {@code file}: Fargate
     * supports no other type (Amazon ECS API Reference, "FirelensConfiguration").
     */
    private static ComputeResources.FirelensConfiguration firelensConfiguration(LogRouter router) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("enable-ecs-log-metadata", String.valueOf(router.ecsLogMetadata()));
        if (!router.configFile().isEmpty()) {
            options.put("config-file-type", "file");
            options.put("config-file-value", router.configFile());
        }
        return new ComputeResources.FirelensConfiguration(
                router.type() == LogRouter.Type.FLUENTD ? "fluentd" : "fluentbit", options);
    }

    /**
     * The {@code awsfirelens} options: ECS turns them into one output section of the router's generated configuration
     * ({@code Name} is the Fluent Bit output). The outputs' options, from the Fluent Bit manual: {@code cloudwatch_logs}
     * with {@code region}, {@code log_group_name}, {@code log_stream_prefix} (the stream is the prefix followed by the
     * tag {@code <container>-firelens-<task-id>}) and {@code auto_create_group} (written as false too: the group is
     * Berth's); {@code kinesis_firehose} with {@code region} and {@code delivery_stream}; {@code s3} with
     * {@code region}, {@code bucket} and {@code s3_key_format} (the key prefix, the tag and the time; the output adds
     * a random suffix).
     */
    private static ComputeResources.LogConfiguration fireLens(PlanBuilder plan, Service service, Logging logging,
                                                              LogTarget group) {
        FireLens f = logging.fireLens();
        Map<String, Value> options = new LinkedHashMap<>();
        Value region = logging.region().isEmpty() ? Value.pseudo(Pseudo.REGION) : Value.literal(logging.region());
        switch (f.output()) {
            case CLOUDWATCH_LOGS -> {
                options.put("Name", Value.literal("cloudwatch_logs"));
                options.put("region", group.region());
                options.put("log_group_name", group.groupName());
                options.put("log_stream_prefix", Value.literal(
                        logging.streamPrefix().isEmpty() ? service.name() + "/" : logging.streamPrefix()));
                options.put("auto_create_group", Value.literal(String.valueOf(group.createGroup())));
            }
            case KINESIS_FIREHOSE -> {
                options.put("Name", Value.literal("kinesis_firehose"));
                options.put("region", region);
                options.put("delivery_stream", Value.literal(f.destination()));
            }
            case S3 -> {
                options.put("Name", Value.literal("s3"));
                options.put("region", region);
                options.put("bucket", Value.literal(f.destination()));
                options.put("s3_key_format", Value.literal("/" + f.keyPrefixFor(plan.applicationName(), service.name())
                        + "$TAG/%Y/%m/%d/%H/%M/%S"));
            }
            case NONE -> throw new IllegalStateException("no FireLens output (a planner bug)");
        }
        return new ComputeResources.LogConfiguration("awsfirelens", options);
    }

    /**
     * The container's Linux options, or null when there are none. Containers of a service with ECS Exec run an init
     * process: AWS recommends {@code initProcessEnabled} for ECS Exec, because the init process removes the zombie
     * SSM agent child processes that commands run through exec leave behind (Amazon ECS Developer Guide, "Monitor
     * Amazon ECS containers with ECS Exec": considerations and "Optional task definition changes"). Otherwise the
     * init process is left out unless the program asks for it (ECS's default, no init process).
     */
    private static ComputeResources.LinuxParameters linuxParameters(Service service, LinuxParameters linux) {
        boolean init = linux.initProcessEnabled() || service.enableExecuteCommand();
        if (!init && linux.addCapabilities().isEmpty() && linux.dropCapabilities().isEmpty()
                && linux.sharedMemorySizeMiB() == 0) {
            return null;
        }
        return new ComputeResources.LinuxParameters(init ? Boolean.TRUE : null,
                linux.addCapabilities().stream().map(Enum::name).toList(),
                linux.dropCapabilities().stream().map(Enum::name).toList(),
                positive(linux.sharedMemorySizeMiB()));
    }

    /** An EFS volume the program made read-only: every mount of it is read-only (the task role may not write). */
    private static boolean readOnlyVolume(Service service, String volume) {
        return service.task().volumes().stream()
                .anyMatch(v -> v.name().equals(volume) && v instanceof Volume.Efs efs && efs.readOnly());
    }

    private static Integer positive(int value) {
        return value > 0 ? value : null;
    }

    private static String text(String value) {
        return value.isEmpty() ? null : value;
    }

    /** A deploy-time image keeps its repository and takes its tag or digest from an input. */
    private static Value image(Service service, Container c, PlanBuilder plan) {
        Image image = c.image();
        if (!image.isDeployTime()) {
            return Value.literal(image.reference());
        }
        boolean digest = image.versionKind() == Image.VersionKind.DIGEST;
        plan.input(new Input(image.parameterName(),
                (digest ? "Image digest (sha256:...)" : "Image tag") + " of container " + c.name() + " of service "
                        + service.name() + " (" + image.repository() + ")",
                image.version(),
                digest ? "sha256:[a-f0-9]{64}" : "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"));
        return Value.concat(image.repository() + image.separator(), new Value.Input(image.parameterName()));
    }

    private static ComputeResources.LogConfiguration logConfiguration(Service service, Logging logging,
                                                                      LogTarget target) {
        Map<String, Value> options = new LinkedHashMap<>();
        options.put("awslogs-group", target.groupName());
        options.put("awslogs-region", target.region());
        options.put("awslogs-stream-prefix", Value.literal(
                logging.streamPrefix().isEmpty() ? service.name() : logging.streamPrefix()));
        if (target.createGroup()) {
            options.put("awslogs-create-group", Value.literal("true"));
        }
        return new ComputeResources.LogConfiguration("awslogs", options);
    }
}
