package dev.berth.synth.rendering.loadbalancing;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.ListenerRule;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * AWS::ElasticLoadBalancingV2::ListenerRule / aws_lb_listener_rule: one condition per field that has values (an
 * empty list is no condition; one per header), ANDed.
 */
public final class ListenerRuleRendering extends Rendering<ListenerRule> {

    public ListenerRuleRendering() {
        // Ref of a listener rule is its ARN (the blue/green production rule a service's AdvancedConfiguration names)
        super(ListenerRule.class, cfn("AWS::ElasticLoadBalancingV2::ListenerRule", "ListenerRule").ref(Attr.ARN),
                tf("aws_lb_listener_rule").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(ListenerRule r, Body p) {
        // RuleCondition: Field and its config (CloudFormation AWS::ElasticLoadBalancingV2::ListenerRule).
        List<Consumer<Body>> conditions = new ArrayList<>();
        if (!r.hostHeaders().isEmpty()) {
            conditions.add(c -> c.string("Field", "host-header")
                    .object("HostHeaderConfig", config -> config.strings("Values", r.hostHeaders())));
        }
        if (!r.pathPatterns().isEmpty()) {
            conditions.add(c -> c.string("Field", "path-pattern")
                    .object("PathPatternConfig", config -> config.strings("Values", r.pathPatterns())));
        }
        r.httpHeaders().forEach((name, values) -> conditions.add(c -> c.string("Field", "http-header")
                .object("HttpHeaderConfig", config -> config.string("HttpHeaderName", name).strings("Values", values))));
        if (!r.httpMethods().isEmpty()) {
            conditions.add(c -> c.string("Field", "http-request-method")
                    .object("HttpRequestMethodConfig", config -> config.strings("Values", r.httpMethods())));
        }
        if (!r.queryStrings().isEmpty()) {
            conditions.add(c -> c.string("Field", "query-string")
                    .object("QueryStringConfig", config -> config.objects("Values",
                            List.copyOf(r.queryStrings().entrySet()), (kv, e) -> kv.string("Key", e.getKey())
                                    .string("Value", e.getValue()))));
        }
        if (!r.sourceIps().isEmpty()) {
            conditions.add(c -> c.string("Field", "source-ip")
                    .object("SourceIpConfig", config -> config.strings("Values", r.sourceIps())));
        }
        p.value("ListenerArn", r.listenerArn())
                .integer("Priority", r.priority())
                .requiredObjects("Conditions", conditions, (c, fill) -> fill.accept(c))
                .objects("Actions", List.of(r.action()), Actions::cloudFormation);
    }

    @Override
    protected void terraform(ListenerRule r, Body b) {
        // condition blocks of aws_lb_listener_rule: one sub-block each; query_string is a set of key/value pairs.
        List<Consumer<Body>> conditions = new ArrayList<>();
        if (!r.hostHeaders().isEmpty()) {
            conditions.add(c -> c.object("host_header", block -> block.strings("values", r.hostHeaders())));
        }
        if (!r.pathPatterns().isEmpty()) {
            conditions.add(c -> c.object("path_pattern", block -> block.strings("values", r.pathPatterns())));
        }
        r.httpHeaders().forEach((name, values) -> conditions.add(c -> c.object("http_header", block -> block
                .string("http_header_name", name).strings("values", values))));
        if (!r.httpMethods().isEmpty()) {
            conditions.add(c -> c.object("http_request_method", block -> block.strings("values", r.httpMethods())));
        }
        if (!r.queryStrings().isEmpty()) {
            conditions.add(c -> c.objects("query_string", List.copyOf(r.queryStrings().entrySet()),
                    (kv, e) -> kv.string("key", e.getKey()).string("value", e.getValue())));
        }
        if (!r.sourceIps().isEmpty()) {
            conditions.add(c -> c.object("source_ip", block -> block.strings("values", r.sourceIps())));
        }
        b.value("listener_arn", r.listenerArn())
                .integer("priority", r.priority())
                .object("action", a -> Actions.terraform(a, r.action()))
                .objects("condition", conditions, (c, fill) -> fill.accept(c));
        if (r.actionOwnedByDeployments()) {
            // ECS rewrites the weights on every blue/green family deployment (after the first one green has 100): a
            // plan that put back the program's weights would send production traffic to the idle target group.
            b.object("lifecycle", lifecycle -> lifecycle.strings("ignore_changes", List.of("action")));
        }
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("listener", "ListenerArn", "listener_arn"),
                Parity.value("priority", "Priority", "priority"),
                Parity.sorted("paths", "Conditions/*/PathPatternConfig/Values/*", "condition/*/path_pattern/values/*"),
                Parity.sorted("hosts", "Conditions/*/HostHeaderConfig/Values/*", "condition/*/host_header/values/*"),
                Parity.sorted("headers", "Conditions/*/HttpHeaderConfig/Values/*", "condition/*/http_header/values/*"),
                Parity.sorted("methods", "Conditions/*/HttpRequestMethodConfig/Values/*",
                        "condition/*/http_request_method/values/*"),
                Parity.sorted("queries", "Conditions/*/QueryStringConfig/Values/*/Value",
                        "condition/*/query_string/*/value"),
                Parity.sorted("sources", "Conditions/*/SourceIpConfig/Values/*", "condition/*/source_ip/values/*"),
                Parity.value("targetGroup", "Actions/0/TargetGroupArn", "action/target_group_arn"),
                Parity.sorted("weights", "Actions/0/ForwardConfig/TargetGroups/*/Weight",
                        "action/forward/target_group/*/weight"),
                Parity.sorted("weightedGroups", "Actions/0/ForwardConfig/TargetGroups/*/TargetGroupArn",
                        "action/forward/target_group/*/arn"),
                Parity.value("groupStickiness", "Actions/0/ForwardConfig/TargetGroupStickinessConfig/DurationSeconds",
                        "action/forward/stickiness/duration"));
    }
}
