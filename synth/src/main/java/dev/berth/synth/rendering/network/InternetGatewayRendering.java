package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.network.NetworkResources.InternetGateway;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::InternetGateway / aws_internet_gateway. */
public final class InternetGatewayRendering extends Rendering<InternetGateway> {

    public InternetGatewayRendering() {
        super(InternetGateway.class, cfn("AWS::EC2::InternetGateway", "InternetGateway").ref(Attr.ID),
                tf("aws_internet_gateway").attr(Attr.ID, "id"));
    }

    @Override
    protected void cloudFormation(InternetGateway r, Body p) {
        p.tags(r.tags());
    }

    @Override
    protected void terraform(InternetGateway r, Body b) {
        // no vpc_id: the attachment resource attaches it, as in the CloudFormation template
        b.tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(); // nothing but tags
    }
}
