package dev.berth.synth.rendering.loadbalancing;

import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.AliasRecord;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::Route53::RecordSet / aws_route53_record: an alias record, whose target is the load balancer's DNS name and
 * canonical hosted zone (AliasTarget DNSName/HostedZoneId; the provider's alias block name/zone_id).
 */
public final class AliasRecordRendering extends Rendering<AliasRecord> {

    public AliasRecordRendering() {
        super(AliasRecord.class, cfn("AWS::Route53::RecordSet", "AliasRecord"), tf("aws_route53_record"));
    }

    @Override
    protected void cloudFormation(AliasRecord r, Body p) {
        p.string("HostedZoneId", r.hostedZoneId())
                .string("Name", r.name())
                .string("Type", r.type())
                .object("AliasTarget", a -> a
                        .value("DNSName", r.targetDnsName())
                        .value("HostedZoneId", r.targetZoneId())
                        .bool("EvaluateTargetHealth", r.evaluateTargetHealth()));
    }

    @Override
    protected void terraform(AliasRecord r, Body b) {
        b.string("zone_id", r.hostedZoneId())
                .string("name", r.name())
                .string("type", r.type())
                .object("alias", a -> a
                        .value("name", r.targetDnsName())
                        .value("zone_id", r.targetZoneId())
                        .bool("evaluate_target_health", r.evaluateTargetHealth()));
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("zone", "HostedZoneId", "zone_id"),
                Parity.value("name", "Name", "name"),
                Parity.value("type", "Type", "type"),
                Parity.value("target", "AliasTarget/DNSName", "alias/name"),
                Parity.value("targetZone", "AliasTarget/HostedZoneId", "alias/zone_id"));
    }
}
