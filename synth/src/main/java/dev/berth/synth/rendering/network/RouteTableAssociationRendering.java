package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.network.NetworkResources.RouteTableAssociation;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::SubnetRouteTableAssociation / aws_route_table_association. */
public final class RouteTableAssociationRendering extends Rendering<RouteTableAssociation> {

    public RouteTableAssociationRendering() {
        super(RouteTableAssociation.class, cfn("AWS::EC2::SubnetRouteTableAssociation", "RouteTableAssociation"),
                tf("aws_route_table_association"));
    }

    @Override
    protected void cloudFormation(RouteTableAssociation r, Body p) {
        p.value("SubnetId", r.subnet()).value("RouteTableId", r.routeTable());
    }

    @Override
    protected void terraform(RouteTableAssociation r, Body b) {
        b.value("subnet_id", r.subnet()).value("route_table_id", r.routeTable());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("subnet", "SubnetId", "subnet_id"), Parity.value("table", "RouteTableId", "route_table_id"));
    }
}
