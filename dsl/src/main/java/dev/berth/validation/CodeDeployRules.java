package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.service.AppSpecEvent;
import dev.berth.service.AppSpecHook;
import dev.berth.service.CodeDeploy;
import dev.berth.service.Deployment;
import dev.berth.service.DeploymentController;
import dev.berth.service.DeploymentStrategy;
import dev.berth.service.Service;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CodeDeploy blue/green deployments (deployment controller CODE_DEPLOY).
 *
 * <ul>
 *   <li>{@code CODE_DEPLOY_TRAFFIC}: the service is not load-balanced: CodeDeploy's ECS deployment group needs a
 *       production listener and a pair of target groups.</li>
 *   <li>{@code CODE_DEPLOY_FALLBACK} (WARNING): the service is exposed on a Network Load Balancer or an existing
 *       listener (CodeDeploy supports Network Load Balancers too, but Berth builds the pair and the test listener on
 *       its own Application Load Balancers only), or by weight (CodeDeploy would rewrite the rule to one group): the
 *       plan deploys the service with the ECS controller, ROLLING.</li>
 *   <li>{@code CODE_DEPLOY_CONFLICT}: CODE_DEPLOY with ECS-native settings (a strategy other than ROLLING, a bake
 *       time, ECS lifecycle hooks), with Service Connect (not supported with the blue/green deployment type: ECS
 *       Developer Guide, "Service Connect considerations") or with forceNewDeployment (UpdateService cannot redeploy
 *       a CODE_DEPLOY service: a new revision is a CodeDeploy deployment).</li>
 *   <li>{@code CODE_DEPLOY_SETTINGS}: termination wait or ready wait outside 0 to 2880 minutes (CodeDeploy
 *       BlueInstanceTerminationOption: "the maximum setting is 2880 minutes"), a test listener port outside 1 to
 *       65535 or one the load balancer listens on already, a test-traffic CIDR that is not an IPv4 CIDR block or
 *       given without a test listener, more than 10 rollback alarms (CodeDeploy AlarmConfiguration). (A test
 *       listener admitting the VPC's CIDR in an existing VPC without one is EXISTING_VPC_CIDR_REQUIRED.)</li>
 *   <li>{@code CODE_DEPLOY_HOOK}: an AppSpec hook naming no Lambda function (empty, or neither a function name nor a
 *       Lambda function ARN), or two hooks at one event (the AppSpec file holds one function per event).</li>
 * </ul>
 */
final class CodeDeployRules {

    /** A function name (1 to 64 characters) or a function ARN, optionally with a version or alias. */
    private static final Pattern FUNCTION = Pattern.compile("[A-Za-z0-9_-]{1,64}|"
            + "arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?");
    private static final int MAX_WAIT = 2880;
    /** AlarmConfiguration.alarms: "You can add up to 10 alarms" (CodeDeploy API, AlarmConfiguration). */
    private static final int MAX_ALARMS = 10;

    private CodeDeployRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            Deployment d = s.deployment();
            if (d.controller() != DeploymentController.CODE_DEPLOY) {
                continue;
            }
            String path = Paths.service(s) + ".deployment";
            traffic(app, s, path, report);
            conflicts(s, d, path, report);
            settings(app, s, d.codeDeploy(), path + ".codeDeploy", report);
            hooks(d.codeDeploy(), path + ".codeDeploy", report);
            alarmCount(d, path, report);
        }
        return report.diagnostics();
    }

    /** The Application Load Balancer of the program the service is exposed on, if any. */
    static Optional<LoadBalancer> loadBalancer(Application app, Service s) {
        if (!s.isLoadBalanced()) {
            return Optional.empty();
        }
        String name = s.exposures().get(0).loadBalancer();
        return app.loadBalancers().stream().filter(lb -> lb.name().equals(name)).findFirst();
    }

    /**
     * Whether the service's CodeDeploy test listener admits the VPC's CIDR block (no ranges of its own, none of its
     * load balancer): in an existing VPC that needs the VPC's CIDR (EXISTING_VPC_CIDR_REQUIRED, NetworkRules).
     */
    static boolean testListenerAdmitsVpc(Application app, Service s) {
        CodeDeploy c = s.deployment().codeDeploy();
        return deploysWithCodeDeploy(app, s) && c.testListenerPort() != Deployment.NOT_SET
                && c.testTrafficCidrs().isEmpty() && loadBalancer(app, s).get().allowedCidrs().isEmpty();
    }

    /** Whether the plan deploys a CODE_DEPLOY service with CodeDeploy (else it falls back to the ECS controller). */
    static boolean deploysWithCodeDeploy(Application app, Service s) {
        if (s.deployment().controller() != DeploymentController.CODE_DEPLOY || loadBalancer(app, s).isEmpty()) {
            return false;
        }
        return !s.exposures().get(0).isWeighted() && app.services().stream().flatMap(o -> o.exposures().stream())
                .noneMatch(o -> o.weightedTargets().containsKey(s.name()));
    }

    private static void traffic(Application app, Service s, String path, Report report) {
        // requests-per-target scaling without a load balancer is SCALING_REQUESTS_NEEDS_LOAD_BALANCER already: one
        // missing load balancer, one error
        boolean requests = s.autoScaling().isEnabled() && s.autoScaling().requestsPerTarget() > 0;
        if (!s.isLoadBalanced() && !requests) {
            report.add(Rule.CODE_DEPLOY_TRAFFIC, path + ".controller", "A CODE_DEPLOY deployment moves traffic"
                            + " between two target groups behind a production listener, but the service is not exposed"
                            + " on a load balancer.",
                    "Expose the service on an Application Load Balancer of the program (s.expose(\"web\", ...)), or"
                            + " use the ECS controller.");
            return;
        }
        if (!s.isLoadBalanced()) {
            return;
        }
        String name = s.exposures().get(0).loadBalancer();
        boolean declared = app.loadBalancers().stream().anyMatch(lb -> lb.name().equals(name))
                || app.networkLoadBalancers().stream().anyMatch(lb -> lb.name().equals(name))
                || app.existingListeners().stream().anyMatch(l -> l.name().equals(name));
        if (!declared || deploysWithCodeDeploy(app, s)) {
            return; // an undeclared load balancer is UNKNOWN_LOAD_BALANCER: one mistake, one error
        }
        report.add(Rule.CODE_DEPLOY_FALLBACK, path + ".controller", "The service is exposed on "
                        + Values.quoted(name) + ", which is not an Application Load Balancer of the program, or its"
                        + " rule forwards by weight (or another service's rule forwards to it by weight): Berth builds"
                        + " CodeDeploy's target group pair and test listener on its own Application Load Balancers, and"
                        + " CodeDeploy would drop the weighted targets. The service is deployed by ECS (ROLLING).",
                "Expose the service on an Application Load Balancer of the program without weights, or use the ECS"
                        + " controller.");
    }

    private static void conflicts(Service s, Deployment d, String path, Report report) {
        if (d.strategy() != DeploymentStrategy.ROLLING || d.bakeTimeMinutes() != Deployment.NOT_SET
                || !d.lifecycleHooks().isEmpty()) {
            report.add(Rule.CODE_DEPLOY_CONFLICT, path + ".strategy", "The deployment is CODE_DEPLOY but also sets"
                            + " ECS-native deployment settings (strategy " + d.strategy() + ", bake time or ECS"
                            + " lifecycle hooks), which only the ECS controller runs.",
                    "Choose the traffic shifting with codeDeploy(c -> c.config(...)) and hooks with"
                            + " codeDeploy(c -> c.hook(...)), or use the ECS controller.");
        }
        if (s.serviceConnect().enabled()) {
            report.add(Rule.CODE_DEPLOY_CONFLICT, Paths.service(s) + ".serviceConnect", "Service Connect is not"
                            + " supported with the CodeDeploy blue/green deployment type.",
                    "Turn Service Connect off for this service, or use the ECS controller (its BLUE_GREEN strategy"
                            + " supports Service Connect).");
        }
        if (d.forceNewDeployment()) {
            report.add(Rule.CODE_DEPLOY_CONFLICT, path + ".forceNewDeployment", "ECS cannot force a new deployment"
                            + " of a CODE_DEPLOY service: a new revision is a CodeDeploy deployment.",
                    "Remove forceNewDeployment and deploy with aws deploy create-deployment (docs/deployments.md).");
        }
    }

    private static void settings(Application app, Service s, CodeDeploy c, String path, Report report) {
        if (!Values.inRange(c.terminationWaitMinutes(), 0, MAX_WAIT)) {
            report.add(Rule.CODE_DEPLOY_SETTINGS, path + ".terminationWaitMinutes", "The termination wait "
                    + c.terminationWaitMinutes() + " is outside 0 to 2880 minutes.", "Set 0 to 2880 minutes.");
        }
        if (!Values.inRange(c.readyWaitMinutes(), 0, MAX_WAIT)) {
            report.add(Rule.CODE_DEPLOY_SETTINGS, path + ".readyWaitMinutes", "The ready wait "
                    + c.readyWaitMinutes() + " is outside 0 to 2880 minutes.", "Set 0 to 2880 minutes.");
        }
        int port = c.testListenerPort();
        if (port != Deployment.NOT_SET) {
            Optional<LoadBalancer> lb = loadBalancer(app, s);
            if (!Values.inRange(port, 1, 65535)) {
                report.add(Rule.CODE_DEPLOY_SETTINGS, path + ".testListenerPort", "The test listener port " + port
                        + " is outside 1 to 65535.", "Use a free port such as 8443 or 9000.");
            } else if (lb.isPresent() && (port == lb.get().httpPort()
                    || lb.get().hasHttps() && port == lb.get().httpsPort())) {
                report.add(Rule.CODE_DEPLOY_SETTINGS, path + ".testListenerPort", "The load balancer "
                                + Values.quoted(lb.get().name()) + " listens on port " + port + " already.",
                        "Use a free port such as 8443 or 9000.");
            }
        } else if (!c.testTrafficCidrs().isEmpty()) {
            report.add(Rule.CODE_DEPLOY_SETTINGS, path + ".testTrafficCidrs", "Test-traffic CIDR blocks are given,"
                    + " but no test listener port.", "Set testListenerPort(...), or remove the CIDR blocks.");
        }
        for (int i = 0; i < c.testTrafficCidrs().size(); i++) {
            String cidr = c.testTrafficCidrs().get(i);
            if (!Values.isToken(cidr) && Values.Cidr.parse(cidr) == null) {
                report.add(Rule.CODE_DEPLOY_SETTINGS, path + ".testTrafficCidrs[" + i + "]", Values.quoted(cidr)
                        + " is not an IPv4 CIDR block.", "Use e.g. 10.20.0.0/16.");
            }
        }
    }

    /** Berth's alarms (two per target group of the pair) and the existing ones: CodeDeploy takes at most 10. */
    private static void alarmCount(Deployment d, String path, Report report) {
        int berth = (d.rollbackOnTarget5xx() != Deployment.NOT_SET ? 2 : 0) + (d.rollbackOnUnhealthyHosts() ? 2 : 0);
        int count = berth + d.rollbackAlarmNames().size();
        if (count > MAX_ALARMS) {
            report.add(Rule.CODE_DEPLOY_SETTINGS, path + ".rollbackAlarmNames", "The deployment group would roll"
                            + " back on " + count + " alarms; CodeDeploy takes at most " + MAX_ALARMS + ".",
                    "Roll back on at most " + MAX_ALARMS + " alarms (Berth's count two per kind).");
        }
    }

    private static void hooks(CodeDeploy c, String path, Report report) {
        Set<AppSpecEvent> seen = EnumSet.noneOf(AppSpecEvent.class);
        for (int i = 0; i < c.hooks().size(); i++) {
            AppSpecHook h = c.hooks().get(i);
            String at = path + ".hooks[" + i + "]";
            if (!Values.isToken(h.function()) && !FUNCTION.matcher(h.function()).matches()) {
                report.add(Rule.CODE_DEPLOY_HOOK, at, "The " + h.event().appSpecName() + " hook names no Lambda"
                                + " function: " + Values.quoted(h.function()) + " is neither a function name nor a"
                                + " Lambda function ARN.",
                        "Give the function's name (my-hook) or ARN (arn:aws:lambda:<region>:<account>:function:my-hook).");
            }
            if (!seen.add(h.event())) {
                report.add(Rule.CODE_DEPLOY_HOOK, at, "A second hook at " + h.event().appSpecName() + "; the AppSpec"
                        + " file runs one function per event.", "Keep one function per event.");
            }
        }
    }
}
