package dev.berth.synth.planning.scaling;

import dev.berth.scaling.AutoScaling;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.scaling.ScalingResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.loadbalancing.ExposurePlanner.PlannedExposure;

import java.util.Optional;

/** Plans service auto scaling: the desired count as a scalable target, and one target-tracking policy per metric. */
public final class ScalingPlanner {

    private ScalingPlanner() {
    }

    public static void plan(Service service, ResourceId cluster, ResourceId ecsService,
                            Optional<PlannedExposure> exposure, PlanBuilder plan) {
        AutoScaling scaling = service.autoScaling();
        if (!scaling.isEnabled()) {
            return;
        }
        ResourceId target = ResourceId.of(ScalingResources.ScalableTarget.class, service.name());
        plan.add(new ScalingResources.ScalableTarget(target,
                Value.concat("service/", cluster.attr(Attr.NAME), "/", ecsService.attr(Attr.NAME)),
                "ecs:service:DesiredCount", "ecs", scaling.minCapacity(), scaling.maxCapacity()));
        if (scaling.cpuTargetPercent() > 0) {
            policy(service, target, "cpu", "ECSServiceAverageCPUUtilization", scaling.cpuTargetPercent(),
                    null, plan);
        }
        if (scaling.memoryTargetPercent() > 0) {
            policy(service, target, "memory", "ECSServiceAverageMemoryUtilization", scaling.memoryTargetPercent(),
                    null, plan);
        }
        if (scaling.requestsPerTarget() > 0 && exposure.isPresent()) {
            // The metric's dimension: app/<lb>/<id>/targetgroup/<tg>/<id>.
            Value label = Value.concat(exposure.get().loadBalancer().attr(Attr.FULL_NAME), "/",
                    exposure.get().targetGroup().attr(Attr.FULL_NAME));
            policy(service, target, "requests", "ALBRequestCountPerTarget", scaling.requestsPerTarget(),
                    label, plan);
        }
    }

    private static void policy(Service service, ResourceId target, String metric, String predefined, int value,
                               Value label, PlanBuilder plan) {
        AutoScaling scaling = service.autoScaling();
        plan.add(new ScalingResources.ScalingPolicy(ResourceId.of(ScalingResources.ScalingPolicy.class, service.name(), metric),
                plan.applicationName() + "-" + service.name() + "-" + metric, "TargetTrackingScaling", target, predefined,
                value,
                scaling.scaleInCooldownSeconds(), scaling.scaleOutCooldownSeconds(), label));
    }
}
