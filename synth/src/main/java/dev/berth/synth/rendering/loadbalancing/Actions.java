package dev.berth.synth.rendering.loadbalancing;

import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Action;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.FixedResponse;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Forward;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Redirect;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.WeightedForward;
import dev.berth.synth.rendering.Body;

/** A listener's default action or a rule's action: the same in both resources. */
final class Actions {

    private Actions() {
    }

    /** Status codes and ports are strings in CloudFormation. */
    static void cloudFormation(Body a, Action action) {
        if (action instanceof FixedResponse fixed) {
            a.string("Type", "fixed-response").object("FixedResponseConfig", c -> c
                    .string("StatusCode", String.valueOf(fixed.statusCode()))
                    .string("ContentType", fixed.contentType())
                    .string("MessageBody", fixed.body()));
        } else if (action instanceof Redirect redirect) {
            a.string("Type", "redirect").object("RedirectConfig", c -> c
                    .string("Protocol", redirect.protocol())
                    .string("Port", String.valueOf(redirect.port()))
                    .string("StatusCode", redirect.statusCode()));
        } else if (action instanceof WeightedForward weighted) {
            // ForwardConfig: TargetGroups (TargetGroupTuple: TargetGroupArn, Weight) and TargetGroupStickinessConfig
            // (CloudFormation AWS::ElasticLoadBalancingV2::ListenerRule ForwardConfig); no TargetGroupArn beside it.
            a.string("Type", "forward").object("ForwardConfig", c -> {
                c.objects("TargetGroups", weighted.targetGroups(), (t, g) -> t
                        .value("TargetGroupArn", g.targetGroupArn()).integer("Weight", g.weight()));
                if (weighted.stickinessSeconds() != null) {
                    c.object("TargetGroupStickinessConfig", s -> s.bool("Enabled", true)
                            .integer("DurationSeconds", weighted.stickinessSeconds()));
                }
            });
        } else {
            a.string("Type", "forward").value("TargetGroupArn", ((Forward) action).targetGroupArn());
        }
    }

    /** Status codes and ports are strings for the provider too. */
    static void terraform(Body a, Action action) {
        if (action instanceof FixedResponse fixed) {
            a.string("type", "fixed-response").object("fixed_response", c -> c
                    .string("content_type", fixed.contentType())
                    .string("message_body", fixed.body())
                    .string("status_code", String.valueOf(fixed.statusCode())));
        } else if (action instanceof Redirect redirect) {
            a.string("type", "redirect").object("redirect", c -> c
                    .string("port", String.valueOf(redirect.port()))
                    .string("protocol", redirect.protocol())
                    .string("status_code", redirect.statusCode()));
        } else if (action instanceof WeightedForward weighted) {
            // forward { target_group { arn weight } stickiness { enabled duration } } (aws_lb_listener_rule action).
            a.string("type", "forward").object("forward", c -> {
                c.objects("target_group", weighted.targetGroups(), (t, g) -> t
                        .value("arn", g.targetGroupArn()).integer("weight", g.weight()));
                if (weighted.stickinessSeconds() != null) {
                    c.object("stickiness", s -> s.bool("enabled", true)
                            .integer("duration", weighted.stickinessSeconds()));
                }
            });
        } else {
            a.string("type", "forward").value("target_group_arn", ((Forward) action).targetGroupArn());
        }
    }
}
