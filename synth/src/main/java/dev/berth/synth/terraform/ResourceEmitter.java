package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.scaling.ScalingResources;

/**
 * The body of each kind of resource, without meta-arguments: dispatches every kind to the emitter of its feature.
 * Implementing the plan's visitor means a new kind breaks this build until it has an emitter.
 */
final class ResourceEmitter implements PlannedResource.Visitor<ObjectNode> {

    private final NetworkEmitter network;
    private final ComputeEmitter compute;
    private final IamEmitter iam;
    private final LoadBalancingEmitter loadBalancing;
    private final ScalingEmitter scaling;

    ResourceEmitter(TfValues values) {
        network = new NetworkEmitter(values);
        compute = new ComputeEmitter(values);
        iam = new IamEmitter(values);
        loadBalancing = new LoadBalancingEmitter(values);
        scaling = new ScalingEmitter(values);
    }

    @Override
    public ObjectNode vpc(NetworkResources.Vpc r) {
        return network.vpc(r);
    }

    @Override
    public ObjectNode internetGateway(NetworkResources.InternetGateway r) {
        return network.internetGateway(r);
    }

    @Override
    public ObjectNode gatewayAttachment(NetworkResources.GatewayAttachment r) {
        return network.gatewayAttachment(r);
    }

    @Override
    public ObjectNode subnet(NetworkResources.Subnet r) {
        return network.subnet(r);
    }

    @Override
    public ObjectNode routeTable(NetworkResources.RouteTable r) {
        return network.routeTable(r);
    }

    @Override
    public ObjectNode route(NetworkResources.Route r) {
        return network.route(r);
    }

    @Override
    public ObjectNode routeTableAssociation(NetworkResources.RouteTableAssociation r) {
        return network.routeTableAssociation(r);
    }

    @Override
    public ObjectNode elasticIp(NetworkResources.ElasticIp r) {
        return network.elasticIp(r);
    }

    @Override
    public ObjectNode natGateway(NetworkResources.NatGateway r) {
        return network.natGateway(r);
    }

    @Override
    public ObjectNode vpcEndpoint(NetworkResources.VpcEndpoint r) {
        return network.vpcEndpoint(r);
    }

    @Override
    public ObjectNode flowLog(NetworkResources.FlowLog r) {
        return network.flowLog(r);
    }

    @Override
    public ObjectNode securityGroup(NetworkResources.SecurityGroup r) {
        return network.securityGroup(r);
    }

    @Override
    public ObjectNode securityGroupRule(NetworkResources.SecurityGroupRule r) {
        return network.securityGroupRule(r);
    }

    @Override
    public ObjectNode cluster(ComputeResources.Cluster r) {
        return compute.cluster(r);
    }

    @Override
    public ObjectNode clusterCapacityProviders(ComputeResources.ClusterCapacityProviders r) {
        return compute.clusterCapacityProviders(r);
    }

    @Override
    public ObjectNode logGroup(ComputeResources.LogGroup r) {
        return compute.logGroup(r);
    }

    @Override
    public ObjectNode taskDefinition(ComputeResources.TaskDefinition r) {
        return compute.taskDefinition(r);
    }

    @Override
    public ObjectNode service(ComputeResources.Service r) {
        return compute.service(r);
    }

    @Override
    public ObjectNode role(IamResources.Role r) {
        return iam.role(r);
    }

    @Override
    public ObjectNode rolePolicy(IamResources.RolePolicy r) {
        return iam.rolePolicy(r);
    }

    @Override
    public ObjectNode loadBalancer(LoadBalancingResources.LoadBalancer r) {
        return loadBalancing.loadBalancer(r);
    }

    @Override
    public ObjectNode listener(LoadBalancingResources.Listener r) {
        return loadBalancing.listener(r);
    }

    @Override
    public ObjectNode listenerRule(LoadBalancingResources.ListenerRule r) {
        return loadBalancing.listenerRule(r);
    }

    @Override
    public ObjectNode targetGroup(LoadBalancingResources.TargetGroup r) {
        return loadBalancing.targetGroup(r);
    }

    @Override
    public ObjectNode scalableTarget(ScalingResources.ScalableTarget r) {
        return scaling.scalableTarget(r);
    }

    @Override
    public ObjectNode scalingPolicy(ScalingResources.ScalingPolicy r) {
        return scaling.scalingPolicy(r);
    }
}
