package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.network.NetworkResources.Route;
import dev.berth.synth.plan.network.NetworkResources.RouteTarget;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::Route / aws_route: the property naming the target depends on what it is. */
public final class RouteRendering extends Rendering<Route> {

    public RouteRendering() {
        super(Route.class, cfn("AWS::EC2::Route", "Route"), tf("aws_route"));
    }

    @Override
    protected void cloudFormation(Route r, Body p) {
        p.value("RouteTableId", r.routeTable())
                .string("DestinationCidrBlock", r.destinationCidr())
                .value(r.targetType() == RouteTarget.INTERNET_GATEWAY ? "GatewayId" : "NatGatewayId", r.target());
    }

    @Override
    protected void terraform(Route r, Body b) {
        b.value("route_table_id", r.routeTable())
                .string("destination_cidr_block", r.destinationCidr())
                .value(r.targetType() == RouteTarget.INTERNET_GATEWAY ? "gateway_id" : "nat_gateway_id", r.target());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("table", "RouteTableId", "route_table_id"),
                Parity.value("destination", "DestinationCidrBlock", "destination_cidr_block"),
                Parity.value("target", "GatewayId|NatGatewayId", "gateway_id|nat_gateway_id"));
    }
}
