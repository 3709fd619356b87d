package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.scaling.ScalingResources.ScalableTarget;
import dev.berth.synth.plan.scaling.ScalingResources.ScalingPolicy;

/** Properties of the Application Auto Scaling resources. */
final class ScalingEmitter {

    private ScalingEmitter() {
    }

    /** No RoleARN: Application Auto Scaling then uses (and creates if need be) its service-linked role. */
    static ObjectNode scalableTarget(ScalableTarget r) {
        return new Props()
                .integer("MaxCapacity", r.maxCapacity())
                .integer("MinCapacity", r.minCapacity())
                .value("ResourceId", r.resourceId())
                .string("ScalableDimension", r.scalableDimension())
                .string("ServiceNamespace", r.serviceNamespace())
                .build();
    }

    static ObjectNode scalingPolicy(ScalingPolicy r) {
        ObjectNode metric = new Props()
                .string("PredefinedMetricType", r.predefinedMetric())
                .value("ResourceLabel", r.resourceLabel())
                .build();
        ObjectNode configuration = new Props()
                .json("PredefinedMetricSpecification", metric)
                .number("TargetValue", r.targetValue())
                .integer("ScaleInCooldown", r.scaleInCooldownSeconds())
                .integer("ScaleOutCooldown", r.scaleOutCooldownSeconds())
                .build();
        return new Props()
                .string("PolicyName", r.policyName())
                .string("PolicyType", "TargetTrackingScaling")
                .value("ScalingTargetId", r.scalableTarget().attr(Attr.ID))
                .json("TargetTrackingScalingPolicyConfiguration", configuration)
                .build();
    }
}
