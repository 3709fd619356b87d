package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Kind;
import dev.berth.synth.plan.network.NetworkResources.Cidr;
import dev.berth.synth.plan.network.NetworkResources.ElasticIp;
import dev.berth.synth.plan.network.NetworkResources.GatewayAttachment;
import dev.berth.synth.plan.network.NetworkResources.Group;
import dev.berth.synth.plan.network.NetworkResources.InternetGateway;
import dev.berth.synth.plan.network.NetworkResources.NatGateway;
import dev.berth.synth.plan.network.NetworkResources.Peer;
import dev.berth.synth.plan.network.NetworkResources.Route;
import dev.berth.synth.plan.network.NetworkResources.RouteTable;
import dev.berth.synth.plan.network.NetworkResources.RouteTableAssociation;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroup;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroupRule;
import dev.berth.synth.plan.network.NetworkResources.Subnet;
import dev.berth.synth.plan.network.NetworkResources.Vpc;
import dev.berth.synth.plan.network.NetworkResources.VpcEndpoint;

import static dev.berth.synth.terraform.TfValues.text;

/** Bodies of the network resources: VPC, subnets, routing, gateways, endpoints, security groups and rules. */
final class NetworkEmitter {

    /** The protocol value that means every protocol; such a rule has no ports. */
    private static final String ALL_PROTOCOLS = "-1";

    private final TfValues values;

    NetworkEmitter(TfValues values) {
        this.values = values;
    }

    ObjectNode vpc(Vpc r) {
        ObjectNode body = Json.object();
        body.put("cidr_block", r.cidr());
        // both on: interface endpoints with private DNS need them
        body.put("enable_dns_hostnames", true);
        body.put("enable_dns_support", true);
        values.putTags(body, r.tags());
        return body;
    }

    /** No vpc_id here: the attachment resource attaches it, as in the CloudFormation template. */
    ObjectNode internetGateway(InternetGateway r) {
        ObjectNode body = Json.object();
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode gatewayAttachment(GatewayAttachment r) {
        ObjectNode body = Json.object();
        body.put("vpc_id", values.render(r.vpc()));
        body.put("internet_gateway_id", values.render(r.internetGateway()));
        return body;
    }

    ObjectNode subnet(Subnet r) {
        ObjectNode body = Json.object();
        body.put("vpc_id", values.render(r.vpc()));
        body.put("cidr_block", r.cidr());
        body.put("availability_zone", values.render(r.availabilityZone()));
        body.put("map_public_ip_on_launch", r.mapPublicIpOnLaunch());
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode routeTable(RouteTable r) {
        ObjectNode body = Json.object();
        body.put("vpc_id", values.render(r.vpc()));
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode route(Route r) {
        ObjectNode body = Json.object();
        body.put("route_table_id", values.render(r.routeTable()));
        body.put("destination_cidr_block", r.destinationCidr());
        String target = switch (r.targetType()) {
            case INTERNET_GATEWAY -> "gateway_id";
            case NAT_GATEWAY -> "nat_gateway_id";
        };
        body.put(target, values.render(r.target()));
        return body;
    }

    ObjectNode routeTableAssociation(RouteTableAssociation r) {
        ObjectNode body = Json.object();
        body.put("subnet_id", values.render(r.subnet()));
        body.put("route_table_id", values.render(r.routeTable()));
        return body;
    }

    ObjectNode elasticIp(ElasticIp r) {
        ObjectNode body = Json.object();
        body.put("domain", "vpc");
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode natGateway(NatGateway r) {
        ObjectNode body = Json.object();
        body.put("subnet_id", values.render(r.subnet()));
        body.put("allocation_id", values.render(r.allocationId()));
        values.putTags(body, r.tags());
        return body;
    }

    /** Terraform names a CloudWatch Logs destination by ARN (log_group_name is deprecated). */
    ObjectNode flowLog(dev.berth.synth.plan.network.NetworkResources.FlowLog r) {
        ObjectNode body = Json.object();
        body.put("vpc_id", values.render(r.vpc()));
        body.put("traffic_type", "ALL");
        body.put("log_destination_type", "cloud-watch-logs");
        body.put("log_destination", values.render(r.logGroup().attr(dev.berth.synth.plan.Attr.ARN)));
        body.put("iam_role_arn", values.render(r.deliveryRoleArn()));
        values.putTags(body, r.tags());
        return body;
    }

    ObjectNode vpcEndpoint(VpcEndpoint r) {
        ObjectNode body = Json.object();
        body.put("vpc_id", values.render(r.vpc()));
        body.put("service_name", values.render(r.serviceName()));
        if (r.gateway()) {
            body.put("vpc_endpoint_type", "Gateway");
            body.set("route_table_ids", values.array(r.routeTables()));
        } else {
            body.put("vpc_endpoint_type", "Interface");
            body.set("subnet_ids", values.array(r.subnets()));
            body.set("security_group_ids", values.array(r.securityGroups()));
            body.put("private_dns_enabled", r.privateDns());
        }
        values.putTags(body, r.tags());
        return body;
    }

    /**
     * No inline ingress or egress: the rules are separate resources. Terraform already removes the allow-all
     * egress rule AWS adds to every new group, so the group ends up with exactly the plan's rules.
     */
    ObjectNode securityGroup(SecurityGroup r) {
        ObjectNode body = Json.object();
        body.put("description", text(r.description()));
        body.put("vpc_id", values.render(r.vpc()));
        values.putTags(body, r.tags());
        return body;
    }

    /** One rule; the resource type (ingress or egress) comes from the id's kind, the body is the same. */
    ObjectNode securityGroupRule(SecurityGroupRule r) {
        if (r.id().kind() != Kind.SECURITY_GROUP_INGRESS && r.id().kind() != Kind.SECURITY_GROUP_EGRESS) {
            throw new IllegalStateException(r.id() + " is a security group rule of kind " + r.id().kind());
        }
        ObjectNode body = Json.object();
        body.put("security_group_id", values.render(r.group()));
        body.put("ip_protocol", r.ipProtocol());
        // with every protocol the rule has no ports: setting any makes updates fail (terraform-provider-aws#30035)
        if (!ALL_PROTOCOLS.equals(r.ipProtocol())) {
            body.put("from_port", r.fromPort());
            body.put("to_port", r.toPort());
        }
        putPeer(body, r.peer());
        body.put("description", text(r.description()));
        return body;
    }

    private void putPeer(ObjectNode body, Peer peer) {
        if (peer instanceof Cidr cidr) {
            body.put("cidr_ipv4", cidr.cidrIpv4());
        } else if (peer instanceof Group group) {
            body.put("referenced_security_group_id", values.render(group.securityGroupId()));
        } else {
            throw new IllegalStateException("no Terraform rendering for peer " + peer);
        }
    }
}
