package dev.berth.synth.rendering.loadbalancing;

import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.ListenerCertificate;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::ElasticLoadBalancingV2::ListenerCertificate / aws_lb_listener_certificate: one further (SNI) certificate per
 * resource (CloudFormation: "You can specify one certificate per resource").
 */
public final class ListenerCertificateRendering extends Rendering<ListenerCertificate> {

    public ListenerCertificateRendering() {
        super(ListenerCertificate.class, cfn("AWS::ElasticLoadBalancingV2::ListenerCertificate", "ListenerCertificate"),
                tf("aws_lb_listener_certificate"));
    }

    @Override
    protected void cloudFormation(ListenerCertificate r, Body p) {
        p.value("ListenerArn", r.listenerArn())
                .objects("Certificates", List.of(r.certificateArn()), (c, arn) -> c.string("CertificateArn", arn));
    }

    @Override
    protected void terraform(ListenerCertificate r, Body b) {
        b.value("listener_arn", r.listenerArn()).string("certificate_arn", r.certificateArn());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("listener", "ListenerArn", "listener_arn"),
                Parity.value("certificate", "Certificates/0/CertificateArn", "certificate_arn"));
    }
}
