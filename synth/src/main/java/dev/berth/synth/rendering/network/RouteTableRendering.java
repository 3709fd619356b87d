package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.network.NetworkResources.RouteTable;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::RouteTable / aws_route_table. */
public final class RouteTableRendering extends Rendering<RouteTable> {

    public RouteTableRendering() {
        super(RouteTable.class, cfn("AWS::EC2::RouteTable", "RouteTable").ref(Attr.ID),
                tf("aws_route_table").attr(Attr.ID, "id"));
    }

    @Override
    protected void cloudFormation(RouteTable r, Body p) {
        p.value("VpcId", r.vpc()).tags(r.tags());
    }

    @Override
    protected void terraform(RouteTable r, Body b) {
        b.value("vpc_id", r.vpc()).tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("vpc", "VpcId", "vpc_id"));
    }
}
