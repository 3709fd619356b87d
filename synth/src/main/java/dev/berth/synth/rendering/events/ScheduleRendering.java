package dev.berth.synth.rendering.events;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.events.EventsResources.Schedule;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::Scheduler::Schedule / aws_scheduler_schedule: a schedule in the default group whose templated ECS target runs
 * a task. The flexible time window is required by both; {@code OFF} when the plan gives no window.
 */
public final class ScheduleRendering extends Rendering<Schedule> {

    public ScheduleRendering() {
        super(Schedule.class, cfn("AWS::Scheduler::Schedule", "Schedule").ref(Attr.NAME).getAtt(Attr.ARN, "Arn"),
                tf("aws_scheduler_schedule").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(Schedule r, Body p) {
        p.string("Name", r.name())
                .string("Description", r.description())
                .string("ScheduleExpression", r.expression())
                .string("ScheduleExpressionTimezone", r.timeZone())
                .object("FlexibleTimeWindow", w -> w.string("Mode", r.flexibleWindowMinutes() == null ? "OFF" : "FLEXIBLE")
                        .integer("MaximumWindowInMinutes", r.flexibleWindowMinutes()))
                .string("State", r.state())
                .object("Target", t -> {
                    t.value("Arn", r.clusterArn()).value("RoleArn", r.roleArn())
                            .object("EcsParameters", e -> EcsTargets.cloudFormation(e, r.ecs(), "AwsvpcConfiguration"))
                            .string("Input", r.input())
                            .object("RetryPolicy", retry -> EcsTargets.cfnRetry(retry, r.retry()));
                    if (r.deadLetterArn() != null) {
                        t.object("DeadLetterConfig", d -> d.value("Arn", r.deadLetterArn()));
                    }
                });
    }

    @Override
    protected void terraform(Schedule r, Body b) {
        b.string("name", r.name())
                .string("description", r.description())
                .string("schedule_expression", r.expression())
                .string("schedule_expression_timezone", r.timeZone())
                .object("flexible_time_window", w -> w.string("mode", r.flexibleWindowMinutes() == null ? "OFF" : "FLEXIBLE")
                        .integer("maximum_window_in_minutes", r.flexibleWindowMinutes()))
                .string("state", r.state())
                .object("target", t -> {
                    t.value("arn", r.clusterArn()).value("role_arn", r.roleArn())
                            .object("ecs_parameters", e -> EcsTargets.terraform(e, r.ecs()))
                            .string("input", r.input())
                            .object("retry_policy", retry -> EcsTargets.tfRetry(retry, r.retry()));
                    if (r.deadLetterArn() != null) {
                        t.object("dead_letter_config", d -> d.value("arn", r.deadLetterArn()));
                    }
                });
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "Name", "name"),
                Parity.value("expression", "ScheduleExpression", "schedule_expression"),
                Parity.value("timeZone", "ScheduleExpressionTimezone", "schedule_expression_timezone"),
                Parity.value("window", "FlexibleTimeWindow/MaximumWindowInMinutes",
                        "flexible_time_window/maximum_window_in_minutes"),
                Parity.value("state", "State", "state"),
                Parity.value("input", "Target/Input", "target/input"),
                Parity.value("taskCount", "Target/EcsParameters/TaskCount", "target/ecs_parameters/task_count"),
                Parity.value("retries", "Target/RetryPolicy/MaximumRetryAttempts",
                        "target/retry_policy/maximum_retry_attempts"));
    }
}
