package dev.berth.synth.planning.scaling;

import dev.berth.scaling.AutoScaling;
import dev.berth.scaling.Metric;
import dev.berth.scaling.ScalingPolicy;
import dev.berth.scaling.ScheduledScaling;
import dev.berth.scaling.StepAdjustment;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.monitoring.MonitoringResources.Alarm;
import dev.berth.synth.plan.monitoring.MonitoringResources.Dimension;
import dev.berth.synth.plan.monitoring.MonitoringResources.MetricQuery;
import dev.berth.synth.plan.monitoring.MonitoringResources.MetricStat;
import dev.berth.synth.plan.scaling.ScalingResources;
import dev.berth.synth.plan.scaling.ScalingResources.CustomizedMetric;
import dev.berth.synth.plan.scaling.ScalingResources.TargetTracking;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.loadbalancing.ExposurePlanner.PlannedExposure;
import dev.berth.synth.planning.messaging.QueuePlanner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plans service auto scaling: the desired count as a scalable target (with its scheduled actions), one
 * target-tracking policy per built-in metric (cpu, memory, requests), the program's custom-metric, metric-math and
 * step policies (each step policy with the CloudWatch alarm that invokes it), and the queue worker's backlog policy.
 */
public final class ScalingPlanner {

    /** The step policy that starts the first task of a queue worker scaled to zero. */
    static final String FROM_ZERO = "backlog-from-zero";
    /** Target tracking's alarms read one-minute datapoints; Berth's backlog alarm does too. */
    private static final int MINUTE = 60;

    private ScalingPlanner() {
    }

    public static void plan(Service service, ResourceId cluster, ResourceId ecsService,
                            Optional<PlannedExposure> exposure, PlanBuilder plan) {
        AutoScaling scaling = service.autoScaling();
        if (!scaling.isEnabled()) {
            return;
        }
        ResourceId target = ResourceId.of(ScalingResources.ScalableTarget.class, service.name());
        List<ScalingResources.ScheduledAction> actions = new ArrayList<>();
        for (ScheduledScaling s : scaling.schedules()) {
            actions.add(new ScalingResources.ScheduledAction(plan.applicationName() + "-" + service.name() + "-"
                    + s.name(), s.name(), s.schedule(), s.timeZone().isEmpty() ? null : s.timeZone(),
                    s.minCapacity() == ScheduledScaling.KEEP ? null : s.minCapacity(),
                    s.maxCapacity() == ScheduledScaling.KEEP ? null : s.maxCapacity()));
        }
        plan.add(new ScalingResources.ScalableTarget(target,
                Value.concat("service/", cluster.attr(Attr.NAME), "/", ecsService.attr(Attr.NAME)),
                "ecs:service:DesiredCount", "ecs", scaling.minCapacity(), scaling.maxCapacity(), actions));
        Boolean disableScaleIn = scaling.disableScaleIn() ? Boolean.TRUE : null;
        if (scaling.cpuTargetPercent() > 0) {
            predefined(service, target, "cpu", "ECSServiceAverageCPUUtilization", scaling.cpuTargetPercent(),
                    null, disableScaleIn, plan);
        }
        if (scaling.memoryTargetPercent() > 0) {
            predefined(service, target, "memory", "ECSServiceAverageMemoryUtilization",
                    scaling.memoryTargetPercent(), null, disableScaleIn, plan);
        }
        if (scaling.requestsPerTarget() > 0 && exposure.isPresent()) {
            // The metric's dimension: app/<lb>/<id>/targetgroup/<tg>/<id>.
            Value label = Value.concat(exposure.get().loadBalancer().attr(Attr.FULL_NAME), "/",
                    exposure.get().targetGroup().attr(Attr.FULL_NAME));
            predefined(service, target, "requests", "ALBRequestCountPerTarget", scaling.requestsPerTarget(),
                    label, disableScaleIn, plan);
        }
        for (ScalingPolicy p : scaling.policies()) {
            if (p instanceof ScalingPolicy.TargetTracking t) {
                tracking(service, target, t.name(), new CustomizedMetric(stat(t.metric(), List.of(), null), List.of()),
                        t.targetValue(), t.disableScaleIn() ? Boolean.TRUE : null, plan);
            } else if (p instanceof ScalingPolicy.MetricMathTracking m) {
                List<MetricQuery> queries = new ArrayList<>();
                m.metrics().forEach((id, metric) -> queries.add(new MetricQuery(id, null,
                        stat(metric, List.of(), null), null, false)));
                queries.add(new MetricQuery("e1", m.expression(), null, null, true));
                tracking(service, target, m.name(), new CustomizedMetric(null, queries), m.targetValue(),
                        m.disableScaleIn() ? Boolean.TRUE : null, plan);
            } else if (p instanceof ScalingPolicy.StepScaling s) {
                step(service, target, s, plan);
            } else if (p instanceof ScalingPolicy.QueueBacklog q) {
                backlog(service, target, cluster, ecsService, q, disableScaleIn, plan);
            }
        }
    }

    private static void predefined(Service service, ResourceId target, String name, String metric, int value,
                                   Value label, Boolean disableScaleIn, PlanBuilder plan) {
        AutoScaling scaling = service.autoScaling();
        add(service, target, name, new TargetTracking(metric, label, null, value, scaling.scaleInCooldownSeconds(),
                scaling.scaleOutCooldownSeconds(), disableScaleIn), plan);
    }

    private static void tracking(Service service, ResourceId target, String name, CustomizedMetric metric,
                                 double value, Boolean disableScaleIn, PlanBuilder plan) {
        AutoScaling scaling = service.autoScaling();
        add(service, target, name, new TargetTracking(null, null, metric, value, scaling.scaleInCooldownSeconds(),
                scaling.scaleOutCooldownSeconds(), disableScaleIn), plan);
    }

    private static void add(Service service, ResourceId target, String name, TargetTracking tracking,
                            PlanBuilder plan) {
        plan.add(new ScalingResources.ScalingPolicy(ResourceId.of(ScalingResources.ScalingPolicy.class,
                service.name(), name), policyName(service, name, plan), "TargetTrackingScaling", target, tracking,
                null));
    }

    private static String policyName(Service service, String name, PlanBuilder plan) {
        return plan.applicationName() + "-" + service.name() + "-" + name;
    }

    private static MetricStat stat(Metric m, List<Dimension> moreDimensions, Integer period) {
        List<Dimension> dimensions = new ArrayList<>(moreDimensions);
        m.dimensions().forEach((name, value) -> dimensions.add(new Dimension(name, Value.literal(value))));
        return new MetricStat(m.namespace(), m.name(), dimensions, m.statistic().awsName(),
                m.unit().isEmpty() ? null : m.unit(), period);
    }

    /** A step policy, and the alarm that invokes it with the policy's ARN as its action. */
    private static void step(Service service, ResourceId target, ScalingPolicy.StepScaling s, PlanBuilder plan) {
        List<ScalingResources.Step> steps = s.steps().stream()
                .sorted(Comparator.comparingDouble(StepAdjustment::lowerBound))
                .map(a -> new ScalingResources.Step(Double.isInfinite(a.lowerBound()) ? null : a.lowerBound(),
                        Double.isInfinite(a.upperBound()) ? null : a.upperBound(), a.adjustment())).toList();
        ResourceId policy = stepPolicy(service, target, s.name(), new ScalingResources.StepScaling(
                s.adjustmentType().awsName(), s.cooldownSeconds(), s.aggregation().awsName(),
                s.minAdjustmentMagnitude() > 0 ? s.minAdjustmentMagnitude() : null, steps), plan);
        plan.add(new Alarm(ResourceId.of(Alarm.class, service.name(), s.name()),
                policyName(service, s.name(), plan), false, "Invokes the step scaling policy " + s.name() + " of "
                + service.name(), stat(s.metric(), List.of(), s.periodSeconds()), List.of(),
                s.comparison().awsName(), s.threshold(), s.evaluationPeriods(), s.datapointsToAlarm(), "missing",
                List.of(policy.attr(Attr.ARN)), plan.tagsNamed(service.name() + "-" + s.name())));
    }

    private static ResourceId stepPolicy(Service service, ResourceId target, String name,
                                         ScalingResources.StepScaling configuration, PlanBuilder plan) {
        ResourceId policy = ResourceId.of(ScalingResources.ScalingPolicy.class, service.name(), name);
        plan.add(new ScalingResources.ScalingPolicy(policy, policyName(service, name, plan), "StepScaling", target,
                null, configuration));
        return policy;
    }

    /**
     * The queue worker: target tracking on the backlog per task, by metric math as the Application Auto Scaling
     * User Guide's example "Amazon SQS queue backlog per task" does (messages visible in the queue, AWS/SQS
     * ApproximateNumberOfMessagesVisible, divided by the service's running tasks, ECS/ContainerInsights
     * RunningTaskCount). With no running task the division has no value and target tracking does not scale on
     * insufficient data (Amazon ECS Developer Guide, "Use a target metric to scale Amazon ECS services"), so a worker
     * whose minimum is 0 also gets a step policy that adds one task while messages are visible and no task runs.
     */
    private static void backlog(Service service, ResourceId target, ResourceId cluster, ResourceId ecsService,
                                ScalingPolicy.QueueBacklog q, Boolean disableScaleIn, PlanBuilder plan) {
        Value queueName = q.queue().isEmpty() ? Value.literal(q.existingQueueName())
                : QueuePlanner.queueId(q.queue()).attr(Attr.NAME);
        AutoScaling scaling = service.autoScaling();
        add(service, target, ScalingPolicy.QueueBacklog.NAME, new TargetTracking(null, null, new CustomizedMetric(
                null, backlogQueries(queueName, cluster, ecsService, null, "Sum", "m1 / m2",
                "Backlog per task")), q.targetBacklogPerTask(), scaling.scaleInCooldownSeconds(),
                scaling.scaleOutCooldownSeconds(), disableScaleIn), plan);
        if (scaling.minCapacity() == 0) {
            ResourceId policy = stepPolicy(service, target, FROM_ZERO, new ScalingResources.StepScaling(
                    "ChangeInCapacity", scaling.scaleOutCooldownSeconds(), "Maximum", null,
                    List.of(new ScalingResources.Step(0.0, null, 1))), plan);
            plan.add(new Alarm(ResourceId.of(Alarm.class, service.name(), FROM_ZERO),
                    policyName(service, FROM_ZERO, plan), false, "Starts the first task of " + service.name()
                    + " when messages wait and no task runs", null,
                    backlogQueries(queueName, cluster, ecsService, MINUTE, "Maximum", "IF(FILL(m2, 0) < 1, m1, 0)",
                            "Messages waiting with no task running"),
                    "GreaterThanThreshold", 0, 1, 1, "notBreaching", List.of(policy.attr(Attr.ARN)),
                    plan.tagsNamed(service.name() + "-" + FROM_ZERO)));
        }
    }

    private static List<MetricQuery> backlogQueries(Value queueName, ResourceId cluster, ResourceId ecsService,
                                                    Integer period, String messagesStatistic, String expression,
                                                    String label) {
        MetricStat messages = new MetricStat("AWS/SQS", "ApproximateNumberOfMessagesVisible",
                List.of(new Dimension("QueueName", queueName)), messagesStatistic, null, period);
        MetricStat tasks = new MetricStat("ECS/ContainerInsights", "RunningTaskCount",
                List.of(new Dimension("ClusterName", cluster.attr(Attr.NAME)),
                        new Dimension("ServiceName", ecsService.attr(Attr.NAME))), "Average", null, period);
        return List.of(new MetricQuery("m1", null, messages, "Messages visible", false),
                new MetricQuery("m2", null, tasks, "Running tasks", false),
                new MetricQuery("e1", expression, null, label, true));
    }
}
