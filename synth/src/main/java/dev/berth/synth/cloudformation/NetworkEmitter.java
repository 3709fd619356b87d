package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Kind;
import dev.berth.synth.plan.network.NetworkResources.Cidr;
import dev.berth.synth.plan.network.NetworkResources.ElasticIp;
import dev.berth.synth.plan.network.NetworkResources.GatewayAttachment;
import dev.berth.synth.plan.network.NetworkResources.Group;
import dev.berth.synth.plan.network.NetworkResources.InternetGateway;
import dev.berth.synth.plan.network.NetworkResources.NatGateway;
import dev.berth.synth.plan.network.NetworkResources.Route;
import dev.berth.synth.plan.network.NetworkResources.RouteTable;
import dev.berth.synth.plan.network.NetworkResources.RouteTableAssociation;
import dev.berth.synth.plan.network.NetworkResources.RouteTarget;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroup;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroupRule;
import dev.berth.synth.plan.network.NetworkResources.Subnet;
import dev.berth.synth.plan.network.NetworkResources.Vpc;
import dev.berth.synth.plan.network.NetworkResources.VpcEndpoint;

/** Properties of the network resources: AWS::EC2::*. */
final class NetworkEmitter {

    /** IpProtocol meaning all protocols; AWS rejects ports with it. */
    private static final String ALL_PROTOCOLS = "-1";

    private NetworkEmitter() {
    }

    static ObjectNode vpc(Vpc r) {
        return new Props()
                .string("CidrBlock", r.cidr())
                // Interface endpoints with private DNS need both (see NetworkResources.Vpc).
                .bool("EnableDnsHostnames", true)
                .bool("EnableDnsSupport", true)
                .tags(r.tags())
                .build();
    }

    static ObjectNode internetGateway(InternetGateway r) {
        return new Props().tags(r.tags()).build();
    }

    /** CloudFormation names a CloudWatch Logs destination by group name (its Arn attribute ends in ":*"). */
    static ObjectNode flowLog(dev.berth.synth.plan.network.NetworkResources.FlowLog r) {
        return new Props()
                .value("ResourceId", r.vpc())
                .string("ResourceType", "VPC")
                .string("TrafficType", "ALL")
                .string("LogDestinationType", "cloud-watch-logs")
                .value("LogGroupName", r.logGroup().attr(dev.berth.synth.plan.Attr.NAME))
                .value("DeliverLogsPermissionArn", r.deliveryRoleArn())
                .tags(r.tags())
                .build();
    }

    static ObjectNode gatewayAttachment(GatewayAttachment r) {
        return new Props()
                .value("VpcId", r.vpc())
                .value("InternetGatewayId", r.internetGateway())
                .build();
    }

    static ObjectNode subnet(Subnet r) {
        return new Props()
                .value("VpcId", r.vpc())
                .string("CidrBlock", r.cidr())
                .value("AvailabilityZone", r.availabilityZone())
                .bool("MapPublicIpOnLaunch", r.mapPublicIpOnLaunch())
                .tags(r.tags())
                .build();
    }

    static ObjectNode routeTable(RouteTable r) {
        return new Props().value("VpcId", r.vpc()).tags(r.tags()).build();
    }

    static ObjectNode route(Route r) {
        String targetProperty = r.targetType() == RouteTarget.INTERNET_GATEWAY ? "GatewayId" : "NatGatewayId";
        return new Props()
                .value("RouteTableId", r.routeTable())
                .string("DestinationCidrBlock", r.destinationCidr())
                .value(targetProperty, r.target())
                .build();
    }

    static ObjectNode routeTableAssociation(RouteTableAssociation r) {
        return new Props()
                .value("SubnetId", r.subnet())
                .value("RouteTableId", r.routeTable())
                .build();
    }

    static ObjectNode elasticIp(ElasticIp r) {
        return new Props().string("Domain", "vpc").tags(r.tags()).build();
    }

    static ObjectNode natGateway(NatGateway r) {
        return new Props()
                .value("SubnetId", r.subnet())
                .value("AllocationId", r.allocationId())
                .tags(r.tags())
                .build();
    }

    static ObjectNode vpcEndpoint(VpcEndpoint r) {
        Props props = new Props()
                .value("VpcId", r.vpc())
                .value("ServiceName", r.serviceName())
                .string("VpcEndpointType", r.gateway() ? "Gateway" : "Interface");
        if (r.gateway()) {
            props.values("RouteTableIds", r.routeTables());
        } else {
            props.values("SubnetIds", r.subnets())
                    .values("SecurityGroupIds", r.securityGroups())
                    .bool("PrivateDnsEnabled", r.privateDns());
        }
        return props.tags(r.tags()).build();
    }

    static ObjectNode securityGroup(SecurityGroup r) {
        return new Props()
                .string("GroupDescription", r.description())
                .value("VpcId", r.vpc())
                .json("SecurityGroupEgress", noEgress())
                .tags(r.tags())
                .build();
    }

    /**
     * CloudFormation gives a new group an allow-all egress rule unless the SecurityGroupEgress property is given,
     * but the plan says a group's egress is exactly its SecurityGroupRule resources. So we give one rule that
     * matches nothing (ICMP type 252 code 86 to the broadcast address), which replaces the default; the AWS CDK
     * writes the same placeholder for {@code allowAllOutbound: false}.
     */
    private static ArrayNode noEgress() {
        ObjectNode disallowAll = new Props()
                .string("CidrIp", "255.255.255.255/32")
                .string("Description", "Disallow all traffic")
                .integer("FromPort", 252)
                .string("IpProtocol", "icmp")
                .integer("ToPort", 86)
                .build();
        return Json.array().add(disallowAll);
    }

    /** An ingress or egress rule; the kind of its ID says which, and so names the property of the peer group. */
    static ObjectNode securityGroupRule(SecurityGroupRule r) {
        boolean ingress = r.id().kind() == Kind.SECURITY_GROUP_INGRESS;
        Props props = new Props()
                .value("GroupId", r.group())
                .string("IpProtocol", r.ipProtocol());
        if (!ALL_PROTOCOLS.equals(r.ipProtocol())) {
            props.integer("FromPort", r.fromPort()).integer("ToPort", r.toPort());
        }
        if (r.peer() instanceof Cidr cidr) {
            props.string("CidrIp", cidr.cidrIpv4());
        } else {
            props.value(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId",
                    ((Group) r.peer()).securityGroupId());
        }
        return props.stringUnlessEmpty("Description", r.description()).build();
    }
}
