package dev.berth.synth.planning.deployment;

import dev.berth.service.Deployment;
import dev.berth.service.DeploymentController;
import dev.berth.service.DeploymentStrategy;
import dev.berth.service.LifecycleHook;
import dev.berth.service.LifecycleStage;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.AdvancedConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.DeploymentHook;
import dev.berth.synth.plan.compute.ComputeResources.ServiceDeployment;
import dev.berth.synth.plan.compute.ComputeResources.ServiceLoadBalancer;
import dev.berth.synth.plan.monitoring.MonitoringResources.Alarm;
import dev.berth.synth.plan.monitoring.MonitoringResources.Dimension;
import dev.berth.synth.plan.monitoring.MonitoringResources.MetricStat;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.plan.iam.IamResources.Statement;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.loadbalancing.ExposurePlanner.PlannedExposure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans how a service deploys beyond a rolling update: the ECS strategy and its traffic shifting, the infrastructure
 * role ECS assumes to shift traffic, the role it assumes to invoke lifecycle hooks, the CloudWatch alarms that roll a
 * deployment back, and Terraform's redeployment trigger.
 *
 * <p>The infrastructure role gets an exactly scoped inline policy rather than the managed
 * AmazonECSInfrastructureRolePolicyForLoadBalancers (which allows RegisterTargets on every target group and
 * ModifyListener/ModifyRule on every listener and rule of the account): the same actions, on this service's two target
 * groups and its production listener rule only; the Describe actions support no resource-level permissions, so they
 * stay on {@code *} as in the managed policy (AWS Managed Policy Reference, AmazonECSInfrastructureRolePolicyForLoadBalancers;
 * its trust policy: ECS Developer Guide, "Amazon ECS infrastructure IAM role for load balancers").
 */
public final class DeploymentPlanner {

    private static final String ALB = "AWS/ApplicationELB";

    private DeploymentPlanner() {
    }

    /**
     * The service's deployment settings and its load balancer registration with the blue/green traffic settings.
     *
     * @param deployment   null: leave out (rolling with percents and circuit breaker only)
     * @param loadBalancer the registration to give the service; null when not load-balanced
     * @param codeDeployAlarms with CODE_DEPLOY: the alarms the deployment group rolls back on; else empty
     */
    public record PlannedDeployment(ServiceDeployment deployment, ServiceLoadBalancer loadBalancer,
                                    List<Value> codeDeployAlarms) {

        public PlannedDeployment(ServiceDeployment deployment, ServiceLoadBalancer loadBalancer) {
            this(deployment, loadBalancer, List.of());
        }
    }

    public static PlannedDeployment plan(Service service, Optional<PlannedExposure> exposure, PlanBuilder plan) {
        Deployment d = service.deployment();
        ServiceLoadBalancer registration = exposure.map(PlannedExposure::serviceLoadBalancer).orElse(null);
        if (d.controller() == DeploymentController.CODE_DEPLOY && exposure.isPresent()
                && exposure.get().blueGreen() != null && exposure.get().loadBalancer() != null) {
            // CodeDeploy, not ECS, swaps the target groups: no AdvancedConfiguration, no ECS strategy or alarms (the
            // deployment group rolls back on them). Elsewhere (CODE_DEPLOY_FALLBACK) the ECS controller deploys.
            List<Value> alarms = new ArrayList<>(alarms(service, exposure, plan));
            d.rollbackAlarmNames().forEach(name -> alarms.add(Value.literal(name)));
            return new PlannedDeployment(new ServiceDeployment(null, null, null, null, null, null, List.of(),
                    List.of(), null, true), registration, alarms);
        }
        if (registration != null && exposure.get().blueGreen() != null) {
            registration = new ServiceLoadBalancer(registration.targetGroupArn(), registration.containerName(),
                    registration.containerPort(), advanced(service, exposure.get(), plan));
        }
        List<DeploymentHook> hooks = hooks(service, plan);
        List<Value> alarms = new ArrayList<>(alarms(service, exposure, plan));
        d.rollbackAlarmNames().forEach(name -> alarms.add(Value.literal(name)));
        Value trigger = null;
        if (d.forceNewDeployment()) {
            String input = service.name() + "-redeployment";
            plan.input(new Input(input, "Terraform only: a new value (a timestamp, a build number) forces a new"
                    + " deployment of service " + service.name() + " with nothing else changed", "0",
                    "[A-Za-z0-9_.:+-]{1,128}", true));
            trigger = new Value.Input(input);
        }
        // Behind a Network Load Balancer or on a weighted rule the service deploys ROLLING
        // (DEPLOYMENT_STRATEGY_FALLBACK): ECS shifts traffic only where the exposure has a blue/green path.
        DeploymentStrategy strategy = d.strategy().shiftsTraffic() && exposure.isPresent()
                && exposure.get().blueGreen() == null ? DeploymentStrategy.ROLLING : d.strategy();
        boolean shifts = strategy.shiftsTraffic();
        if (!shifts && hooks.isEmpty() && alarms.isEmpty() && trigger == null) {
            return new PlannedDeployment(null, registration);
        }
        boolean canary = strategy == DeploymentStrategy.CANARY;
        boolean linear = strategy == DeploymentStrategy.LINEAR;
        return new PlannedDeployment(new ServiceDeployment(strategy.name(),
                shifts && d.bakeTimeMinutes() != Deployment.NOT_SET ? d.bakeTimeMinutes() : null,
                canary ? d.canaryPercent() : null, canary ? d.canaryBakeTimeMinutes() : null,
                linear ? d.linearStepPercent() : null, linear ? d.linearStepBakeTimeMinutes() : null,
                hooks, alarms, trigger), registration);
    }

    /** The infrastructure role and what ECS shifts: the alternate group, the production rule. */
    private static AdvancedConfiguration advanced(Service service, PlannedExposure exposure, PlanBuilder plan) {
        ResourceId alternate = exposure.blueGreen().alternateTargetGroup();
        ResourceId rule = exposure.blueGreen().productionRule();
        List<Statement> statements = List.of(
                Statement.allow("DescribeLoadBalancing", null, List.of("elasticloadbalancing:DescribeListeners",
                        "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTargetGroups",
                        "elasticloadbalancing:DescribeTargetHealth"), List.of(Value.literal("*")), Map.of()),
                Statement.allow("RegisterTasksInBothTargetGroups", null, List.of(
                        "elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets"),
                        List.of(exposure.targetGroup().attr(Attr.ARN), alternate.attr(Attr.ARN)), Map.of()),
                Statement.allow("ShiftTrafficOnTheProductionRule", null, List.of("elasticloadbalancing:ModifyRule"),
                        List.of(rule.attr(Attr.ARN)), Map.of()));
        Value role = role(service, "deployment", "Lets ECS shift traffic between the target groups of service "
                + service.name() + " during deployments", statements, plan);
        return new AdvancedConfiguration(alternate.attr(Attr.ARN), rule.attr(Attr.ARN), null, role);
    }

    /** One role for all hooks, allowed to invoke exactly their functions. */
    private static List<DeploymentHook> hooks(Service service, PlanBuilder plan) {
        List<LifecycleHook> hooks = service.deployment().lifecycleHooks();
        if (hooks.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> functions = new LinkedHashSet<>();
        hooks.forEach(h -> functions.add(h.functionArn()));
        Value role = role(service, "deployment-hooks", "Lets ECS invoke the deployment lifecycle hooks of service "
                        + service.name(),
                List.of(Statement.allow("InvokeDeploymentHooks", null, List.of("lambda:InvokeFunction"),
                        functions.stream().map(Value::literal).toList(), Map.of())), plan);
        return hooks.stream().map(h -> new DeploymentHook(h.functionArn(), role,
                h.stages().stream().map(LifecycleStage::name).toList())).toList();
    }

    private static Value role(Service service, String purpose, String description, List<Statement> statements,
                              PlanBuilder plan) {
        ResourceId roleId = ResourceId.of(IamResources.Role.class, service.name(), purpose);
        // the principal alone, as AWS documents the trust policy of both roles
        plan.add(new IamResources.Role(roleId, description, PolicyDocument.of(List.of(Statement.allow("Ecs",
                "ecs.amazonaws.com", List.of("sts:AssumeRole"), List.of(), Map.of()))), plan.tags()));
        plan.add(new IamResources.RolePolicy(ResourceId.of(IamResources.RolePolicy.class, service.name(), purpose),
                roleId.attr(Attr.NAME), plan.applicationName() + "-" + service.name() + "-" + purpose,
                PolicyDocument.of(statements)));
        return roleId.attr(Attr.ARN);
    }

    /**
     * Berth's alarms, on each target group the service's tasks serve from: the primary one and, with a blue/green
     * family strategy, the alternate one (the green revision's tasks register there, so an alarm on the primary group
     * alone would not see the new revision fail).
     */
    private static List<Value> alarms(Service service, Optional<PlannedExposure> exposure, PlanBuilder plan) {
        Deployment d = service.deployment();
        if (!d.createsAlarms() || exposure.isEmpty() || exposure.get().loadBalancer() == null) {
            return List.of();
        }
        Map<String, ResourceId> groups = new LinkedHashMap<>();
        groups.put("primary", exposure.get().targetGroup());
        if (exposure.get().blueGreen() != null) {
            groups.put("alternate", exposure.get().blueGreen().alternateTargetGroup());
        }
        List<Value> names = new ArrayList<>();
        Value lb = exposure.get().loadBalancer().attr(Attr.FULL_NAME);
        groups.forEach((which, group) -> {
            List<Dimension> dimensions = List.of(new Dimension("LoadBalancer", lb),
                    new Dimension("TargetGroup", group.attr(Attr.FULL_NAME)));
            if (d.rollbackOnTarget5xx() != Deployment.NOT_SET) {
                names.add(alarm(service, which, "target-5xx", "HTTP 5xx answers of the " + which
                                + " target group's tasks of service " + service.name() + " (rolls back a deployment)",
                        "HTTPCode_Target_5XX_Count", "Sum", dimensions, 1, d.rollbackOnTarget5xx(), plan));
            }
            if (d.rollbackOnUnhealthyHosts()) {
                names.add(alarm(service, which, "unhealthy-hosts", "Unhealthy tasks in the " + which
                                + " target group of service " + service.name() + " (rolls back a deployment)",
                        "UnHealthyHostCount", "Maximum", dimensions, 2, 1, plan));
            }
        });
        return names;
    }

    private static Value alarm(Service service, String which, String kind, String description, String metric,
                               String statistic, List<Dimension> dimensions, int periods, int threshold,
                               PlanBuilder plan) {
        ResourceId id = ResourceId.of(Alarm.class, service.name(), which, kind);
        // No actions: the deployment reads its state. CloudFormation generates the name (as before the kinds merged).
        plan.add(new Alarm(id, plan.applicationName() + "-" + service.name() + "-" + which + "-" + kind, true,
                description, new MetricStat(ALB, metric, dimensions, statistic, null, 60), List.of(),
                "GreaterThanOrEqualToThreshold", threshold, periods, null, "notBreaching", List.of(),
                plan.tagsNamed(service.name() + "-" + which + "-" + kind)));
        return id.attr(Attr.NAME);
    }
}
