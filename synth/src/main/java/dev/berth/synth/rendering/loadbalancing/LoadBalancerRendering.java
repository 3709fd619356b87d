package dev.berth.synth.rendering.loadbalancing;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.LoadBalancer;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * AWS::ElasticLoadBalancingV2::LoadBalancer / aws_lb. CloudFormation spells the settings as key/value attributes,
 * the provider as arguments.
 */
public final class LoadBalancerRendering extends Rendering<LoadBalancer> {

    public LoadBalancerRendering() {
        super(LoadBalancer.class, cfn("AWS::ElasticLoadBalancingV2::LoadBalancer", "LoadBalancer")
                        .ref(Attr.ARN).getAtt(Attr.DNS_NAME, "DNSName")
                        .getAtt(Attr.FULL_NAME, "LoadBalancerFullName"),
                tf("aws_lb").attr(Attr.ARN, "arn").attr(Attr.DNS_NAME, "dns_name").attr(Attr.FULL_NAME, "arn_suffix"));
    }

    @Override
    protected void cloudFormation(LoadBalancer r, Body p) {
        List<String[]> attributes = new ArrayList<>();
        attributes.add(new String[] {"idle_timeout.timeout_seconds", String.valueOf(r.idleTimeoutSeconds())});
        attributes.add(new String[] {"routing.http.drop_invalid_header_fields.enabled",
                String.valueOf(r.dropInvalidHeaderFields())});
        if (r.accessLogs() != null) {
            attributes.add(new String[] {"access_logs.s3.enabled", "true"});
            attributes.add(new String[] {"access_logs.s3.bucket", r.accessLogs().bucket()});
            attributes.add(new String[] {"access_logs.s3.prefix", r.accessLogs().prefix()});
        }
        if (r.deletionProtection() != null) {
            attributes.add(new String[] {"deletion_protection.enabled", String.valueOf(r.deletionProtection())});
        }
        p.string("Type", r.type())
                .string("Scheme", r.scheme())
                .values("Subnets", r.subnets())
                .values("SecurityGroups", r.securityGroups())
                .objects("LoadBalancerAttributes", attributes, (a, kv) -> a.string("Key", kv[0]).string("Value", kv[1]))
                .tags(r.tags());
    }

    @Override
    protected void terraform(LoadBalancer r, Body b) {
        b.string("load_balancer_type", r.type())
                .bool("internal", r.internal())
                .values("subnets", r.subnets())
                .values("security_groups", r.securityGroups())
                .integer("idle_timeout", r.idleTimeoutSeconds())
                .bool("drop_invalid_header_fields", r.dropInvalidHeaderFields())
                .bool("enable_deletion_protection", r.deletionProtection());
        if (r.accessLogs() != null) {
            b.object("access_logs", logs -> logs
                    .string("bucket", r.accessLogs().bucket())
                    .string("prefix", r.accessLogs().prefix())
                    .bool("enabled", true));
        }
        b.tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("type", "Type", "load_balancer_type"),
                Parity.value("internal", "Scheme", "internal").meaning(LoadBalancer.INTERNAL, "true")
                        .meaning("internet-facing", "false"),
                Parity.list("subnets", "Subnets/*", "subnets/*"),
                Parity.list("groups", "SecurityGroups/*", "security_groups/*"));
    }
}
