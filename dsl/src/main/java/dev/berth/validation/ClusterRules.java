package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.compute.Cluster;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.Service;
import dev.berth.task.CpuArchitecture;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clusters, their capacity providers, and the capacity provider strategies of clusters and services.
 *
 * <ul>
 *   <li>{@code NO_CLUSTER}: the program has services but no cluster.</li>
 *   <li>{@code UNKNOWN_CLUSTER}: a service names a cluster that does not exist, or names none while there are
 *       several.</li>
 *   <li>{@code UNKNOWN_CAPACITY_PROVIDER}: a strategy entry names a provider not associated with the cluster
 *       (ECS accepts only associated providers in a strategy).</li>
 *   <li>{@code CAPACITY_PROVIDER_STRATEGY}: more than one entry with a base, base outside 0-100000, weight outside
 *       0-1000, all weights 0, or a provider listed twice.</li>
 *   <li>{@code CAPACITY_PROVIDER_MIX}: one strategy contains both Fargate and Auto Scaling group providers (a
 *       cluster may have both kinds associated; a strategy may not mix them).</li>
 *   <li>{@code FARGATE_SPOT_ARM64}: an ARM64 task on FARGATE_SPOT, which runs only X86_64 Linux tasks.</li>
 * </ul>
 */
final class ClusterRules {

    private ClusterRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        if (!app.services().isEmpty() && app.clusters().isEmpty()) {
            report.add(Rule.NO_CLUSTER, Paths.CLUSTERS, "The program has " + app.services().size()
                            + " service(s) but no cluster; every ECS service runs in a cluster.",
                    "Add a cluster: .cluster(\"main\", c -> {}).");
        }
        for (Cluster c : app.clusters()) {
            String path = Paths.cluster(c) + ".defaultStrategy";
            strategy(report, path, c.defaultStrategy());
            associated(report, path, c.defaultStrategy(), c);
        }
        for (Service s : app.services()) {
            Optional<Cluster> cluster = clusterOf(report, app, s);
            String path = Paths.service(s) + ".capacityProviderStrategy";
            strategy(report, path, s.capacityProviderStrategy());
            cluster.ifPresent(c -> associated(report, path, s.capacityProviderStrategy(), c));
            if (s.task().cpuArchitecture() == CpuArchitecture.ARM64) {
                List<CapacityProviderStrategyItem> items = s.capacityProviderStrategy();
                for (int i = 0; i < items.size(); i++) {
                    if (CapacityProviderStrategyItem.FARGATE_SPOT.equals(items.get(i).provider())) {
                        report.add(Rule.FARGATE_SPOT_ARM64, path + "[" + i + "]", "The task runs on ARM64, but"
                                        + " Fargate Spot supports only Linux tasks with the X86_64 architecture.",
                                "Use FARGATE instead of FARGATE_SPOT, or cpuArchitecture X86_64.");
                    }
                }
            }
        }
        return report.diagnostics();
    }

    private static Optional<Cluster> clusterOf(Report report, Application app, Service s) {
        if (app.clusters().isEmpty()) {
            return Optional.empty();
        }
        String path = Paths.service(s) + ".cluster";
        List<String> names = app.clusters().stream().map(Cluster::name).distinct().toList();
        if (s.cluster().isEmpty()) {
            if (names.size() > 1) {
                report.add(Rule.UNKNOWN_CLUSTER, path, "The service names no cluster, and the program has "
                                + names.size() + " (" + Values.join(names) + ").",
                        "Name the cluster the service runs in: .cluster(\"" + names.get(0) + "\").");
                return Optional.empty();
            }
            return Optional.of(app.clusters().get(0));
        }
        Optional<Cluster> named = app.clusters().stream().filter(c -> c.name().equals(s.cluster())).findFirst();
        if (named.isEmpty()) {
            report.add(Rule.UNKNOWN_CLUSTER, path, "The service runs in cluster " + Values.quoted(s.cluster())
                            + ", which the program does not declare (clusters: " + Values.join(names) + ").",
                    "Name one of the declared clusters, or declare this one.");
        }
        return named;
    }

    private static void strategy(Report report, String path, List<CapacityProviderStrategyItem> items) {
        if (items.isEmpty()) {
            return;
        }
        int withBase = 0;
        Set<String> providers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            CapacityProviderStrategyItem item = items.get(i);
            String at = path + "[" + i + "]";
            if (!Values.inRange(item.base(), 0, 100_000)) {
                report.add(Rule.CAPACITY_PROVIDER_STRATEGY, at, "The base " + item.base() + " of "
                        + item.provider() + " is outside 0 to 100000, the range ECS accepts.",
                        "Set a base between 0 and 100000.");
            }
            if (!Values.inRange(item.weight(), 0, 1000)) {
                report.add(Rule.CAPACITY_PROVIDER_STRATEGY, at, "The weight " + item.weight() + " of "
                        + item.provider() + " is outside 0 to 1000, the range ECS accepts.",
                        "Set a weight between 0 and 1000.");
            }
            if (item.base() > 0 && ++withBase == 2) {
                report.add(Rule.CAPACITY_PROVIDER_STRATEGY, at, "More than one entry of the strategy has a base;"
                                + " ECS allows a base on only one capacity provider of a strategy.",
                        "Keep the base on one provider and set the others' base to 0.");
            }
            if (!providers.add(item.provider())) {
                report.add(Rule.CAPACITY_PROVIDER_STRATEGY, at, "The provider " + Values.quoted(item.provider())
                        + " appears twice in the strategy.", "Merge the two entries into one.");
            }
        }
        if (items.stream().noneMatch(i -> i.weight() > 0)) {
            report.add(Rule.CAPACITY_PROVIDER_STRATEGY, path, "Every entry of the strategy has weight 0; ECS"
                            + " rejects a strategy in which no capacity provider has a weight above 0.",
                    "Give at least one provider a weight of 1 or more.");
        }
        boolean fargate = items.stream().anyMatch(CapacityProviderStrategyItem::isFargate);
        boolean asg = items.stream().anyMatch(i -> !i.isFargate());
        if (fargate && asg) {
            report.add(Rule.CAPACITY_PROVIDER_MIX, path, "The strategy mixes Fargate providers ("
                            + Values.join(items.stream().filter(CapacityProviderStrategyItem::isFargate)
                            .map(CapacityProviderStrategyItem::provider).toList())
                            + ") with Auto Scaling group providers ("
                            + Values.join(items.stream().filter(i -> !i.isFargate())
                            .map(CapacityProviderStrategyItem::provider).toList())
                            + "); ECS allows only one kind in a capacity provider strategy.",
                    "Use either FARGATE/FARGATE_SPOT or Auto Scaling group providers in this strategy.");
        }
    }

    private static void associated(Report report, String path, List<CapacityProviderStrategyItem> items,
                                   Cluster cluster) {
        for (int i = 0; i < items.size(); i++) {
            String provider = items.get(i).provider();
            if (!cluster.associatedProviders().contains(provider) && !cluster.isManagedInstances(provider)
                    && !Values.isToken(provider)) {
                report.add(Rule.UNKNOWN_CAPACITY_PROVIDER, path + "[" + i + "]", "The capacity provider "
                                + Values.quoted(provider) + " is not associated with cluster "
                                + Values.quoted(cluster.name()) + " (it has: "
                                + Values.join(cluster.associatedProviders())
                                + "); ECS accepts only associated providers in a strategy.",
                        "Add " + Values.quoted(provider) + " to the cluster's capacityProviders, or use one of"
                                + " them.");
            }
        }
    }
}
