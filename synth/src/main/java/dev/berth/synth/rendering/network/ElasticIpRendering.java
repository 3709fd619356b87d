package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.network.NetworkResources.ElasticIp;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::EIP / aws_eip. */
public final class ElasticIpRendering extends Rendering<ElasticIp> {

    public ElasticIpRendering() {
        super(ElasticIp.class, cfn("AWS::EC2::EIP", "Eip").getAtt(Attr.ALLOCATION_ID, "AllocationId"),
                tf("aws_eip").attr(Attr.ALLOCATION_ID, "allocation_id"));
    }

    @Override
    protected void cloudFormation(ElasticIp r, Body p) {
        p.string("Domain", r.domain()).tags(r.tags());
    }

    @Override
    protected void terraform(ElasticIp r, Body b) {
        b.string("domain", r.domain()).tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("domain", "Domain", "domain"));
    }
}
