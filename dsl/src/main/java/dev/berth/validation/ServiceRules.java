package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.Deployment;
import dev.berth.service.Service;

import java.util.List;

/**
 * A service's count, deployment and exposure settings.
 *
 * <ul>
 *   <li>{@code DESIRED_COUNT}: the desired count is outside 0-5000 (the ECS limit of tasks per service).</li>
 *   <li>{@code DEPLOYMENT_PERCENT}: minimumHealthyPercent outside 0-100, maximumPercent outside 100-200, or the
 *       maximum not above the minimum (a rolling deployment could not replace any task).</li>
 *   <li>{@code GRACE_PERIOD_WITHOUT_LOAD_BALANCER}: a health check grace period on a service without load balancer
 *       (WARNING: it only delays load balancer health checks).</li>
 *   <li>{@code EXPOSURE_COUNT}: a service has more than one exposure.</li>
 * </ul>
 */
final class ServiceRules {

    private ServiceRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            String path = Paths.service(s);
            if (!Values.inRange(s.desiredCount(), 0, 5000)) {
                report.add(Rule.DESIRED_COUNT, path + ".desiredCount", "The desired count " + s.desiredCount()
                        + " is outside 0 to 5000, the tasks ECS runs per service.", "Set a count between 0 and 5000.");
            }
            Deployment d = s.deployment();
            if (!Values.inRange(d.minimumHealthyPercent(), 0, 100) || !Values.inRange(d.maximumPercent(), 100, 200)
                    || d.maximumPercent() <= d.minimumHealthyPercent()) {
                report.add(Rule.DEPLOYMENT_PERCENT, path + ".deployment", "The deployment keeps "
                                + d.minimumHealthyPercent() + "% to " + d.maximumPercent() + "% of the tasks; Berth"
                                + " requires minimumHealthyPercent 0-100, maximumPercent 100-200 and the maximum above"
                                + " the minimum, otherwise a rolling deployment cannot start a new task.",
                        "Use e.g. 100% and 200% (the default), or 50% and 100% to deploy without extra capacity.");
            }
            if (s.healthCheckGracePeriod().orElse(0) > 0 && !s.isLoadBalanced()) {
                report.add(Rule.GRACE_PERIOD_WITHOUT_LOAD_BALANCER, path + ".healthCheckGracePeriodSeconds", "The"
                                + " service sets a health check grace period but has no load balancer; ECS applies the"
                                + " grace period only to load balancer health checks.",
                        "Remove the grace period (use a container health check startPeriod instead), or expose the"
                                + " service.");
            }
            for (int i = 1; i < s.exposures().size(); i++) {
                report.add(Rule.EXPOSURE_COUNT, Paths.exposure(s, i), "The service is exposed "
                                + s.exposures().size() + " times; Berth supports one exposure (listener rule and"
                                + " target group) per service.",
                        "Combine the paths and hosts into one exposure, or split the service.");
            }
        }
        return report.diagnostics();
    }
}
