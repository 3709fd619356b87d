package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.scaling.ScalingResources;

/**
 * The {@code Properties} of each kind of resource, one method per kind, handed to the emitter of its feature.
 * As a {@link PlannedResource.Visitor}, it stops compiling when the plan gains a kind this renderer does not write.
 */
final class ResourceEmitter implements PlannedResource.Visitor<ObjectNode> {

    static final ResourceEmitter INSTANCE = new ResourceEmitter();

    private ResourceEmitter() {
    }

    @Override
    public ObjectNode vpc(NetworkResources.Vpc r) {
        return NetworkEmitter.vpc(r);
    }

    @Override
    public ObjectNode internetGateway(NetworkResources.InternetGateway r) {
        return NetworkEmitter.internetGateway(r);
    }

    @Override
    public ObjectNode gatewayAttachment(NetworkResources.GatewayAttachment r) {
        return NetworkEmitter.gatewayAttachment(r);
    }

    @Override
    public ObjectNode subnet(NetworkResources.Subnet r) {
        return NetworkEmitter.subnet(r);
    }

    @Override
    public ObjectNode routeTable(NetworkResources.RouteTable r) {
        return NetworkEmitter.routeTable(r);
    }

    @Override
    public ObjectNode route(NetworkResources.Route r) {
        return NetworkEmitter.route(r);
    }

    @Override
    public ObjectNode routeTableAssociation(NetworkResources.RouteTableAssociation r) {
        return NetworkEmitter.routeTableAssociation(r);
    }

    @Override
    public ObjectNode elasticIp(NetworkResources.ElasticIp r) {
        return NetworkEmitter.elasticIp(r);
    }

    @Override
    public ObjectNode natGateway(NetworkResources.NatGateway r) {
        return NetworkEmitter.natGateway(r);
    }

    @Override
    public ObjectNode vpcEndpoint(NetworkResources.VpcEndpoint r) {
        return NetworkEmitter.vpcEndpoint(r);
    }

    @Override
    public ObjectNode flowLog(NetworkResources.FlowLog r) {
        return NetworkEmitter.flowLog(r);
    }

    @Override
    public ObjectNode securityGroup(NetworkResources.SecurityGroup r) {
        return NetworkEmitter.securityGroup(r);
    }

    @Override
    public ObjectNode securityGroupRule(NetworkResources.SecurityGroupRule r) {
        return NetworkEmitter.securityGroupRule(r);
    }

    @Override
    public ObjectNode cluster(ComputeResources.Cluster r) {
        return ComputeEmitter.cluster(r);
    }

    @Override
    public ObjectNode clusterCapacityProviders(ComputeResources.ClusterCapacityProviders r) {
        return ComputeEmitter.clusterCapacityProviders(r);
    }

    @Override
    public ObjectNode logGroup(ComputeResources.LogGroup r) {
        return ComputeEmitter.logGroup(r);
    }

    @Override
    public ObjectNode taskDefinition(ComputeResources.TaskDefinition r) {
        return ComputeEmitter.taskDefinition(r);
    }

    @Override
    public ObjectNode service(ComputeResources.Service r) {
        return ComputeEmitter.service(r);
    }

    @Override
    public ObjectNode role(IamResources.Role r) {
        return IamEmitter.role(r);
    }

    @Override
    public ObjectNode rolePolicy(IamResources.RolePolicy r) {
        return IamEmitter.rolePolicy(r);
    }

    @Override
    public ObjectNode loadBalancer(LoadBalancingResources.LoadBalancer r) {
        return LoadBalancingEmitter.loadBalancer(r);
    }

    @Override
    public ObjectNode listener(LoadBalancingResources.Listener r) {
        return LoadBalancingEmitter.listener(r);
    }

    @Override
    public ObjectNode listenerRule(LoadBalancingResources.ListenerRule r) {
        return LoadBalancingEmitter.listenerRule(r);
    }

    @Override
    public ObjectNode targetGroup(LoadBalancingResources.TargetGroup r) {
        return LoadBalancingEmitter.targetGroup(r);
    }

    @Override
    public ObjectNode scalableTarget(ScalingResources.ScalableTarget r) {
        return ScalingEmitter.scalableTarget(r);
    }

    @Override
    public ObjectNode scalingPolicy(ScalingResources.ScalingPolicy r) {
        return ScalingEmitter.scalingPolicy(r);
    }
}
