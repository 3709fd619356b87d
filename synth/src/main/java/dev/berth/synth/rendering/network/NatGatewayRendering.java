package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.network.NetworkResources.NatGateway;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::NatGateway / aws_nat_gateway. */
public final class NatGatewayRendering extends Rendering<NatGateway> {

    public NatGatewayRendering() {
        super(NatGateway.class, cfn("AWS::EC2::NatGateway", "NatGateway").ref(Attr.ID),
                tf("aws_nat_gateway").attr(Attr.ID, "id"));
    }

    @Override
    protected void cloudFormation(NatGateway r, Body p) {
        p.value("SubnetId", r.subnet()).value("AllocationId", r.allocationId()).tags(r.tags());
    }

    @Override
    protected void terraform(NatGateway r, Body b) {
        b.value("subnet_id", r.subnet()).value("allocation_id", r.allocationId()).tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("subnet", "SubnetId", "subnet_id"), Parity.value("allocation", "AllocationId", "allocation_id"));
    }
}
