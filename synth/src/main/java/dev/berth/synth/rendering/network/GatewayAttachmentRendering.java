package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.network.NetworkResources.GatewayAttachment;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::VPCGatewayAttachment / aws_internet_gateway_attachment. */
public final class GatewayAttachmentRendering extends Rendering<GatewayAttachment> {

    public GatewayAttachmentRendering() {
        super(GatewayAttachment.class, cfn("AWS::EC2::VPCGatewayAttachment", "GatewayAttachment"),
                tf("aws_internet_gateway_attachment"));
    }

    @Override
    protected void cloudFormation(GatewayAttachment r, Body p) {
        p.value("VpcId", r.vpc()).value("InternetGatewayId", r.internetGateway());
    }

    @Override
    protected void terraform(GatewayAttachment r, Body b) {
        b.value("vpc_id", r.vpc()).value("internet_gateway_id", r.internetGateway());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("vpc", "VpcId", "vpc_id"),
                Parity.value("gateway", "InternetGatewayId", "internet_gateway_id"));
    }
}
