package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.network.NetworkResources.Vpc;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::VPC / aws_vpc. */
public final class VpcRendering extends Rendering<Vpc> {

    public VpcRendering() {
        super(Vpc.class, cfn("AWS::EC2::VPC", "Vpc").ref(Attr.ID),
                tf("aws_vpc").attr(Attr.ID, "id"));
    }

    @Override
    protected void cloudFormation(Vpc r, Body p) {
        p.string("CidrBlock", r.cidr())
                .bool("EnableDnsHostnames", r.enableDnsHostnames())
                .bool("EnableDnsSupport", r.enableDnsSupport())
                .tags(r.tags());
    }

    @Override
    protected void terraform(Vpc r, Body b) {
        b.string("cidr_block", r.cidr())
                .bool("enable_dns_hostnames", r.enableDnsHostnames())
                .bool("enable_dns_support", r.enableDnsSupport())
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("cidr", "CidrBlock", "cidr_block"),
                Parity.value("dnsHostnames", "EnableDnsHostnames", "enable_dns_hostnames"),
                Parity.value("dnsSupport", "EnableDnsSupport", "enable_dns_support"));
    }
}
