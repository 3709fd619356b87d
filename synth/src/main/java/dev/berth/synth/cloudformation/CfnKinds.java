package dev.berth.synth.cloudformation;

import dev.berth.synth.plan.Kind;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.ResourceId;

/**
 * The CloudFormation spelling of each kind of resource: its type, and the suffix of its logical IDs. A switch
 * without default, so that a new kind does not compile until it has a spelling here.
 */
final class CfnKinds {

    /** @param suffix appended to the pascal-cased name, so that resources of different kinds never collide */
    record Spelling(String type, String suffix) {
    }

    private static final String EC2 = "AWS::EC2::";
    private static final String ECS = "AWS::ECS::";
    private static final String ELB = "AWS::ElasticLoadBalancingV2::";
    private static final String SCALING = "AWS::ApplicationAutoScaling::";

    private CfnKinds() {
    }

    static Spelling of(Kind kind) {
        return switch (kind) {
            case VPC -> new Spelling(EC2 + "VPC", "Vpc");
            case INTERNET_GATEWAY -> new Spelling(EC2 + "InternetGateway", "InternetGateway");
            case GATEWAY_ATTACHMENT -> new Spelling(EC2 + "VPCGatewayAttachment", "GatewayAttachment");
            case SUBNET -> new Spelling(EC2 + "Subnet", "Subnet");
            case ROUTE_TABLE -> new Spelling(EC2 + "RouteTable", "RouteTable");
            case ROUTE -> new Spelling(EC2 + "Route", "Route");
            case ROUTE_TABLE_ASSOCIATION -> new Spelling(EC2 + "SubnetRouteTableAssociation", "RouteTableAssociation");
            case ELASTIC_IP -> new Spelling(EC2 + "EIP", "Eip");
            case NAT_GATEWAY -> new Spelling(EC2 + "NatGateway", "NatGateway");
            case VPC_ENDPOINT -> new Spelling(EC2 + "VPCEndpoint", "Endpoint");
            case FLOW_LOG -> new Spelling(EC2 + "FlowLog", "FlowLog");
            case SECURITY_GROUP -> new Spelling(EC2 + "SecurityGroup", "SecurityGroup");
            case SECURITY_GROUP_INGRESS -> new Spelling(EC2 + "SecurityGroupIngress", "Ingress");
            case SECURITY_GROUP_EGRESS -> new Spelling(EC2 + "SecurityGroupEgress", "Egress");
            case CLUSTER -> new Spelling(ECS + "Cluster", "Cluster");
            case CLUSTER_CAPACITY_PROVIDERS ->
                    new Spelling(ECS + "ClusterCapacityProviderAssociations", "CapacityProviders");
            case LOG_GROUP -> new Spelling("AWS::Logs::LogGroup", "LogGroup");
            case TASK_DEFINITION -> new Spelling(ECS + "TaskDefinition", "TaskDefinition");
            case SERVICE -> new Spelling(ECS + "Service", "Service");
            case ROLE -> new Spelling("AWS::IAM::Role", "Role");
            case ROLE_POLICY -> new Spelling("AWS::IAM::RolePolicy", "Policy");
            case LOAD_BALANCER -> new Spelling(ELB + "LoadBalancer", "LoadBalancer");
            case LISTENER -> new Spelling(ELB + "Listener", "Listener");
            case LISTENER_RULE -> new Spelling(ELB + "ListenerRule", "ListenerRule");
            case TARGET_GROUP -> new Spelling(ELB + "TargetGroup", "TargetGroup");
            case SCALABLE_TARGET -> new Spelling(SCALING + "ScalableTarget", "ScalableTarget");
            case SCALING_POLICY -> new Spelling(SCALING + "ScalingPolicy", "ScalingPolicy");
        };
    }

    static String logicalId(ResourceId id) {
        return Names.pascal(id.name()) + of(id.kind()).suffix();
    }
}
