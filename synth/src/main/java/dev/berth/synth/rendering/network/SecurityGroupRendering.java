package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroup;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::EC2::SecurityGroup / aws_security_group, without inline rules: the rules are separate resources, and the
 * group has exactly those. The targets differ in how they get rid of the allow-all egress rule AWS adds to a new
 * group: Terraform removes it itself; CloudFormation keeps it unless the SecurityGroupEgress property is given, so
 * the template gives one rule that matches nothing (ICMP type 252 code 86 to the broadcast address) — the same
 * placeholder the AWS CDK writes for {@code allowAllOutbound: false}.
 */
public final class SecurityGroupRendering extends Rendering<SecurityGroup> {

    public SecurityGroupRendering() {
        // Ref is the group's name outside a VPC, so the ID is read with GetAtt
        super(SecurityGroup.class, cfn("AWS::EC2::SecurityGroup", "SecurityGroup").getAtt(Attr.ID, "GroupId"),
                tf("aws_security_group").attr(Attr.ID, "id"));
    }

    @Override
    protected void cloudFormation(SecurityGroup r, Body p) {
        p.string("GroupDescription", r.description())
                .value("VpcId", r.vpc())
                .objects("SecurityGroupEgress", List.of("no egress"), (rule, unused) -> rule
                        .string("CidrIp", "255.255.255.255/32")
                        .string("Description", "Disallow all traffic")
                        .integer("FromPort", 252)
                        .string("IpProtocol", "icmp")
                        .integer("ToPort", 86))
                .tags(r.tags());
    }

    @Override
    protected void terraform(SecurityGroup r, Body b) {
        b.string("description", r.description())
                .value("vpc_id", r.vpc())
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("vpc", "VpcId", "vpc_id"),
                Parity.value("description", "GroupDescription", "description"));
    }
}
