package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.network.NetworkResources.SecurityGroupEgress;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::SecurityGroupEgress / aws_vpc_security_group_egress_rule; the body is {@link SecurityGroupRules}'. */
public final class SecurityGroupEgressRendering extends Rendering<SecurityGroupEgress> {

    public SecurityGroupEgressRendering() {
        super(SecurityGroupEgress.class, cfn("AWS::EC2::SecurityGroupEgress", "Egress"),
                tf("aws_vpc_security_group_egress_rule"));
    }

    @Override
    protected void cloudFormation(SecurityGroupEgress r, Body p) {
        SecurityGroupRules.cloudFormation(r, p, "DestinationSecurityGroupId", "DestinationPrefixListId");
    }

    @Override
    protected void terraform(SecurityGroupEgress r, Body b) {
        SecurityGroupRules.terraform(r, b);
    }

    @Override
    public List<Parity> parity() {
        return SecurityGroupRules.parity("DestinationSecurityGroupId", "DestinationPrefixListId");
    }
}
