package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.network.NetworkResources.Subnet;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::Subnet / aws_subnet. */
public final class SubnetRendering extends Rendering<Subnet> {

    public SubnetRendering() {
        super(Subnet.class, cfn("AWS::EC2::Subnet", "Subnet").ref(Attr.ID),
                tf("aws_subnet").attr(Attr.ID, "id"));
    }

    @Override
    protected void cloudFormation(Subnet r, Body p) {
        p.value("VpcId", r.vpc())
                .string("CidrBlock", r.cidr())
                .value("AvailabilityZone", r.availabilityZone())
                .bool("MapPublicIpOnLaunch", r.mapPublicIpOnLaunch())
                .tags(r.tags());
    }

    @Override
    protected void terraform(Subnet r, Body b) {
        b.value("vpc_id", r.vpc())
                .string("cidr_block", r.cidr())
                .value("availability_zone", r.availabilityZone())
                .bool("map_public_ip_on_launch", r.mapPublicIpOnLaunch())
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("cidr", "CidrBlock", "cidr_block"),
                Parity.value("az", "AvailabilityZone", "availability_zone"),
                Parity.value("vpc", "VpcId", "vpc_id"),
                Parity.value("publicIp", "MapPublicIpOnLaunch", "map_public_ip_on_launch"));
    }
}
