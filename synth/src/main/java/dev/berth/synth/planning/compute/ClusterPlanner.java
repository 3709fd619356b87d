package dev.berth.synth.planning.compute;

import dev.berth.Application;
import dev.berth.compute.Cluster;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.servicediscovery.ServiceConnectPlanner;

import java.util.LinkedHashMap;
import java.util.Map;

/** Plans the clusters and their capacity provider associations. */
public final class ClusterPlanner {

    private ClusterPlanner() {
    }

    /** A planned cluster and its resource (services wait for its capacity provider association: CreationOrder). */
    public record PlannedCluster(Cluster spec, ResourceId id) {
    }

    public static Map<String, PlannedCluster> plan(Application app, PlanBuilder plan) {
        Map<String, PlannedCluster> clusters = new LinkedHashMap<>();
        for (Cluster c : app.clusters()) {
            ResourceId id = ResourceId.of(ComputeResources.Cluster.class, c.name());
            // CloudFormation names the cluster itself, as it does services (see ServicePlanner): cluster names are
            // the program's own (not prefixed with the application's), so two programs could share one.
            plan.add(new ComputeResources.Cluster(id, c.name(), true, c.containerInsights().settingValue(),
                    plan.tagsNamed(c.name()), ServiceConnectPlanner.clusterDefault(c)));
            if (!c.associatedProviders().isEmpty()) {
                // EC2 capacity providers are associated under their physical names (Ec2CapacityPlanner).
                plan.add(new ComputeResources.ClusterCapacityProviders(
                        ResourceId.of(ComputeResources.ClusterCapacityProviders.class, c.name()), id.attr(Attr.NAME),
                        c.associatedProviders().stream().map(p -> physicalProvider(c, p, plan)).toList(),
                        c.defaultStrategy().stream().map(s -> new ComputeResources.StrategyItem(
                                physicalProvider(c, s.provider(), plan), s.base(), s.weight())).toList()));
            }
            plan.output(c.name() + "-cluster-name", "Name of the ECS cluster " + c.name(), id.attr(Attr.NAME));
            clusters.put(c.name(), new PlannedCluster(c, id));
        }
        return clusters;
    }

    /** A provider's name as ECS knows it: an EC2 capacity provider's physical name, else the name as given. */
    public static String physicalProvider(Cluster cluster, String provider, PlanBuilder plan) {
        return cluster.ec2Capacity().stream().anyMatch(e -> e.name().equals(provider))
                ? dev.berth.synth.planning.capacity.Ec2CapacityPlanner.providerName(plan.applicationName(), provider)
                : provider;
    }
}
