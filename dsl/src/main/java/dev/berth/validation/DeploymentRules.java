package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.loadbalancing.Exposure;
import dev.berth.service.Deployment;
import dev.berth.service.DeploymentStrategy;
import dev.berth.service.LifecycleHook;
import dev.berth.service.LifecycleStage;
import dev.berth.service.Service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A service's deployment strategy, traffic shifting, lifecycle hooks and rollback alarms.
 *
 * <ul>
 *   <li>{@code DEPLOYMENT_STRATEGY_TRAFFIC}: CANARY or LINEAR without an Application Load Balancer exposure or a
 *       Service Connect server ("to use a canary deployment with managed traffic shifting, your service must use
 *       Elastic Load Balancing or Service Connect"; Network Load Balancers do not support canary or linear: ECS
 *       Developer Guide, canary-deployment-implementation).</li>
 *   <li>{@code DEPLOYMENT_STRATEGY_FALLBACK} (WARNING): any of the blue/green family behind a Network Load Balancer
 *       (Berth shifts listener rules of Application Load Balancers only), on a weighted exposure (ECS owns the rule's
 *       weights during deployments), or on a service another service's weighted rule forwards to (that rule knows only
 *       the primary target group, which is empty while the alternate one is live): the plan deploys the service
 *       ROLLING.</li>
 *   <li>{@code DEPLOYMENT_TRAFFIC_SHIFT}: canary percent outside 0.1-100 or not a multiple of 0.1, linear step outside
 *       3-100 or not a multiple of 0.1, a bake time outside 0-1440 minutes (AWS::ECS::Service schema:
 *       CanaryConfiguration, LinearConfiguration, BakeTimeInMinutes).</li>
 *   <li>{@code DEPLOYMENT_HOOK}: a hook whose target is not a Lambda function ARN ("currently, only Lambda function
 *       ARNs are supported": DeploymentLifecycleHook.HookTargetArn), without stages, with a stage twice, or with a
 *       traffic-shift stage in a ROLLING deployment, which shifts no traffic.</li>
 *   <li>{@code DEPLOYMENT_ALARM}: a 5xx threshold below 1; an existing alarm name empty, over 255 characters or
 *       repeated.</li>
 *   <li>{@code DEPLOYMENT_ALARM_UNWATCHED} (WARNING): Berth's alarms on a service not exposed on an Application Load
 *       Balancer of the program (the alarms need the load balancer's and target group's CloudWatch dimensions): the
 *       plan creates none.</li>
 *   <li>{@code DEPLOYMENT_REQUEST_SCALING} (WARNING): requests-per-target scaling on a service of the blue/green
 *       family: the policy tracks the primary target group, which serves no traffic after every other deployment.</li>
 * </ul>
 */
final class DeploymentRules {

    private static final Pattern LAMBDA_ARN = Pattern.compile(
            "arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?");

    private DeploymentRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            String path = Paths.service(s) + ".deployment";
            Deployment d = s.deployment();
            strategy(app, s, d, path, report);
            ranges(d, path, report);
            hooks(d, path, report);
            alarms(app, s, d, path, report);
            if (d.strategy().shiftsTraffic() && s.autoScaling().isEnabled() && s.autoScaling().requestsPerTarget() > 0) {
                report.add(Rule.DEPLOYMENT_REQUEST_SCALING, Paths.service(s) + ".autoScaling.requestsPerTarget",
                        "The service scales on ALBRequestCountPerTarget of its target group, but a " + d.strategy()
                                + " deployment moves production traffic to the alternate target group, so after every"
                                + " other deployment the policy reads a group without traffic.",
                        "Use CPU or memory targets instead, or the ROLLING strategy.");
            }
        }
        return report.diagnostics();
    }

    private static void strategy(Application app, Service s, Deployment d, String path, Report report) {
        DeploymentStrategy strategy = d.strategy();
        if (!strategy.shiftsTraffic()) {
            return;
        }
        boolean serviceConnect = s.serviceConnect().enabled() && !s.serviceConnect().servers().isEmpty();
        // requests-per-target scaling without a load balancer is SCALING_REQUESTS_NEEDS_LOAD_BALANCER already: one
        // missing load balancer, one error
        boolean requests = s.autoScaling().isEnabled() && s.autoScaling().requestsPerTarget() > 0;
        if (!s.isLoadBalanced()) {
            if (strategy != DeploymentStrategy.BLUE_GREEN && !serviceConnect && !requests) {
                report.add(Rule.DEPLOYMENT_STRATEGY_TRAFFIC, path + ".strategy", "A " + strategy + " deployment"
                                + " shifts traffic step by step, which ECS does only through Elastic Load Balancing or"
                                + " Service Connect; the service has neither.",
                        "Expose the service on an Application Load Balancer, make it a Service Connect server, or use"
                                + " BLUE_GREEN or ROLLING.");
            }
            return;
        }
        Exposure e = s.exposures().get(0);
        if (app.networkLoadBalancers().stream().anyMatch(n -> n.name().equals(e.loadBalancer()))) {
            report.add(Rule.DEPLOYMENT_STRATEGY_FALLBACK, path + ".strategy", "The service is exposed on Network"
                            + " Load Balancer " + Values.quoted(e.loadBalancer()) + "; ECS does not run CANARY or LINEAR"
                            + " deployments behind one, and Berth shifts BLUE_GREEN traffic only through Application Load"
                            + " Balancer listener rules, so the service deploys ROLLING.",
                    "Use ROLLING behind a Network Load Balancer, or expose the service on an Application Load"
                            + " Balancer.");
        } else if (weightedTarget(app, s)) {
            report.add(Rule.DEPLOYMENT_STRATEGY_FALLBACK, path + ".strategy", "Another service's listener rule"
                            + " forwards a share of its traffic to this service's target group, which a " + strategy
                            + " deployment empties whenever the alternate group is live, so the service deploys"
                            + " ROLLING.",
                    "Remove the weighted target on the other service, or use ROLLING.");
        } else if (e.isWeighted()) {
            report.add(Rule.DEPLOYMENT_STRATEGY_FALLBACK, path + ".strategy", "The service's listener rule forwards"
                            + " by weight to other services' target groups, but a " + strategy + " deployment lets ECS"
                            + " rewrite the rule's weights between the service's own two target groups, so the service"
                            + " deploys ROLLING.",
                    "Remove the weighted targets, or use ROLLING.");
        }
    }

    /** Whether another service's weighted rule forwards to this service's target group. */
    private static boolean weightedTarget(Application app, Service s) {
        return app.services().stream().flatMap(o -> o.exposures().stream())
                .anyMatch(o -> o.weightedTargets().containsKey(s.name()));
    }

    private static void ranges(Deployment d, String path, Report report) {
        if (d.bakeTimeMinutes() != Deployment.NOT_SET && !Values.inRange(d.bakeTimeMinutes(), 0, 1440)) {
            report.add(Rule.DEPLOYMENT_TRAFFIC_SHIFT, path + ".bakeTimeMinutes", "The bake time "
                    + d.bakeTimeMinutes() + " is outside 0 to 1440 minutes.", "Set 0 to 1440 minutes.");
        }
        if (d.strategy() == DeploymentStrategy.CANARY) {
            if (!percent(d.canaryPercent(), 0.1)) {
                report.add(Rule.DEPLOYMENT_TRAFFIC_SHIFT, path + ".canaryPercent", "The canary percent "
                                + d.canaryPercent() + " is outside 0.1 to 100 or not a multiple of 0.1.",
                        "Use e.g. 10 (the default) or 5.5.");
            }
            if (!Values.inRange(d.canaryBakeTimeMinutes(), 0, 1440)) {
                report.add(Rule.DEPLOYMENT_TRAFFIC_SHIFT, path + ".canaryBakeTimeMinutes", "The canary bake time "
                        + d.canaryBakeTimeMinutes() + " is outside 0 to 1440 minutes.", "Set 0 to 1440 minutes.");
            }
        }
        if (d.strategy() == DeploymentStrategy.LINEAR) {
            if (!percent(d.linearStepPercent(), 3)) {
                report.add(Rule.DEPLOYMENT_TRAFFIC_SHIFT, path + ".linearStepPercent", "The linear step "
                                + d.linearStepPercent() + "% is outside 3 to 100 or not a multiple of 0.1.",
                        "Use e.g. 20 (the default) or 12.5.");
            }
            if (!Values.inRange(d.linearStepBakeTimeMinutes(), 0, 1440)) {
                report.add(Rule.DEPLOYMENT_TRAFFIC_SHIFT, path + ".linearStepBakeTimeMinutes", "The step bake time "
                        + d.linearStepBakeTimeMinutes() + " is outside 0 to 1440 minutes.", "Set 0 to 1440 minutes.");
            }
        }
    }

    /** In {@code [min, 100]} and a multiple of 0.1 (the schemas' multipleOf). */
    private static boolean percent(double value, double min) {
        double tenths = value * 10;
        return value >= min && value <= 100 && Math.abs(tenths - Math.rint(tenths)) < 1e-6;
    }

    private static void hooks(Deployment d, String path, Report report) {
        for (int i = 0; i < d.lifecycleHooks().size(); i++) {
            LifecycleHook hook = d.lifecycleHooks().get(i);
            String hookPath = Paths.indexed(path, "lifecycleHooks", i);
            if (!Values.matchesOrToken(LAMBDA_ARN, hook.functionArn())) {
                report.add(Rule.DEPLOYMENT_HOOK, hookPath + ".functionArn", "The hook's target "
                                + Values.quoted(hook.functionArn()) + " is not a Lambda function ARN; ECS invokes only"
                                + " Lambda functions as deployment hooks.",
                        "Give the function's ARN, arn:aws:lambda:<region>:<account>:function:<name>.");
            }
            Set<LifecycleStage> seen = EnumSet.noneOf(LifecycleStage.class);
            if (hook.stages().isEmpty()) {
                report.add(Rule.DEPLOYMENT_HOOK, hookPath + ".stages", "The hook runs at no stage.",
                        "Name at least one stage, e.g. LifecycleStage.POST_TEST_TRAFFIC_SHIFT.");
            }
            for (LifecycleStage stage : hook.stages()) {
                if (!seen.add(stage)) {
                    report.add(Rule.DEPLOYMENT_HOOK, hookPath + ".stages", "The hook names stage " + stage
                            + " twice.", "Name each stage once.");
                } else if (stage.shiftsTraffic() && !d.strategy().shiftsTraffic()) {
                    report.add(Rule.DEPLOYMENT_HOOK, hookPath + ".stages", "Stage " + stage + " happens only in"
                                    + " deployments that shift traffic, not in a ROLLING one.",
                            "Use PRE_SCALE_UP, POST_SCALE_UP or RECONCILE_SERVICE, or a BLUE_GREEN, CANARY or LINEAR"
                                    + " strategy.");
                }
            }
        }
    }

    private static void alarms(Application app, Service s, Deployment d, String path, Report report) {
        if (d.rollbackOnTarget5xx() != Deployment.NOT_SET && d.rollbackOnTarget5xx() < 1) {
            report.add(Rule.DEPLOYMENT_ALARM, path + ".rollbackOnTarget5xx", "The 5xx threshold "
                    + d.rollbackOnTarget5xx() + " is below 1.", "Give a count of 1 or more per minute, e.g. 10.");
        }
        if (d.createsAlarms()) {
            boolean ownLoadBalancer = s.isLoadBalanced() && app.loadBalancers().stream()
                    .anyMatch(lb -> lb.name().equals(s.exposures().get(0).loadBalancer()));
            if (!ownLoadBalancer) {
                report.add(Rule.DEPLOYMENT_ALARM_UNWATCHED, path, "Berth's rollback alarms watch the service's target groups"
                                + " on a load balancer of the program (their CloudWatch dimensions name both), but the"
                                + " service is not exposed on an Application Load Balancer of the program, so Berth"
                                + " creates none.",
                        "Expose the service on a load balancer of the program, or name existing alarms with"
                                + " rollbackOnAlarm(...).");
            }
        }
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < d.rollbackAlarmNames().size(); i++) {
            String name = d.rollbackAlarmNames().get(i);
            if (name.isEmpty() || name.length() > 255 || !names.add(name)) {
                report.add(Rule.DEPLOYMENT_ALARM, Paths.indexed(path, "rollbackAlarmNames", i), "The alarm name "
                                + Values.quoted(name) + " is empty, longer than 255 characters or repeated.",
                        "Name each existing CloudWatch alarm once, by its name.");
            }
        }
    }
}
