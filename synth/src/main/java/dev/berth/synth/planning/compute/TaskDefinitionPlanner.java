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
import dev.berth.task.Compatibility;
import dev.berth.task.Container;
import dev.berth.task.Image;
import dev.berth.task.LinuxParameters;
import dev.berth.task.Logging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans a service's log groups, roles and task definition. */
final class TaskDefinitionPlanner {

    private TaskDefinitionPlanner() {
    }

    public static ResourceId plan(Service service, PlanBuilder plan) {
        Map<String, LogTarget> logTargets = logGroups(service, plan);
        RolePlanner.PlannedRoles roles = RolePlanner.plan(service, logTargets, plan);
        List<ContainerDefinition> containers = service.task().containers().stream()
                .map(c -> container(service, c, logTargets.get(c.name()), plan)).toList();
        ResourceId id = ResourceId.of(ComputeResources.TaskDefinition.class, service.name());
        String family = service.task().family().isEmpty()
                ? plan.applicationName() + "-" + service.name() : service.task().family();
        plan.add(new ComputeResources.TaskDefinition(id, family, service.task().cpu(), service.task().memory(),
                service.task().networkMode().value(),
                service.task().compatibilities().stream().sorted().map(Compatibility::name).toList(),
                service.task().cpuArchitecture().name(), "LINUX", roles.executionRoleArn(), roles.taskRoleArn(), containers,
                positive(service.task().ephemeralStorageGiB()),
                service.task().volumes().stream().map(v -> new ComputeResources.Volume(v.name())).toList(),
                plan.tags()));
        return id;
    }

    /**
     * One log group per distinct group name of the service's containers, declared with a retention unless the
     * awslogs driver is asked to create it.
     */
    private static Map<String, LogTarget> logGroups(Service service, PlanBuilder plan) {
        Map<String, LogTarget> byContainer = new LinkedHashMap<>();
        Map<String, Value> declared = new LinkedHashMap<>();
        String defaultName = Logging.DEFAULT.groupNameFor(plan.applicationName(), service.name());
        for (Container c : service.task().containers()) {
            Logging log = c.logging();
            if (!log.awslogs()) {
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
            byContainer.put(c.name(), new LogTarget(nameValue, region, log.createGroup()));
        }
        return byContainer;
    }

    private static ContainerDefinition container(Service service, Container c, LogTarget log, PlanBuilder plan) {
        // The DSL's 0, "" and false mean "not set"; the plan says so with null.
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
                c.command(), c.entryPoint(), text(c.workingDirectory()), text(c.user()),
                c.dependsOn().stream().map(d -> new ComputeResources.ContainerDependency(d.container(),
                        d.condition().name())).toList(),
                positive(c.stopTimeoutSeconds()),
                log == null ? null : logConfiguration(service, c.logging(), log),
                linuxParameters(service, c.linuxParameters()), c.privileged() ? Boolean.TRUE : null,
                c.readonlyRootFilesystem(),
                c.mountPoints().stream().map(m -> new ComputeResources.MountPoint(m.sourceVolume(),
                        m.containerPath(), m.readOnly())).toList(),
                c.volumesFrom().stream().map(v -> new ComputeResources.VolumeFrom(v.sourceContainer(),
                        v.readOnly())).toList(),
                c.ulimits().stream().map(u -> new ComputeResources.Ulimit(u.name().value(), u.softLimit(),
                        u.hardLimit())).toList(),
                c.dockerLabels());
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
