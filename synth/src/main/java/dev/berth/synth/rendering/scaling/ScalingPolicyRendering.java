package dev.berth.synth.rendering.scaling;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.scaling.ScalingResources.ScalingPolicy;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::ApplicationAutoScaling::ScalingPolicy / aws_appautoscaling_policy. CloudFormation names the target by ID;
 * the provider repeats the target's resource ID, dimension and namespace, read from the target as it documents, so
 * that the reference orders the two and the policy is created only once the target is registered.
 */
public final class ScalingPolicyRendering extends Rendering<ScalingPolicy> {

    public ScalingPolicyRendering() {
        super(ScalingPolicy.class, cfn("AWS::ApplicationAutoScaling::ScalingPolicy", "ScalingPolicy"),
                tf("aws_appautoscaling_policy"));
    }

    @Override
    protected void cloudFormation(ScalingPolicy r, Body p) {
        p.string("PolicyName", r.policyName())
                .string("PolicyType", r.policyType())
                .value("ScalingTargetId", r.scalableTarget().attr(Attr.ID))
                .object("TargetTrackingScalingPolicyConfiguration", c -> c
                        .object("PredefinedMetricSpecification", m -> m
                                .string("PredefinedMetricType", r.predefinedMetric())
                                .value("ResourceLabel", r.resourceLabel()))
                        .number("TargetValue", r.targetValue())
                        .integer("ScaleInCooldown", r.scaleInCooldownSeconds())
                        .integer("ScaleOutCooldown", r.scaleOutCooldownSeconds()));
    }

    @Override
    protected void terraform(ScalingPolicy r, Body b) {
        b.string("name", r.policyName())
                .string("policy_type", r.policyType())
                .value("resource_id", r.scalableTarget().attr(Attr.SCALABLE_RESOURCE_ID))
                .value("scalable_dimension", r.scalableTarget().attr(Attr.SCALABLE_DIMENSION))
                .value("service_namespace", r.scalableTarget().attr(Attr.SERVICE_NAMESPACE))
                .object("target_tracking_scaling_policy_configuration", c -> c
                        .number("target_value", r.targetValue())
                        .integer("scale_in_cooldown", r.scaleInCooldownSeconds())
                        .integer("scale_out_cooldown", r.scaleOutCooldownSeconds())
                        .object("predefined_metric_specification", m -> m
                                .string("predefined_metric_type", r.predefinedMetric())
                                .value("resource_label", r.resourceLabel())));
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "PolicyName", "name"),
                Parity.value("type", "PolicyType", "policy_type"),
                Parity.value("target", "ScalingTargetId", "resource_id"),
                Parity.value("metric", "TargetTrackingScalingPolicyConfiguration/PredefinedMetricSpecification/"
                        + "PredefinedMetricType", "target_tracking_scaling_policy_configuration/"
                        + "predefined_metric_specification/predefined_metric_type"),
                Parity.value("label", "TargetTrackingScalingPolicyConfiguration/PredefinedMetricSpecification/"
                        + "ResourceLabel", "target_tracking_scaling_policy_configuration/"
                        + "predefined_metric_specification/resource_label"),
                Parity.value("value", "TargetTrackingScalingPolicyConfiguration/TargetValue",
                        "target_tracking_scaling_policy_configuration/target_value"));
    }
}
