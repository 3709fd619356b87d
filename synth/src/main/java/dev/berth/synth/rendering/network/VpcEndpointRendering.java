package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.network.NetworkResources.VpcEndpoint;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::EC2::VPCEndpoint / aws_vpc_endpoint. A gateway endpoint has route tables and nothing else; an interface
 * endpoint has subnets, security groups and private DNS.
 */
public final class VpcEndpointRendering extends Rendering<VpcEndpoint> {

    public VpcEndpointRendering() {
        super(VpcEndpoint.class, cfn("AWS::EC2::VPCEndpoint", "Endpoint").ref(Attr.ID),
                tf("aws_vpc_endpoint").attr(Attr.ID, "id"));
    }

    @Override
    protected void cloudFormation(VpcEndpoint r, Body p) {
        p.value("VpcId", r.vpc())
                .value("ServiceName", r.serviceName())
                .string("VpcEndpointType", type(r));
        if (r.gateway()) {
            p.values("RouteTableIds", r.routeTables());
        } else {
            p.values("SubnetIds", r.subnets())
                    .values("SecurityGroupIds", r.securityGroups())
                    .bool("PrivateDnsEnabled", r.privateDns());
        }
        p.tags(r.tags());
    }

    @Override
    protected void terraform(VpcEndpoint r, Body b) {
        b.value("vpc_id", r.vpc())
                .value("service_name", r.serviceName())
                .string("vpc_endpoint_type", type(r));
        if (r.gateway()) {
            b.values("route_table_ids", r.routeTables());
        } else {
            b.values("subnet_ids", r.subnets())
                    .values("security_group_ids", r.securityGroups())
                    .bool("private_dns_enabled", r.privateDns());
        }
        b.tags(r.tags());
    }

    private static String type(VpcEndpoint r) {
        return r.gateway() ? "Gateway" : "Interface";
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("service", "ServiceName", "service_name"),
                Parity.value("type", "VpcEndpointType", "vpc_endpoint_type"),
                Parity.value("vpc", "VpcId", "vpc_id"),
                Parity.list("subnets", "SubnetIds/*", "subnet_ids/*"),
                Parity.list("groups", "SecurityGroupIds/*", "security_group_ids/*"),
                Parity.list("tables", "RouteTableIds/*", "route_table_ids/*"),
                Parity.value("privateDns", "PrivateDnsEnabled", "private_dns_enabled"));
    }
}
