package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.network.NetworkResources.SecurityGroupIngress;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EC2::SecurityGroupIngress / aws_vpc_security_group_ingress_rule; the body is {@link SecurityGroupRules}'. */
public final class SecurityGroupIngressRendering extends Rendering<SecurityGroupIngress> {

    public SecurityGroupIngressRendering() {
        super(SecurityGroupIngress.class, cfn("AWS::EC2::SecurityGroupIngress", "Ingress"),
                tf("aws_vpc_security_group_ingress_rule"));
    }

    @Override
    protected void cloudFormation(SecurityGroupIngress r, Body p) {
        SecurityGroupRules.cloudFormation(r, p, "SourceSecurityGroupId", "SourcePrefixListId");
    }

    @Override
    protected void terraform(SecurityGroupIngress r, Body b) {
        SecurityGroupRules.terraform(r, b);
    }

    @Override
    public List<Parity> parity() {
        return SecurityGroupRules.parity("SourceSecurityGroupId", "SourcePrefixListId");
    }
}
