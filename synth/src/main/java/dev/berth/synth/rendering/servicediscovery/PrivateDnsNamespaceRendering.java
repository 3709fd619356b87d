package dev.berth.synth.rendering.servicediscovery;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.PrivateDnsNamespace;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::ServiceDiscovery::PrivateDnsNamespace / aws_service_discovery_private_dns_namespace: the AWS Cloud Map
 * namespace of DNS service discovery, a private hosted zone of the VPC. CloudFormation's Ref is the namespace ID
 * (as the provider's id), which the Cloud Map services take.
 */
public final class PrivateDnsNamespaceRendering extends Rendering<PrivateDnsNamespace> {

    public PrivateDnsNamespaceRendering() {
        super(PrivateDnsNamespace.class, cfn("AWS::ServiceDiscovery::PrivateDnsNamespace", "DnsNamespace")
                        .ref(Attr.ID).getAtt(Attr.ARN, "Arn"),
                tf("aws_service_discovery_private_dns_namespace").attr(Attr.ID, "id").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(PrivateDnsNamespace r, Body p) {
        p.string("Name", r.name()).value("Vpc", r.vpc()).string("Description", r.description()).tags(r.tags());
    }

    @Override
    protected void terraform(PrivateDnsNamespace r, Body b) {
        b.string("name", r.name()).value("vpc", r.vpc()).string("description", r.description()).tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "Name", "name"),
                Parity.value("vpc", "Vpc", "vpc"),
                Parity.value("description", "Description", "description"),
                Parity.sorted("tags", "Tags/*/Value", "tags/*"));
    }
}
