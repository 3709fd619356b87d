package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.scaling.ScalingResources.ScalableTarget;
import dev.berth.synth.plan.scaling.ScalingResources.ScalingPolicy;

import static dev.berth.synth.terraform.TfValues.interpolate;
import static dev.berth.synth.terraform.TfValues.text;

/** Bodies of the Application Auto Scaling resources. */
final class ScalingEmitter {

    private final TfValues values;

    ScalingEmitter(TfValues values) {
        this.values = values;
    }

    ObjectNode scalableTarget(ScalableTarget r) {
        ObjectNode body = Json.object();
        body.put("max_capacity", r.maxCapacity());
        body.put("min_capacity", r.minCapacity());
        body.put("resource_id", values.render(r.resourceId()));
        body.put("scalable_dimension", r.scalableDimension());
        body.put("service_namespace", r.serviceNamespace());
        return body;
    }

    /**
     * The policy names its target by reading the target's attributes, as the provider documents: the reference
     * orders the two, so the policy is created only once the target is registered.
     */
    ObjectNode scalingPolicy(ScalingPolicy r) {
        String target = TerraformRenderer.address(r.scalableTarget());
        ObjectNode body = Json.object();
        body.put("name", text(r.policyName()));
        body.put("policy_type", "TargetTrackingScaling");
        body.put("resource_id", interpolate(target + ".resource_id"));
        body.put("scalable_dimension", interpolate(target + ".scalable_dimension"));
        body.put("service_namespace", interpolate(target + ".service_namespace"));
        ObjectNode tracking = body.putObject("target_tracking_scaling_policy_configuration");
        tracking.put("target_value", r.targetValue());
        tracking.put("scale_in_cooldown", r.scaleInCooldownSeconds());
        tracking.put("scale_out_cooldown", r.scaleOutCooldownSeconds());
        ObjectNode metric = tracking.putObject("predefined_metric_specification");
        metric.put("predefined_metric_type", r.predefinedMetric());
        r.resourceLabel().ifPresent(label -> metric.put("resource_label", values.render(label)));
        return body;
    }
}
