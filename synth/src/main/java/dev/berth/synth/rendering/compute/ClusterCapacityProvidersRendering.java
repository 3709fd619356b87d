package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.compute.ComputeResources.ClusterCapacityProviders;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::ECS::ClusterCapacityProviderAssociations / aws_ecs_cluster_capacity_providers. */
public final class ClusterCapacityProvidersRendering extends Rendering<ClusterCapacityProviders> {

    public ClusterCapacityProvidersRendering() {
        super(ClusterCapacityProviders.class,
                cfn("AWS::ECS::ClusterCapacityProviderAssociations", "CapacityProviders"),
                tf("aws_ecs_cluster_capacity_providers"));
    }

    @Override
    protected void cloudFormation(ClusterCapacityProviders r, Body p) {
        p.value("Cluster", r.clusterName())
                .strings("CapacityProviders", r.providers())
                // required by CloudFormation, so written even when the strategy is empty
                .requiredObjects("DefaultCapacityProviderStrategy", r.defaultStrategy(), Strategies::cloudFormation);
    }

    @Override
    protected void terraform(ClusterCapacityProviders r, Body b) {
        b.value("cluster_name", r.clusterName())
                .strings("capacity_providers", r.providers())
                .objects("default_capacity_provider_strategy", r.defaultStrategy(), Strategies::terraform);
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("cluster", "Cluster", "cluster_name"),
                Parity.list("providers", "CapacityProviders/*", "capacity_providers/*"),
                Parity.list("strategy", "DefaultCapacityProviderStrategy/*/CapacityProvider",
                        "default_capacity_provider_strategy/*/capacity_provider"));
    }
}
