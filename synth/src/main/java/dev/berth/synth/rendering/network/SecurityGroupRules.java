package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.network.NetworkResources.Cidr;
import dev.berth.synth.plan.network.NetworkResources.Group;
import dev.berth.synth.plan.network.NetworkResources.PrefixList;
import dev.berth.synth.plan.network.NetworkResources.SecurityGroupRule;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;

import java.util.List;

/**
 * The bodies ingress and egress rules share; only the names of the peer group's and prefix list's properties differ
 * in CloudFormation ({@code SourceSecurityGroupId}/{@code SourcePrefixListId} on ingress,
 * {@code DestinationSecurityGroupId}/{@code DestinationPrefixListId} on egress).
 */
final class SecurityGroupRules {

    private SecurityGroupRules() {
    }

    static void cloudFormation(SecurityGroupRule r, Body p, String peerGroupProperty, String prefixListProperty) {
        p.value("GroupId", r.group())
                .string("IpProtocol", r.ipProtocol())
                .integer("FromPort", r.fromPort())
                .integer("ToPort", r.toPort());
        if (r.peer() instanceof Cidr cidr) {
            p.string("CidrIp", cidr.cidrIpv4());
        } else if (r.peer() instanceof Group group) {
            p.value(peerGroupProperty, group.securityGroupId());
        } else {
            p.string(prefixListProperty, ((PrefixList) r.peer()).prefixListId());
        }
        p.string("Description", r.description());
    }

    /** The provider's rule resources: one body for both directions (terraform-provider-aws#30035 on ports). */
    static void terraform(SecurityGroupRule r, Body b) {
        b.value("security_group_id", r.group())
                .string("ip_protocol", r.ipProtocol())
                .integer("from_port", r.fromPort())
                .integer("to_port", r.toPort());
        if (r.peer() instanceof Cidr cidr) {
            b.string("cidr_ipv4", cidr.cidrIpv4());
        } else if (r.peer() instanceof Group group) {
            b.value("referenced_security_group_id", group.securityGroupId());
        } else {
            b.string("prefix_list_id", ((PrefixList) r.peer()).prefixListId());
        }
        b.string("description", r.description());
    }

    static List<Parity> parity(String peerGroupProperty, String prefixListProperty) {
        return List.of(Parity.value("group", "GroupId", "security_group_id"),
                Parity.value("protocol", "IpProtocol", "ip_protocol"),
                Parity.value("from", "FromPort", "from_port"),
                Parity.value("to", "ToPort", "to_port"),
                Parity.value("cidr", "CidrIp", "cidr_ipv4"),
                Parity.value("peer", peerGroupProperty, "referenced_security_group_id"),
                Parity.value("prefixList", prefixListProperty, "prefix_list_id"),
                Parity.value("description", "Description", "description"));
    }
}
