package dev.berth.synth.plan;

import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.scaling.ScalingResources;

import java.util.List;

/**
 * One AWS resource the plan needs, with every property decided. Renderers translate it through a
 * {@link Visitor}, so adding a kind breaks every renderer's build until it handles it.
 */
public interface PlannedResource {

    ResourceId id();

    /** Resources that must exist first although no property references them. */
    default List<ResourceId> dependsOn() {
        return List.of();
    }

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of resource. */
    interface Visitor<R> {
        R vpc(NetworkResources.Vpc r);

        R internetGateway(NetworkResources.InternetGateway r);

        R gatewayAttachment(NetworkResources.GatewayAttachment r);

        R subnet(NetworkResources.Subnet r);

        R routeTable(NetworkResources.RouteTable r);

        R route(NetworkResources.Route r);

        R routeTableAssociation(NetworkResources.RouteTableAssociation r);

        R elasticIp(NetworkResources.ElasticIp r);

        R natGateway(NetworkResources.NatGateway r);

        R vpcEndpoint(NetworkResources.VpcEndpoint r);

        R flowLog(NetworkResources.FlowLog r);

        R securityGroup(NetworkResources.SecurityGroup r);

        R securityGroupRule(NetworkResources.SecurityGroupRule r);

        R cluster(ComputeResources.Cluster r);

        R clusterCapacityProviders(ComputeResources.ClusterCapacityProviders r);

        R logGroup(ComputeResources.LogGroup r);

        R taskDefinition(ComputeResources.TaskDefinition r);

        R service(ComputeResources.Service r);

        R role(IamResources.Role r);

        R rolePolicy(IamResources.RolePolicy r);

        R loadBalancer(LoadBalancingResources.LoadBalancer r);

        R listener(LoadBalancingResources.Listener r);

        R listenerRule(LoadBalancingResources.ListenerRule r);

        R targetGroup(LoadBalancingResources.TargetGroup r);

        R scalableTarget(ScalingResources.ScalableTarget r);

        R scalingPolicy(ScalingResources.ScalingPolicy r);
    }
}
