package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.scaling.AutoScaling;
import dev.berth.service.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Service auto scaling (Application Auto Scaling of the desired count with target tracking).
 *
 * <ul>
 *   <li>{@code SCALING_BOUNDS}: negative capacities, minCapacity above maxCapacity, or maxCapacity above 5000.</li>
 *   <li>{@code SCALING_NO_POLICY}: scaling is enabled (maxCapacity above 0) without a cpu, memory or requests
 *       target, a policy or a schedule.</li>
 *   <li>{@code SCALING_NOT_ENABLED}: targets are set but maxCapacity is 0, so nothing scales (WARNING).</li>
 *   <li>{@code SCALING_TARGET}: a cpu or memory target outside 1-100 percent, or a negative requests target.</li>
 *   <li>{@code SCALING_COOLDOWN}: a negative scale-in or scale-out cooldown.</li>
 *   <li>{@code SCALING_REQUESTS_NEEDS_LOAD_BALANCER}: a requests-per-target target on a service not exposed on an
 *       Application Load Balancer of the program (none, a Network Load Balancer or an existing listener), or without
 *       exposure (ALBRequestCountPerTarget needs a target group).</li>
 *   <li>{@code DESIRED_COUNT_OUTSIDE_SCALING_BOUNDS}: the desired count is outside minCapacity-maxCapacity
 *       (WARNING: Application Auto Scaling moves it into the bounds at once).</li>
 * </ul>
 */
final class ScalingRules {

    private ScalingRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            AutoScaling a = s.autoScaling();
            String path = Paths.service(s) + ".autoScaling";
            boolean anyTarget = a.cpuTargetPercent() != 0 || a.memoryTargetPercent() != 0 || a.requestsPerTarget() != 0
                    || !a.policies().isEmpty() || !a.schedules().isEmpty();
            boolean boundsOk = a.minCapacity() >= 0 && a.maxCapacity() >= 0 && a.maxCapacity() <= 5000
                    && (!a.isEnabled() || a.minCapacity() <= a.maxCapacity());
            if (!boundsOk) {
                report.add(Rule.SCALING_BOUNDS, path, "The scaling capacities (min " + a.minCapacity() + ", max "
                                + a.maxCapacity() + ") are not valid: both must be 0 or more, minCapacity at most"
                                + " maxCapacity, and maxCapacity at most 5000 tasks (the ECS limit per service).",
                        "Set 0 <= minCapacity <= maxCapacity <= 5000.");
            }
            if (a.isEnabled() && !anyTarget) {
                report.add(Rule.SCALING_NO_POLICY, path, "Auto scaling is enabled (maxCapacity " + a.maxCapacity()
                                + ") but has no target, so it would never scale.",
                        "Add cpuTargetPercent, memoryTargetPercent, requestsPerTarget, a policy(...), a queueBacklog(...)"
                                + " or a schedule(...), or remove the auto scaling.");
            }
            if (!a.isEnabled() && anyTarget) {
                report.add(Rule.SCALING_NOT_ENABLED, path, "Scaling targets are set but maxCapacity is 0, which"
                                + " means no auto scaling: the targets are ignored.",
                        "Set maxCapacity (e.g. a.maxCapacity(10)), or remove the targets.");
            }
            List<String> targets = new ArrayList<>();
            if (a.cpuTargetPercent() != 0 && !Values.inRange(a.cpuTargetPercent(), 1, 100)) {
                targets.add("cpuTargetPercent " + a.cpuTargetPercent() + " (valid 1-100)");
            }
            if (a.memoryTargetPercent() != 0 && !Values.inRange(a.memoryTargetPercent(), 1, 100)) {
                targets.add("memoryTargetPercent " + a.memoryTargetPercent() + " (valid 1-100)");
            }
            if (a.requestsPerTarget() < 0) {
                targets.add("requestsPerTarget " + a.requestsPerTarget() + " (must be positive)");
            }
            if (!targets.isEmpty()) {
                report.add(Rule.SCALING_TARGET, path, "The scaling " + String.join(", ", targets) + " is out of"
                        + " range for a target-tracking policy.", "Set the targets within the ranges given.");
            }
            if (a.scaleInCooldownSeconds() < 0 || a.scaleOutCooldownSeconds() < 0) {
                report.add(Rule.SCALING_COOLDOWN, path, "A scaling cooldown is negative (in "
                                + a.scaleInCooldownSeconds() + ", out " + a.scaleOutCooldownSeconds() + " seconds).",
                        "Use 0 or more seconds (defaults 300 in, 60 out).");
            }
            if (a.requestsPerTarget() > 0 && !s.isLoadBalanced()) {
                report.add(Rule.SCALING_REQUESTS_NEEDS_LOAD_BALANCER, path, "The service scales on requests per"
                                + " target but is not exposed on a load balancer; ALBRequestCountPerTarget needs the"
                                + " service's target group.",
                        "Expose the service, or scale on cpuTargetPercent or memoryTargetPercent instead.");
            } else if (a.requestsPerTarget() > 0 && (app.networkLoadBalancers().stream()
                    .anyMatch(lb -> lb.name().equals(s.exposures().get(0).loadBalancer()))
                    || app.existingListeners().stream()
                    .anyMatch(l -> l.name().equals(s.exposures().get(0).loadBalancer())))) {
                // An unknown name is UNKNOWN_LOAD_BALANCER's.
                // The metric's dimension names the load balancer (app/<name>/<id>): Berth reads it from a load
                // balancer it creates; a Network Load Balancer has no request count per target.
                report.add(Rule.SCALING_REQUESTS_NEEDS_LOAD_BALANCER, path, "The service scales on requests per"
                                + " target but is exposed on " + Values.quoted(s.exposures().get(0).loadBalancer())
                                + ", not an Application Load Balancer of the program; ALBRequestCountPerTarget"
                                + " needs one (a Network Load Balancer has no request count, and the dimension of an"
                                + " existing listener's load balancer is not known to Berth).",
                        "Use cpuTargetPercent or memoryTargetPercent instead.");
            }
            if (a.isEnabled() && boundsOk && (s.desiredCount() < a.minCapacity()
                    || s.desiredCount() > a.maxCapacity())) {
                report.add(Rule.DESIRED_COUNT_OUTSIDE_SCALING_BOUNDS, Paths.service(s) + ".desiredCount", "The desired"
                                + " count " + s.desiredCount() + " is outside the scaling bounds " + a.minCapacity()
                                + "-" + a.maxCapacity() + "; Application Auto Scaling moves it into the bounds as soon"
                                + " as the service is registered.",
                        "Set desiredCount between minCapacity and maxCapacity.");
            }
        }
        return report.diagnostics();
    }
}
