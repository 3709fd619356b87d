package dev.berth.synth.rendering.loadbalancing;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Listener;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::ElasticLoadBalancingV2::Listener / aws_lb_listener. */
public final class ListenerRendering extends Rendering<Listener> {

    public ListenerRendering() {
        super(Listener.class, cfn("AWS::ElasticLoadBalancingV2::Listener", "Listener").ref(Attr.ARN),
                tf("aws_lb_listener").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(Listener r, Body p) {
        p.value("LoadBalancerArn", r.loadBalancerArn())
                .integer("Port", r.port())
                .string("Protocol", r.protocol());
        if (r.certificateArn() != null) {
            p.objects("Certificates", List.of(r.certificateArn()), (c, arn) -> c.string("CertificateArn", arn));
        }
        p.string("SslPolicy", r.sslPolicy())
                .strings("AlpnPolicy", r.alpnPolicy() == null ? List.of() : List.of(r.alpnPolicy()))
                .objects("DefaultActions", List.of(r.defaultAction()), Actions::cloudFormation);
    }

    @Override
    protected void terraform(Listener r, Body b) {
        b.value("load_balancer_arn", r.loadBalancerArn())
                .integer("port", r.port())
                .string("protocol", r.protocol())
                .string("certificate_arn", r.certificateArn())
                .string("ssl_policy", r.sslPolicy())
                .string("alpn_policy", r.alpnPolicy())
                .object("default_action", a -> Actions.terraform(a, r.defaultAction()));
        if (r.defaultActionOwnedByDeployments()) {
            b.object("lifecycle", lifecycle -> lifecycle.strings("ignore_changes", List.of("default_action")));
        }
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("lb", "LoadBalancerArn", "load_balancer_arn"),
                Parity.value("port", "Port", "port"),
                Parity.value("protocol", "Protocol", "protocol"),
                Parity.value("certificate", "Certificates/0/CertificateArn", "certificate_arn"),
                Parity.value("sslPolicy", "SslPolicy", "ssl_policy"),
                Parity.value("alpn", "AlpnPolicy/0", "alpn_policy"),
                Parity.value("action", "DefaultActions/0/Type", "default_action/type"));
    }
}
