package dev.berth.synth.rendering.loadbalancing;

import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.ListenerRule;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * AWS::ElasticLoadBalancingV2::ListenerRule / aws_lb_listener_rule: one condition per field that has values (an
 * empty list is no condition), ANDed.
 */
public final class ListenerRuleRendering extends Rendering<ListenerRule> {

    public ListenerRuleRendering() {
        super(ListenerRule.class, cfn("AWS::ElasticLoadBalancingV2::ListenerRule", "ListenerRule"),
                tf("aws_lb_listener_rule"));
    }

    /** A condition: the field, CloudFormation's config property, the provider's block, and its values. */
    private record Condition(String field, String config, String block, List<String> values) {
    }

    private static List<Condition> conditions(ListenerRule r) {
        List<Condition> conditions = new ArrayList<>();
        if (!r.hostHeaders().isEmpty()) {
            conditions.add(new Condition("host-header", "HostHeaderConfig", "host_header", r.hostHeaders()));
        }
        if (!r.pathPatterns().isEmpty()) {
            conditions.add(new Condition("path-pattern", "PathPatternConfig", "path_pattern", r.pathPatterns()));
        }
        return conditions;
    }

    @Override
    protected void cloudFormation(ListenerRule r, Body p) {
        p.value("ListenerArn", r.listenerArn())
                .integer("Priority", r.priority())
                .requiredObjects("Conditions", conditions(r), (c, condition) -> c
                        .string("Field", condition.field())
                        .object(condition.config(), config -> config.strings("Values", condition.values())))
                .objects("Actions", List.of(r.action()), Actions::cloudFormation);
    }

    @Override
    protected void terraform(ListenerRule r, Body b) {
        b.value("listener_arn", r.listenerArn())
                .integer("priority", r.priority())
                .object("action", a -> Actions.terraform(a, r.action()))
                .objects("condition", conditions(r), (c, condition) -> c
                        .object(condition.block(), block -> block.strings("values", condition.values())));
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("listener", "ListenerArn", "listener_arn"),
                Parity.value("priority", "Priority", "priority"),
                Parity.sorted("paths", "Conditions/*/PathPatternConfig/Values/*", "condition/*/path_pattern/values/*"),
                Parity.sorted("hosts", "Conditions/*/HostHeaderConfig/Values/*", "condition/*/host_header/values/*"),
                Parity.value("targetGroup", "Actions/0/TargetGroupArn", "action/target_group_arn"));
    }
}
