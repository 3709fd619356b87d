package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.compute.Cluster;
import dev.berth.compute.Ec2Capacity;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.loadbalancing.Exposure;
import dev.berth.loadbalancing.TargetType;
import dev.berth.network.EndpointNeeds;
import dev.berth.network.EndpointService;
import dev.berth.service.LaunchType;
import dev.berth.service.Service;
import dev.berth.task.Compatibility;
import dev.berth.task.Container;
import dev.berth.task.NetworkMode;
import dev.berth.task.TaskDefinition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * EC2 capacity: Auto Scaling group capacity providers, the services that run on them or on external instances, and
 * the causes of tasks that would stay PENDING, found before anything is deployed.
 *
 * <ul>
 *   <li>{@code EC2_CAPACITY_SETTINGS}: a provider's name, instance types, sizes, Spot split, target capacity, root
 *       volume or agent settings are outside what ECS and EC2 Auto Scaling accept, or an instance type's architecture
 *       differs from the AMI's.</li>
 *   <li>{@code EC2_INSTANCE_TYPE_UNKNOWN} (warning): an instance type Berth cannot check.</li>
 *   <li>{@code EC2_ARCHITECTURE_MISMATCH}: a task's CPU architecture differs from its provider's AMI.</li>
 *   <li>{@code EC2_TASK_TOO_LARGE}: a task's CPU or memory exceeds every instance type of its providers (ECS never
 *       places it: the service stays PENDING).</li>
 *   <li>{@code EC2_AGENT_UNREACHABLE}: instances in private subnets with neither NAT nor the ecs, ecs-agent and
 *       ecs-telemetry endpoints (the agent never registers).</li>
 *   <li>{@code EC2_NO_CAPACITY} (warning): an EC2 launch type service in a cluster without EC2 capacity.</li>
 *   <li>{@code EC2_NETWORK_MODE}: a bridge or host service exposed through an IP target group (ECS registers
 *       instances in these modes), or a none mode service with port mappings or a load balancer.</li>
 *   <li>{@code AWSVPC_ON_EC2} (warning): an awsvpc service on EC2 instances (one network interface per task).</li>
 *   <li>{@code EXTERNAL_LAUNCH_TYPE}: an EXTERNAL service with a load balancer or the awsvpc mode.</li>
 * </ul>
 */
final class Ec2Rules {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern AGENT_KEY = Pattern.compile("ECS_[A-Z0-9_]+");
    /** Written by Berth (the launch template's user data); a program cannot set them. */
    static final Set<String> BERTH_AGENT_KEYS = Set.of("ECS_CLUSTER", "ECS_ENABLE_TASK_IAM_ROLE",
            "ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST", "ECS_AVAILABLE_LOGGING_DRIVERS",
            "ECS_ENABLE_SPOT_INSTANCE_DRAINING", "ECS_AWSVPC_BLOCK_IMDS");

    private Ec2Rules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        Set<String> names = new HashSet<>();
        boolean anyCapacity = false;
        Set<String> clusters = new HashSet<>();
        for (Cluster c : app.clusters()) {
            if (!clusters.add(c.name())) {
                continue; // a cluster declared twice (DUPLICATE_NAME), its providers with it
            }
            for (Ec2Capacity e : c.ec2Capacity()) {
                anyCapacity = true;
                String path = Paths.cluster(c) + ".ec2Capacity[" + e.name() + "]";
                settings(report, path, e);
                if (!names.add(e.name()) || c.capacityProviders().contains(e.name())
                        || app.clusters().stream().anyMatch(other -> other.isManagedInstances(e.name()))) {
                    report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".name", "The capacity provider name "
                                    + Values.quoted(e.name()) + " is used twice; capacity provider names are unique"
                                    + " in an account and region.",
                            "Give each EC2 capacity provider its own name, apart from the Managed Instances"
                                    + " providers' too.");
                }
            }
        }
        if (anyCapacity && !app.privateSubnetsReachInternet()
                && !app.reachableEndpoints().containsAll(EndpointNeeds.ec2Agent())) {
            List<String> missing = EndpointNeeds.ec2Agent().stream().filter(e -> !app.reachableEndpoints().contains(e))
                    .map(EndpointService::serviceSuffix).toList();
            report.add(Rule.EC2_AGENT_UNREACHABLE, Paths.ENDPOINTS, "The EC2 capacity providers' instances run in"
                            + " private subnets without NAT, and the VPC endpoints " + Values.join(missing)
                            + " are missing: the ECS container agent cannot register the instances with the cluster,"
                            + " so tasks stay PENDING.",
                    "Use Endpoints.automatic() (it adds them), add " + Values.join(missing.stream()
                            .map(m -> "EndpointService." + m.toUpperCase(Locale.ROOT).replace('-', '_')).toList())
                            + " to the endpoints, or give the private subnets a NAT gateway.");
        }
        for (Service s : app.services()) {
            service(report, app, s);
        }
        return report.diagnostics();
    }

    private static void settings(Report report, String path, Ec2Capacity e) {
        if (!NAME.matcher(e.name()).matches()) {
            report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".name", "The capacity provider name "
                            + Values.quoted(e.name()) + " is not lower-case letters, digits and hyphens starting with"
                            + " a letter, up to 32.",
                    "Rename it, e.g. \"general\".");
        } else if (e.name().startsWith("aws") || e.name().startsWith("ecs") || e.name().startsWith("fargate")) {
            report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".name", "The capacity provider name "
                            + Values.quoted(e.name()) + " starts with aws, ecs or fargate, which ECS reserves.",
                    "Rename it, e.g. \"general\".");
        }
        if (e.instanceTypes().isEmpty() || e.instanceTypes().size() > 20) {
            report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".instanceTypes", "The provider lists "
                            + e.instanceTypes().size() + " instance types; Berth needs 1 to 20 (the Auto Scaling"
                            + " group's mixed instances overrides).",
                    "List the instance types to launch, e.g. .instanceTypes(\"m7g.large\", \"m6g.large\").");
        }
        Set<String> seen = new HashSet<>();
        for (String type : e.instanceTypes()) {
            if (!seen.add(type)) {
                report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".instanceTypes", "The instance type " + type
                        + " is listed twice.", "List each instance type once.");
            }
            Optional<InstanceTypes.Size> size = InstanceTypes.of(type);
            if (size.isEmpty()) {
                report.add(Rule.EC2_INSTANCE_TYPE_UNKNOWN, path + ".instanceTypes", "Berth does not know the size"
                                + " and architecture of instance type " + Values.quoted(type) + ", so it cannot check"
                                + " that the tasks fit and that the AMI runs on it.",
                        "Use a type of " + e.ami().architecture() + " for the AMI " + e.ami() + " large enough for the tasks, and acknowledge"
                                + " EC2_INSTANCE_TYPE_UNKNOWN.");
            } else if (size.get().architecture() != e.ami().architecture()) {
                report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".instanceTypes", "The instance type " + type
                                + " is " + size.get().architecture() + ", but the AMI " + e.ami() + " runs on "
                                + e.ami().architecture() + "; the instances would not boot.",
                        "Use instance types of one architecture with the AMI of that architecture (arm64 types such"
                                + " as m7g with EcsAmi.AL2023_ARM64).");
            }
        }
        if (e.minSize() < 0 || e.maxSize() < 1 || e.minSize() > e.maxSize()) {
            report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".maxSize", "The group's sizes (min " + e.minSize()
                            + ", max " + e.maxSize() + ") are not 0 <= min <= max with max at least 1.",
                    "Set minSize between 0 and maxSize, and maxSize to 1 or more.");
        }
        if (e.onDemandBase() < 0 || !Values.inRange(e.onDemandPercentAboveBase(), 0, 100)) {
            report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".onDemandPercentAboveBase", "The On-Demand base "
                            + e.onDemandBase() + " or percentage above it " + e.onDemandPercentAboveBase()
                            + " is outside what EC2 Auto Scaling accepts (base 0 or more, percentage 0 to 100).",
                    "Set onDemandBase to 0 or more and onDemandPercentAboveBase between 0 and 100.");
        }
        if (!Values.inRange(e.targetCapacityPercent(), 1, 100)) {
            report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".targetCapacityPercent", "The target capacity "
                            + e.targetCapacityPercent() + "% is outside 1 to 100, what ECS managed scaling accepts.",
                    "Set targetCapacityPercent between 1 and 100.");
        }
        if (!Values.inRange(e.rootVolumeGiB(), 30, 16_384)) {
            report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".rootVolumeGiB", "The root volume of "
                            + e.rootVolumeGiB() + " GiB is outside 30 to 16384 (the ECS-optimized AMI's snapshot is"
                            + " 30 GiB; gp3 volumes hold up to 16 TiB).",
                    "Set rootVolumeGiB between 30 and 16384.");
        }
        if (!e.agentSettings().isEmpty() && e.ami().bottlerocket()) {
            report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".agentSettings", "Bottlerocket does not read"
                            + " /etc/ecs/ecs.config; it takes its agent settings as TOML (settings.ecs).",
                    "Remove the agent settings, or use an Amazon Linux 2023 AMI.");
        }
        e.agentSettings().forEach((key, value) -> {
            if (!AGENT_KEY.matcher(key).matches() || BERTH_AGENT_KEYS.contains(key) || value.contains("\n")
                    || value.contains("\r")) {
                report.add(Rule.EC2_CAPACITY_SETTINGS, path + ".agentSettings[" + key + "]", "The agent setting "
                                + Values.quoted(key) + " is not an ECS_ setting a program may add (Berth writes "
                                + Values.join(BERTH_AGENT_KEYS.stream().sorted().toList())
                                + "), or its value spans lines.",
                        "Use an ECS_ key Berth does not write, with a one-line value.");
            }
        });
    }

    /** The EC2 capacity providers of the program that a service's tasks run on. */
    private static List<Ec2Capacity> capacityOf(Application app, Service s) {
        Optional<Cluster> cluster = app.clusters().stream().filter(c -> c.name().equals(app.clusterOf(s)))
                .findFirst();
        if (cluster.isEmpty()) {
            return List.of();
        }
        List<Ec2Capacity> on = new ArrayList<>();
        if (s.capacityProviderStrategy().isEmpty()) {
            if (s.launchType() == LaunchType.EC2) {
                on.addAll(cluster.get().ec2Capacity());
            }
            return on;
        }
        for (CapacityProviderStrategyItem item : s.capacityProviderStrategy()) {
            cluster.get().ec2Capacity().stream().filter(e -> e.name().equals(item.provider())).forEach(on::add);
        }
        return on;
    }

    private static void service(Report report, Application app, Service s) {
        TaskDefinition task = s.task();
        if (s.capacityProviderStrategy().isEmpty() && s.launchType() == LaunchType.EXTERNAL) {
            external(report, s);
        }
        if (!task.compatibilities().contains(Compatibility.EC2)) {
            // Fargate-only (FARGATE_NETWORK_MODE) or not placeable on EC2 at all (LAUNCH_TYPE_COMPATIBILITY).
            return;
        }
        List<Ec2Capacity> capacity = capacityOf(app, s);
        String path = Paths.service(s);
        // With a strategy ECS sends a share of the tasks to each provider named; with the EC2 launch type it places
        // them on any registered instance of the task's architecture, so one provider of it is enough.
        boolean launchType = s.capacityProviderStrategy().isEmpty();
        boolean anyMatches = capacity.stream().anyMatch(e -> e.ami().architecture() == task.cpuArchitecture());
        for (Ec2Capacity e : capacity) {
            if (e.ami().architecture() != task.cpuArchitecture() && !(launchType && anyMatches)) {
                report.add(Rule.EC2_ARCHITECTURE_MISMATCH, Paths.task(s) + ".cpuArchitecture", "The task runs on "
                                + task.cpuArchitecture() + ", but capacity provider " + Values.quoted(e.name())
                                + " boots " + e.ami() + " (" + e.ami().architecture() + "): its images would not run"
                                + " there, and ECS places the task on no instance of it.",
                        "Set the task's cpuArchitecture to " + e.ami().architecture()
                                + ", or run it on a provider of its architecture.");
            }
        }
        List<InstanceTypes.Size> known = capacity.stream().flatMap(e -> e.instanceTypes().stream())
                .map(InstanceTypes::of).flatMap(Optional::stream).toList();
        boolean allKnown = capacity.stream().flatMap(e -> e.instanceTypes().stream())
                .allMatch(t -> InstanceTypes.of(t).isPresent());
        if (!known.isEmpty() && allKnown && known.stream().noneMatch(size -> size.cpuUnits() >= task.cpu()
                && size.memoryMiB() >= task.memory())) {
            InstanceTypes.Size largest = known.stream().max((a, b) -> Integer.compare(a.memoryMiB(), b.memoryMiB()))
                    .orElseThrow();
            report.add(Rule.EC2_TASK_TOO_LARGE, Paths.task(s), "The task needs " + task.cpu() + " CPU units and "
                            + task.memory() + " MiB, more than any instance type of its capacity providers ("
                            + Values.join(capacity.stream().map(Ec2Capacity::name).toList()) + ", the largest "
                            + largest.vcpus() + " vCPUs and " + largest.memoryMiB() + " MiB); ECS never places it and"
                            + " the service stays PENDING.",
                    "Add a larger instance type, or lower the task's cpu and memory (leave room for the agent and"
                            + " the operating system: an instance registers less memory than it has).");
        }
        boolean onEc2 = !capacity.isEmpty() || s.capacityProviderStrategy().isEmpty()
                && s.launchType() == LaunchType.EC2;
        if (s.capacityProviderStrategy().isEmpty() && s.launchType() == LaunchType.EC2 && capacity.isEmpty()) {
            report.add(Rule.EC2_NO_CAPACITY, path + ".launchType", "The service uses the EC2 launch type, but"
                            + " its cluster " + Values.quoted(app.clusterOf(s)) + " has no EC2 capacity from this"
                            + " program: unless instances from elsewhere are registered with it, its tasks stay"
                            + " PENDING.",
                    "Add EC2 capacity to the cluster (.ec2Capacity(\"general\", c -> c.instanceTypes(...))), or"
                            + " acknowledge EC2_NO_CAPACITY when other instances register with it.");
        }
        if (onEc2 && task.networkMode() == NetworkMode.AWSVPC) {
            report.add(Rule.AWSVPC_ON_EC2, Paths.task(s) + ".networkMode", "The awsvpc tasks on EC2 instances get"
                            + " a network interface each, and an instance holds few (an m7g.large 3, one of them its"
                            + " own) unless ENI trunking is on; tasks beyond that stay PENDING.",
                    "Set the account setting awsvpcTrunking to enabled (aws ecs put-account-setting-default"
                            + " --name awsvpcTrunking --value enabled) and use instance types that support trunking, or use"
                            + " the bridge network mode; acknowledge AWSVPC_ON_EC2.");
        }
        networkMode(report, s);
    }

    private static void networkMode(Report report, Service s) {
        NetworkMode mode = s.task().networkMode();
        // the first exposure: Berth supports one (EXPOSURE_COUNT reports the others)
        for (int i = 0; i < Math.min(1, s.exposures().size()); i++) {
            Exposure e = s.exposures().get(i);
            if ((mode == NetworkMode.BRIDGE || mode == NetworkMode.HOST) && e.targetType() != TargetType.INSTANCE) {
                report.add(Rule.EC2_NETWORK_MODE, Paths.exposure(s, i) + ".targetType", "The tasks use the "
                                + mode.value() + " network mode, in which ECS registers the instance and host port"
                                + " with the target group, so the group's target type must be instance.",
                        "Set .targetType(TargetType.INSTANCE) on the exposure.");
            }
            if (mode == NetworkMode.NONE) {
                report.add(Rule.EC2_NETWORK_MODE, Paths.exposure(s, i), "The tasks use the none network mode:"
                        + " they have no network a load balancer could reach.", "Remove the exposure, or use the"
                        + " bridge, host or awsvpc network mode.");
            }
        }
        if (mode == NetworkMode.NONE) {
            for (Container c : s.task().containers()) {
                if (!c.portMappings().isEmpty()) {
                    report.add(Rule.EC2_NETWORK_MODE, Paths.container(s, c) + ".portMappings", "The task uses the"
                                    + " none network mode, in which ECS rejects port mappings.",
                            "Remove the port mappings, or use another network mode.");
                }
            }
        }
    }

    private static void external(Report report, Service s) {
        List<String> problems = new ArrayList<>();
        if (!s.exposures().isEmpty()) {
            problems.add("a load balancer (ECS Anywhere services support none)");
        }
        if (s.task().networkMode() == NetworkMode.AWSVPC) {
            problems.add("the awsvpc network mode (external instances support bridge, host and none)");
        }
        if (!problems.isEmpty()) {
            report.add(Rule.EXTERNAL_LAUNCH_TYPE, Paths.service(s) + ".launchType", "The service runs on external"
                            + " instances (ECS Anywhere) with " + String.join(" and ", problems) + ".",
                    "Remove the exposure and use NetworkMode.BRIDGE or HOST. Register your servers with the"
                            + " cluster yourself: an SSM hybrid activation with an instance role, then"
                            + " ecs-anywhere-install.sh --cluster <cluster> on each server.");
        }
    }
}
