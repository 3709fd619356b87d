package dev.berth.synth.rendering.loadbalancing;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.TargetGroup;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.ArrayList;
import java.util.List;

/** AWS::ElasticLoadBalancingV2::TargetGroup / aws_lb_target_group. */
public final class TargetGroupRendering extends Rendering<TargetGroup> {

    public TargetGroupRendering() {
        super(TargetGroup.class, cfn("AWS::ElasticLoadBalancingV2::TargetGroup", "TargetGroup")
                        .ref(Attr.ARN).getAtt(Attr.FULL_NAME, "TargetGroupFullName")
                        .getAtt(Attr.NAME, "TargetGroupName"),
                tf("aws_lb_target_group").attr(Attr.ARN, "arn").attr(Attr.FULL_NAME, "arn_suffix")
                        .attr(Attr.NAME, "name"));
    }

    @Override
    protected void cloudFormation(TargetGroup r, Body p) {
        p.string("TargetType", r.targetType())
                .string("Protocol", r.protocol())
                .integer("Port", r.port())
                .value("VpcId", r.vpc())
                .bool("HealthCheckEnabled", r.healthCheckEnabled())
                .string("HealthCheckPath", r.healthCheckPath())
                .string("HealthCheckProtocol", r.healthCheckProtocol())
                .integer("HealthCheckIntervalSeconds", r.healthCheckIntervalSeconds())
                .integer("HealthCheckTimeoutSeconds", r.healthCheckTimeoutSeconds())
                .integer("HealthyThresholdCount", r.healthyThreshold())
                .integer("UnhealthyThresholdCount", r.unhealthyThreshold());
        if (r.matcher() != null) {
            p.object("Matcher", m -> m.string("HttpCode", r.matcher()));
        }
        p.objects("TargetGroupAttributes", attributes(r), (a, kv) -> a
                        .string("Key", kv[0])
                        .string("Value", kv[1]))
                .tags(r.tags());
    }

    /**
     * The attributes, deregistration delay first. Keys: CloudFormation AWS::ElasticLoadBalancingV2::TargetGroup
     * TargetGroupAttribute ({@code stickiness.enabled}, {@code stickiness.type}, {@code
     * stickiness.lb_cookie.duration_seconds}, {@code slow_start.duration_seconds}, {@code
     * load_balancing.algorithm.type}).
     */
    private static List<String[]> attributes(TargetGroup r) {
        List<String[]> attributes = new ArrayList<>();
        attributes.add(new String[] {"deregistration_delay.timeout_seconds",
                String.valueOf(r.deregistrationDelaySeconds())});
        if (r.stickinessSeconds() != null) {
            attributes.add(new String[] {"stickiness.enabled", "true"});
            attributes.add(new String[] {"stickiness.type", "lb_cookie"});
            attributes.add(new String[] {"stickiness.lb_cookie.duration_seconds",
                    String.valueOf(r.stickinessSeconds())});
        }
        if (r.slowStartSeconds() != null) {
            attributes.add(new String[] {"slow_start.duration_seconds", String.valueOf(r.slowStartSeconds())});
        }
        if (r.algorithm() != null) {
            attributes.add(new String[] {"load_balancing.algorithm.type", r.algorithm()});
        }
        return attributes;
    }

    @Override
    protected void terraform(TargetGroup r, Body b) {
        b.integer("port", r.port())
                .string("protocol", r.protocol())
                .string("target_type", r.targetType())
                .value("vpc_id", r.vpc())
                // the provider types the delay as a string
                .string("deregistration_delay", String.valueOf(r.deregistrationDelaySeconds()))
                .object("health_check", h -> h
                        .bool("enabled", r.healthCheckEnabled())
                        .string("path", r.healthCheckPath())
                        .string("protocol", r.healthCheckProtocol())
                        .string("matcher", r.matcher())
                        .integer("interval", r.healthCheckIntervalSeconds())
                        .integer("timeout", r.healthCheckTimeoutSeconds())
                        .integer("healthy_threshold", r.healthyThreshold())
                        .integer("unhealthy_threshold", r.unhealthyThreshold()))
                .integer("slow_start", r.slowStartSeconds())
                .string("load_balancing_algorithm_type", r.algorithm());
        if (r.stickinessSeconds() != null) {
            b.object("stickiness", s -> s
                    .bool("enabled", true)
                    .string("type", "lb_cookie")
                    .integer("cookie_duration", r.stickinessSeconds()));
        }
        b.tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("port", "Port", "port"),
                Parity.value("protocol", "Protocol", "protocol"),
                Parity.value("vpc", "VpcId", "vpc_id"),
                Parity.value("targetType", "TargetType", "target_type"),
                Parity.value("healthPath", "HealthCheckPath", "health_check/path"),
                Parity.value("healthProtocol", "HealthCheckProtocol", "health_check/protocol"),
                Parity.value("interval", "HealthCheckIntervalSeconds", "health_check/interval"),
                Parity.value("healthy", "HealthyThresholdCount", "health_check/healthy_threshold"),
                Parity.value("matcher", "Matcher/HttpCode", "health_check/matcher"),
                Parity.value("deregistrationDelay", "TargetGroupAttributes/0/Value", "deregistration_delay"),
                Parity.value("slowStart", "TargetGroupAttributes/[Key=slow_start.duration_seconds]/Value", "slow_start"),
                Parity.value("algorithm", "TargetGroupAttributes/[Key=load_balancing.algorithm.type]/Value",
                        "load_balancing_algorithm_type"),
                Parity.value("stickiness", "TargetGroupAttributes/[Key=stickiness.lb_cookie.duration_seconds]/Value",
                        "stickiness/cookie_duration"));
    }
}
