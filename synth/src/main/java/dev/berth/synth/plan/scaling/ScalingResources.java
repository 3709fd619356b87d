package dev.berth.synth.plan.scaling;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;


/** The planned Application Auto Scaling resources of a service. */
public final class ScalingResources {

    private ScalingResources() {
    }

    /**
     * The service's desired count as a scalable target. Uses the Application Auto Scaling service-linked role.
     *
     * @param resourceId {@code service/<cluster name>/<service name>}
     */
    public record ScalableTarget(ResourceId id, Value resourceId, String scalableDimension, String serviceNamespace,
                                 int minCapacity, int maxCapacity) implements PlannedResource {
    }

    /**
     * A target-tracking policy on a scalable target.
     *
     * @param policyType       {@code TargetTrackingScaling}
     * @param predefinedMetric e.g. {@code ECSServiceAverageCPUUtilization}
     * @param resourceLabel    for ALBRequestCountPerTarget: {@code <lb full name>/<target group full name>}; else null
     */
    public record ScalingPolicy(ResourceId id, String policyName, String policyType, ResourceId scalableTarget,
                                String predefinedMetric, double targetValue, int scaleInCooldownSeconds,
                                int scaleOutCooldownSeconds, Value resourceLabel)
            implements PlannedResource {
    }
}
