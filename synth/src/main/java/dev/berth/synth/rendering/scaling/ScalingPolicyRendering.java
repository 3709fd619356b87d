package dev.berth.synth.rendering.scaling;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.scaling.ScalingResources.CustomizedMetric;
import dev.berth.synth.plan.monitoring.MonitoringResources.MetricQuery;
import dev.berth.synth.plan.monitoring.MonitoringResources.MetricStat;
import dev.berth.synth.plan.scaling.ScalingResources.ScalingPolicy;
import dev.berth.synth.plan.scaling.ScalingResources.StepScaling;
import dev.berth.synth.plan.scaling.ScalingResources.TargetTracking;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::ApplicationAutoScaling::ScalingPolicy / aws_appautoscaling_policy. CloudFormation names the target by ID;
 * the provider repeats the target's resource ID, dimension and namespace, read from the target as it documents, so
 * that the reference orders the two and the policy is created only once the target is registered. A customized
 * metric is {@code CustomizedMetricSpecification} with either the metric's fields or {@code Metrics} (metric math),
 * {@code customized_metric_specification} with {@code dimensions} or {@code metrics} blocks for the provider. Step
 * bounds are numbers in CloudFormation and strings for the provider (its schema types
 * {@code metric_interval_lower_bound} as a string).
 */
public final class ScalingPolicyRendering extends Rendering<ScalingPolicy> {

    public ScalingPolicyRendering() {
        super(ScalingPolicy.class, cfn("AWS::ApplicationAutoScaling::ScalingPolicy", "ScalingPolicy")
                        .getAtt(Attr.ARN, "Arn"),
                tf("aws_appautoscaling_policy").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(ScalingPolicy r, Body p) {
        p.string("PolicyName", r.policyName())
                .string("PolicyType", r.policyType())
                .value("ScalingTargetId", r.scalableTarget().attr(Attr.ID));
        TargetTracking t = r.targetTracking();
        if (t != null) {
            p.object("TargetTrackingScalingPolicyConfiguration", c -> {
                if (t.customizedMetric() != null) {
                    c.object("CustomizedMetricSpecification", m -> cfnCustomized(t.customizedMetric(), m));
                }
                c.bool("DisableScaleIn", t.disableScaleIn());
                if (t.predefinedMetric() != null) {
                    c.object("PredefinedMetricSpecification", m -> m
                            .string("PredefinedMetricType", t.predefinedMetric())
                            .value("ResourceLabel", t.resourceLabel()));
                }
                c.number("TargetValue", t.targetValue())
                        .integer("ScaleInCooldown", t.scaleInCooldownSeconds())
                        .integer("ScaleOutCooldown", t.scaleOutCooldownSeconds());
            });
        }
        StepScaling s = r.stepScaling();
        if (s != null) {
            p.object("StepScalingPolicyConfiguration", c -> c
                    .string("AdjustmentType", s.adjustmentType())
                    .integer("Cooldown", s.cooldownSeconds())
                    .string("MetricAggregationType", s.metricAggregationType())
                    .integer("MinAdjustmentMagnitude", s.minAdjustmentMagnitude())
                    .objects("StepAdjustments", s.steps(), (a, step) -> a
                            .number("MetricIntervalLowerBound", step.lowerBound())
                            .number("MetricIntervalUpperBound", step.upperBound())
                            .integer("ScalingAdjustment", step.scalingAdjustment())));
        }
    }

    private static void cfnCustomized(CustomizedMetric c, Body m) {
        MetricStat single = c.metric();
        if (single != null) {
            m.objects("Dimensions", single.dimensions(), (d, dimension) -> d.string("Name", dimension.name())
                            .value("Value", dimension.value()))
                    .string("MetricName", single.metricName())
                    .string("Namespace", single.namespace())
                    .string("Statistic", single.statistic())
                    .string("Unit", single.unit());
        }
        m.objects("Metrics", c.queries(), (q, query) -> {
            q.string("Expression", query.expression()).string("Id", query.id()).string("Label", query.label());
            if (query.metric() != null) {
                MetricStat stat = query.metric();
                q.object("MetricStat", ms -> ms
                        .object("Metric", metric -> metric
                                .objects("Dimensions", stat.dimensions(), (d, dimension) -> d
                                        .string("Name", dimension.name()).value("Value", dimension.value()))
                                .string("MetricName", stat.metricName())
                                .string("Namespace", stat.namespace()))
                        .string("Stat", stat.statistic())
                        .string("Unit", stat.unit()));
            }
            q.bool("ReturnData", query.returnData());
        });
    }

    @Override
    protected void terraform(ScalingPolicy r, Body b) {
        b.string("name", r.policyName())
                .string("policy_type", r.policyType())
                .value("resource_id", r.scalableTarget().attr(Attr.SCALABLE_RESOURCE_ID))
                .value("scalable_dimension", r.scalableTarget().attr(Attr.SCALABLE_DIMENSION))
                .value("service_namespace", r.scalableTarget().attr(Attr.SERVICE_NAMESPACE));
        TargetTracking t = r.targetTracking();
        if (t != null) {
            b.object("target_tracking_scaling_policy_configuration", c -> {
                c.number("target_value", t.targetValue())
                        .bool("disable_scale_in", t.disableScaleIn())
                        .integer("scale_in_cooldown", t.scaleInCooldownSeconds())
                        .integer("scale_out_cooldown", t.scaleOutCooldownSeconds());
                if (t.predefinedMetric() != null) {
                    c.object("predefined_metric_specification", m -> m
                            .string("predefined_metric_type", t.predefinedMetric())
                            .value("resource_label", t.resourceLabel()));
                }
                if (t.customizedMetric() != null) {
                    c.object("customized_metric_specification", m -> tfCustomized(t.customizedMetric(), m));
                }
            });
        }
        StepScaling s = r.stepScaling();
        if (s != null) {
            b.object("step_scaling_policy_configuration", c -> c
                    .string("adjustment_type", s.adjustmentType())
                    .integer("cooldown", s.cooldownSeconds())
                    .string("metric_aggregation_type", s.metricAggregationType())
                    .integer("min_adjustment_magnitude", s.minAdjustmentMagnitude())
                    .objects("step_adjustment", s.steps(), (a, step) -> a
                            .string("metric_interval_lower_bound", decimal(step.lowerBound()))
                            .string("metric_interval_upper_bound", decimal(step.upperBound()))
                            .integer("scaling_adjustment", step.scalingAdjustment())));
        }
    }

    private static void tfCustomized(CustomizedMetric c, Body m) {
        MetricStat single = c.metric();
        if (single != null) {
            m.string("metric_name", single.metricName())
                    .string("namespace", single.namespace())
                    .string("statistic", single.statistic())
                    .string("unit", single.unit())
                    .objects("dimensions", single.dimensions(), (d, dimension) -> d.string("name", dimension.name())
                            .value("value", dimension.value()));
        }
        m.objects("metrics", c.queries(), (q, query) -> {
            q.string("id", query.id()).string("expression", query.expression()).string("label", query.label())
                    .bool("return_data", query.returnData());
            if (query.metric() != null) {
                MetricStat stat = query.metric();
                q.object("metric_stat", ms -> ms
                        .object("metric", metric -> metric
                                .string("metric_name", stat.metricName())
                                .string("namespace", stat.namespace())
                                .objects("dimensions", stat.dimensions(), (d, dimension) -> d
                                        .string("name", dimension.name()).value("value", dimension.value())))
                        .string("stat", stat.statistic())
                        .string("unit", stat.unit()));
            }
        });
    }

    /** A bound as the provider's string: whole numbers without a fraction. */
    static String decimal(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
                : String.valueOf(value);
    }

    @Override
    public List<Parity> parity() {
        String tt = "TargetTrackingScalingPolicyConfiguration/";
        String tf = "target_tracking_scaling_policy_configuration/";
        return List.of(Parity.value("name", "PolicyName", "name"),
                Parity.value("type", "PolicyType", "policy_type"),
                Parity.value("target", "ScalingTargetId", "resource_id"),
                Parity.value("metric", tt + "PredefinedMetricSpecification/PredefinedMetricType",
                        tf + "predefined_metric_specification/predefined_metric_type"),
                Parity.value("label", tt + "PredefinedMetricSpecification/ResourceLabel",
                        tf + "predefined_metric_specification/resource_label"),
                Parity.value("value", tt + "TargetValue", tf + "target_value"),
                Parity.value("scaleIn", tt + "DisableScaleIn", tf + "disable_scale_in"),
                Parity.value("customNamespace", tt + "CustomizedMetricSpecification/Namespace",
                        tf + "customized_metric_specification/namespace"),
                Parity.value("customName", tt + "CustomizedMetricSpecification/MetricName",
                        tf + "customized_metric_specification/metric_name"),
                Parity.sorted("queries", tt + "CustomizedMetricSpecification/Metrics/*/Id",
                        tf + "customized_metric_specification/metrics/*/id"),
                Parity.sorted("expressions", tt + "CustomizedMetricSpecification/Metrics/*/Expression",
                        tf + "customized_metric_specification/metrics/*/expression"),
                Parity.value("adjustmentType", "StepScalingPolicyConfiguration/AdjustmentType",
                        "step_scaling_policy_configuration/adjustment_type"),
                Parity.list("adjustments", "StepScalingPolicyConfiguration/StepAdjustments/*/ScalingAdjustment",
                        "step_scaling_policy_configuration/step_adjustment/*/scaling_adjustment"));
    }
}
