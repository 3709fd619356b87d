package dev.berth.synth.plan.scaling;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.monitoring.MonitoringResources.MetricQuery;
import dev.berth.synth.plan.monitoring.MonitoringResources.MetricStat;

import java.util.List;


/**
 * The planned Application Auto Scaling resources of a service. The CloudWatch alarms of its step policies are
 * {@code MonitoringResources.Alarm}s.
 */
public final class ScalingResources {

    private ScalingResources() {
    }

    /**
     * The service's desired count as a scalable target. Uses the Application Auto Scaling service-linked role.
     *
     * @param resourceId       {@code service/<cluster name>/<service name>}
     * @param scheduledActions scheduled changes of the bounds (CloudFormation keeps them in the target, the provider
     *                         in {@code aws_appautoscaling_scheduled_action} resources); may be empty
     */
    public record ScalableTarget(ResourceId id, Value resourceId, String scalableDimension, String serviceNamespace,
                                 int minCapacity, int maxCapacity, List<ScheduledAction> scheduledActions)
            implements PlannedResource {
        public ScalableTarget {
            scheduledActions = Immutable.list(scheduledActions);
        }

        /** A target without scheduled actions. */
        public ScalableTarget(ResourceId id, Value resourceId, String scalableDimension, String serviceNamespace,
                              int minCapacity, int maxCapacity) {
            this(id, resourceId, scalableDimension, serviceNamespace, minCapacity, maxCapacity, List.of());
        }
    }

    /**
     * A scheduled action of a scalable target.
     *
     * @param name        the action's name, {@code <application>-<service>-<schedule>} (unique per target)
     * @param key         the schedule's name in the program (the Terraform resource's name suffix)
     * @param schedule    the at, rate or cron expression
     * @param timezone    an IANA zone; null: UTC (left out)
     * @param minCapacity the new minimum; null: unchanged (left out)
     * @param maxCapacity the new maximum; null: unchanged (left out)
     */
    public record ScheduledAction(String name, String key, String schedule, String timezone, Integer minCapacity,
                                  Integer maxCapacity) {
    }

    /**
     * A scaling policy on a scalable target: exactly one of {@code targetTracking} and {@code stepScaling} is set, as
     * {@code policyType} says.
     *
     * @param policyType     {@code TargetTrackingScaling} or {@code StepScaling}
     * @param targetTracking the target-tracking configuration; null for a step policy
     * @param stepScaling    the step configuration; null for a target-tracking policy
     */
    public record ScalingPolicy(ResourceId id, String policyName, String policyType, ResourceId scalableTarget,
                                TargetTracking targetTracking, StepScaling stepScaling) implements PlannedResource {

        /** A target-tracking policy on a predefined metric (the form before custom metrics). */
        public ScalingPolicy(ResourceId id, String policyName, String policyType, ResourceId scalableTarget,
                             String predefinedMetric, double targetValue, int scaleInCooldownSeconds,
                             int scaleOutCooldownSeconds, Value resourceLabel) {
            this(id, policyName, policyType, scalableTarget, new TargetTracking(predefinedMetric, resourceLabel, null,
                    targetValue, scaleInCooldownSeconds, scaleOutCooldownSeconds, null), null);
        }
    }

    /**
     * A target-tracking configuration: exactly one of {@code predefinedMetric} and {@code customizedMetric} is set.
     *
     * @param predefinedMetric e.g. {@code ECSServiceAverageCPUUtilization}; null with a customized metric
     * @param resourceLabel    for ALBRequestCountPerTarget: {@code <lb full name>/<target group full name>}; else null
     * @param customizedMetric a CloudWatch metric or metric math; null with a predefined metric
     * @param disableScaleIn   true: the policy only scales out; null: left out (AWS's default, false)
     */
    public record TargetTracking(String predefinedMetric, Value resourceLabel, CustomizedMetric customizedMetric,
                                 double targetValue, int scaleInCooldownSeconds, int scaleOutCooldownSeconds,
                                 Boolean disableScaleIn) {
    }

    /**
     * A customized metric: a single metric ({@code metric}), or metric math ({@code queries}, exactly one returning
     * data).
     *
     * @param metric  the metric and its statistic; null with queries
     * @param queries the metric-math queries; empty with a single metric
     */
    public record CustomizedMetric(MetricStat metric, List<MetricQuery> queries) {
        public CustomizedMetric {
            queries = Immutable.list(queries);
        }
    }

    /**
     * A step-scaling configuration.
     *
     * @param minAdjustmentMagnitude null: not set (left out)
     */
    public record StepScaling(String adjustmentType, int cooldownSeconds, String metricAggregationType,
                              Integer minAdjustmentMagnitude, List<Step> steps) {
        public StepScaling {
            steps = Immutable.list(steps);
        }
    }

    /**
     * A step: bounds relative to the alarm's threshold.
     *
     * @param lowerBound inclusive; null: open (left out)
     * @param upperBound exclusive; null: open (left out)
     */
    public record Step(Double lowerBound, Double upperBound, int scalingAdjustment) {
    }
}
