package dev.berth.synth.rendering.servicediscovery;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.HttpNamespace;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::ServiceDiscovery::HttpNamespace / aws_service_discovery_http_namespace: the AWS Cloud Map namespace of Service
 * Connect. CloudFormation's Ref is the namespace ID; both targets read the ARN the services and clusters take.
 */
public final class HttpNamespaceRendering extends Rendering<HttpNamespace> {

    public HttpNamespaceRendering() {
        super(HttpNamespace.class, cfn("AWS::ServiceDiscovery::HttpNamespace", "Namespace").ref(Attr.ID)
                        .getAtt(Attr.ARN, "Arn"),
                tf("aws_service_discovery_http_namespace").attr(Attr.ID, "id").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(HttpNamespace r, Body p) {
        p.string("Name", r.name()).string("Description", r.description()).tags(r.tags());
    }

    @Override
    protected void terraform(HttpNamespace r, Body b) {
        b.string("name", r.name()).string("description", r.description()).tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "Name", "name"),
                Parity.value("description", "Description", "description"),
                Parity.sorted("tags", "Tags/*/Value", "tags/*"));
    }
}
