package dev.berth.synth.rendering.events;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.events.EventsResources.EventRule;
import dev.berth.synth.plan.events.EventsResources.RuleTarget;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::Events::Rule / aws_cloudwatch_event_rule with its one target. CloudFormation keeps the target in the rule's
 * {@code Targets}; the provider keeps it in a resource of its own, {@code aws_cloudwatch_event_target}, written
 * beside the rule as its Terraform companion. The pattern is a JSON object in CloudFormation (the CDK accepts no
 * string there) and JSON text for the provider.
 */
public final class EventRuleRendering extends Rendering<EventRule> {

    private static final String TARGET = "aws_cloudwatch_event_target";

    public EventRuleRendering() {
        super(EventRule.class, cfn("AWS::Events::Rule", "Rule").getAtt(Attr.ARN, "Arn"),
                tf("aws_cloudwatch_event_rule").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(EventRule r, Body p) {
        p.string("Name", r.name())
                .string("Description", r.description())
                .jsonText("EventPattern", r.eventPattern())
                .string("State", r.state())
                .requiredObjects("Targets", List.of(r.target()), EventRuleRendering::cfnTarget)
                .tags(r.tags());
    }

    private static void cfnTarget(Body t, RuleTarget target) {
        t.string("Id", target.targetId()).value("Arn", target.arn()).value("RoleArn", target.roleArn());
        if (target.ecs() != null) {
            t.object("EcsParameters", e -> EcsTargets.cloudFormation(e, target.ecs(), "AwsVpcConfiguration"));
        }
        if (target.input() != null) {
            t.object("InputTransformer", i -> i.valueMap("InputPathsMap", literals(target.input().inputPaths()))
                    .string("InputTemplate", target.input().template()));
        }
        if (target.retry() != null) {
            t.object("RetryPolicy", retry -> EcsTargets.cfnRetry(retry, target.retry()));
        }
        if (target.deadLetterArn() != null) {
            t.object("DeadLetterConfig", d -> d.value("Arn", target.deadLetterArn()));
        }
    }

    @Override
    protected void terraform(EventRule r, Body b) {
        b.string("name", r.name())
                .string("description", r.description())
                .jsonText("event_pattern", r.eventPattern())
                .string("state", r.state())
                .tags(r.tags());
    }

    @Override
    protected List<TerraformCompanion> terraformCompanions(EventRule r) {
        RuleTarget target = r.target();
        return List.of(new TerraformCompanion(TARGET, t -> {
            t.value("rule", r.id().attr(Attr.NAME)).string("target_id", target.targetId())
                    .value("arn", target.arn()).value("role_arn", target.roleArn());
            if (target.ecs() != null) {
                t.object("ecs_target", e -> EcsTargets.terraform(e, target.ecs()));
            }
            if (target.input() != null) {
                t.object("input_transformer", i -> i.valueMap("input_paths", literals(target.input().inputPaths()))
                        .string("input_template", target.input().template()));
            }
            if (target.retry() != null) {
                t.object("retry_policy", retry -> EcsTargets.tfRetry(retry, target.retry()));
            }
            if (target.deadLetterArn() != null) {
                t.object("dead_letter_config", d -> d.value("arn", target.deadLetterArn()));
            }
        }));
    }

    @Override
    public List<String> terraformCompanionTypes() {
        return List.of(TARGET);
    }

    private static java.util.Map<String, dev.berth.synth.plan.Value> literals(java.util.Map<String, String> map) {
        java.util.Map<String, dev.berth.synth.plan.Value> values = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> values.put(k, dev.berth.synth.plan.Value.literal(v)));
        return values;
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "Name", "name"),
                Parity.value("description", "Description", "description"),
                Parity.value("state", "State", "state"));
    }
}
