package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.compute.Cluster;
import dev.berth.compute.ManagedInstances;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.Service;
import dev.berth.task.Compatibility;
import dev.berth.task.Container;
import dev.berth.task.NetworkMode;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ECS Managed Instances capacity providers and the services that run on them.
 *
 * <ul>
 *   <li>{@code MANAGED_INSTANCES_SETTINGS}: a name ECS refuses (reserved prefixes {@code aws}, {@code ecs},
 *       {@code fargate}; letters, digits, hyphens, underscores, up to 255), a name used twice in the program or also
 *       listed in the cluster's {@code capacityProviders}, vCPU or memory bounds below 1 or a maximum below its
 *       minimum, a negative or inverted accelerator count, allowed and excluded instance types together (EC2
 *       instance requirements accept one or the other), more than 400 of either, an instance type pattern other
 *       than 1 to 30 letters, digits, dots, asterisks and hyphens, or a negative storage size.</li>
 *   <li>{@code MANAGED_INSTANCES_COMPATIBILITY}: a service's strategy names a Managed Instances provider, but its
 *       task definition does not require {@code MANAGED_INSTANCES} compatibility.</li>
 *   <li>{@code MANAGED_INSTANCES_NETWORK_MODE}: a task on Managed Instances uses a network mode other than awsvpc
 *       or host, the two Managed Instances supports (Amazon ECS Developer Guide, "Amazon ECS task networking for
 *       Amazon ECS Managed Instances").</li>
 *   <li>{@code MANAGED_INSTANCES_GPU} (warning): a service on a Managed Instances provider asks for GPUs, but the
 *       provider does not require GPU instances, so its tasks may find no instance with a GPU and stay PENDING.</li>
 * </ul>
 */
final class ManagedInstancesRules {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    /** The provider's validation of allowed and excluded instance types (capacity_provider.go). */
    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-zA-Z0-9.*-]{1,30}");
    private static final Pattern RESERVED = Pattern.compile("(?i)^(aws|ecs|fargate).*");

    private ManagedInstancesRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        Set<String> seen = new HashSet<>();
        for (Cluster c : app.clusters()) {
            for (ManagedInstances m : c.managedInstances()) {
                settings(report, c, m, seen);
            }
        }
        for (Service s : app.services()) {
            Optional<Cluster> cluster = clusterOf(app, s);
            if (cluster.isEmpty()) {
                continue;
            }
            List<CapacityProviderStrategyItem> items = s.capacityProviderStrategy();
            for (int i = 0; i < items.size(); i++) {
                String provider = items.get(i).provider();
                Optional<ManagedInstances> m = cluster.get().managedInstances().stream()
                        .filter(x -> x.name().equals(provider)).findFirst();
                if (m.isPresent()) {
                    service(report, s, i, m.get());
                }
            }
        }
        return report.diagnostics();
    }

    static Optional<Cluster> clusterOf(Application app, Service s) {
        if (s.cluster().isEmpty()) {
            return app.clusters().size() == 1 ? Optional.of(app.clusters().get(0)) : Optional.empty();
        }
        return app.clusters().stream().filter(c -> c.name().equals(s.cluster())).findFirst();
    }

    /** Whether the service's strategy names one of its cluster's Managed Instances providers. */
    static boolean runsOnManagedInstances(Application app, Service s) {
        Optional<Cluster> cluster = clusterOf(app, s);
        return cluster.isPresent() && s.capacityProviderStrategy().stream()
                .anyMatch(i -> cluster.get().isManagedInstances(i.provider()));
    }

    private static void settings(Report report, Cluster c, ManagedInstances m, Set<String> seen) {
        String path = Paths.cluster(c) + ".managedInstances[" + m.name() + "]";
        String fix = "Set the values in the ranges above.";
        if (!NAME.matcher(m.name()).matches() || RESERVED.matcher(m.name()).matches()) {
            report.add(Rule.MANAGED_INSTANCES_SETTINGS, path, "The capacity provider name " + Values.quoted(m.name())
                    + " is not one ECS accepts: 1 to 255 letters, digits, hyphens and underscores, not starting"
                    + " with aws, ecs or fargate.", "Choose another name, e.g. \"gpu\" or \"general\".");
        }
        if (!seen.add(m.name()) || c.capacityProviders().contains(m.name())) {
            report.add(Rule.MANAGED_INSTANCES_SETTINGS, path, "The capacity provider name " + Values.quoted(m.name())
                    + " is used twice; capacity provider names are unique in an account and region.",
                    "Give each capacity provider its own name.");
        }
        if (m.vcpuMin() < 1 || m.vcpuMax() != 0 && m.vcpuMax() < m.vcpuMin()) {
            report.add(Rule.MANAGED_INSTANCES_SETTINGS, path + ".vcpu", "The vCPU range " + m.vcpuMin() + " to "
                    + m.vcpuMax() + " is invalid: the minimum must be 1 or more and the maximum 0 (no limit) or at"
                    + " least the minimum.", fix);
        }
        if (m.memoryMinMiB() < 1 || m.memoryMaxMiB() != 0 && m.memoryMaxMiB() < m.memoryMinMiB()) {
            report.add(Rule.MANAGED_INSTANCES_SETTINGS, path + ".memoryMiB", "The memory range " + m.memoryMinMiB()
                    + " to " + m.memoryMaxMiB() + " MiB is invalid: the minimum must be 1 or more and the maximum 0"
                    + " (no limit) or at least the minimum.", fix);
        }
        if (m.acceleratorCountMin() < 0 || m.acceleratorCountMax() < 0
                || m.acceleratorCountMax() != 0 && m.acceleratorCountMax() < m.acceleratorCountMin()) {
            report.add(Rule.MANAGED_INSTANCES_SETTINGS, path + ".acceleratorCount", "The accelerator count range "
                    + m.acceleratorCountMin() + " to " + m.acceleratorCountMax() + " is invalid: both must be 0 or"
                    + " more and the maximum 0 (no limit) or at least the minimum.", fix);
        }
        if (!m.allowedInstanceTypes().isEmpty() && !m.excludedInstanceTypes().isEmpty()) {
            report.add(Rule.MANAGED_INSTANCES_SETTINGS, path + ".allowedInstanceTypes", "Both allowed and excluded"
                    + " instance types are given; EC2 instance requirements accept only one of the two.",
                    "Keep either the allowed or the excluded instance types.");
        }
        if (m.allowedInstanceTypes().size() > 400 || m.excludedInstanceTypes().size() > 400) {
            report.add(Rule.MANAGED_INSTANCES_SETTINGS, path, "More than 400 instance types are listed; EC2 instance"
                    + " requirements accept up to 400.", "List fewer types, or use wildcards such as g5.*.");
        }
        for (String type : concat(m.allowedInstanceTypes(), m.excludedInstanceTypes())) {
            if (!INSTANCE_TYPE.matcher(type).matches()) {
                report.add(Rule.MANAGED_INSTANCES_SETTINGS, path, "The instance type " + Values.quoted(type) + " is"
                        + " not a pattern EC2 accepts: 1 to 30 letters, digits, dots, asterisks and hyphens.",
                        "Write it like m7i.large or g5.*.");
            }
        }
        if (m.storageSizeGiB() < 0) {
            report.add(Rule.MANAGED_INSTANCES_SETTINGS, path + ".storageSizeGiB", "The storage size "
                    + m.storageSizeGiB() + " GiB is negative.", "Use 0 (ECS's default) or 1 GiB or more.");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void service(Report report, Service s, int index, ManagedInstances m) {
        String path = Paths.service(s) + ".capacityProviderStrategy[" + index + "]";
        if (!s.task().compatibilities().contains(Compatibility.MANAGED_INSTANCES)) {
            report.add(Rule.MANAGED_INSTANCES_COMPATIBILITY, path, "The capacity provider " + Values.quoted(m.name())
                            + " is an ECS Managed Instances provider, but the task definition requires compatibility"
                            + " with " + s.task().compatibilities().stream().map(Enum::name).sorted().toList()
                            + " only; ECS places a task on Managed Instances only when its task definition requires"
                            + " MANAGED_INSTANCES.",
                    "Add Compatibility.MANAGED_INSTANCES to the task's compatibilities.");
        }
        NetworkMode mode = s.task().networkMode();
        if (mode != NetworkMode.AWSVPC && mode != NetworkMode.HOST) {
            report.add(Rule.MANAGED_INSTANCES_NETWORK_MODE, Paths.task(s) + ".networkMode", "The task runs on the"
                            + " Managed Instances provider " + Values.quoted(m.name()) + " with the " + mode.value()
                            + " network mode; Managed Instances supports only awsvpc and host.",
                    "Use NetworkMode.AWSVPC (the default) or NetworkMode.HOST.");
        }
        boolean gpus = s.task().containers().stream().mapToInt(Container::gpus).anyMatch(g -> g > 0);
        if (gpus && !m.acceleratorTypes().contains(ManagedInstances.AcceleratorType.GPU)
                && m.allowedInstanceTypes().isEmpty()) {
            report.add(Rule.MANAGED_INSTANCES_GPU, path, "The task asks for GPUs, but the Managed Instances provider "
                            + Values.quoted(m.name()) + " does not require GPU instances; ECS may launch instances"
                            + " without GPUs, and the tasks then stay PENDING.",
                    "Add acceleratorTypes(AcceleratorType.GPU) (or allowedInstanceTypes of GPU types) to the"
                            + " provider.");
        }
    }
}
