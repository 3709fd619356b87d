package dev.berth.synth.planning.deployment;

import dev.berth.service.AppSpecHook;
import dev.berth.service.CodeDeploy;
import dev.berth.service.Deployment;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.AwsvpcConfiguration;
import dev.berth.synth.plan.deployment.DeploymentResources.AppSpec;
import dev.berth.synth.plan.deployment.DeploymentResources.CodeDeployApplication;
import dev.berth.synth.plan.deployment.DeploymentResources.CodeDeployDeploymentGroup;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.plan.iam.IamResources.Statement;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.loadbalancing.ExposurePlanner.PlannedExposure;
import dev.berth.synth.planning.loadbalancing.LoadBalancerPlanner.PlannedApplicationLoadBalancer;
import dev.berth.synth.planning.network.PlannedNetwork;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans CodeDeploy blue/green for a service whose deployment controller is CODE_DEPLOY: the application (compute
 * platform ECS), the service role CodeDeploy assumes, an optional test listener with its ingress, and the deployment
 * group (target group pair, production and test listeners, traffic shifting, termination wait, rollback on failure
 * and on alarms) with the AppSpec its deployments take.
 *
 * <p>The role is trusted by {@code codedeploy.amazonaws.com} and carries the AWS managed policy
 * {@code AWSCodeDeployRoleForECS} (arn:aws:iam::aws:policy/AWSCodeDeployRoleForECS; AWS Managed Policy Reference,
 * and the ECS Developer Guide's "Amazon ECS CodeDeploy IAM Role"), as AWS documents it. That policy is broad (every
 * ECS service's task sets, every listener and rule, every Lambda function, iam:PassRole to ECS tasks): docs/deployments.md
 * says so.
 */
public final class CodeDeployPlanner {

    /** The AppSpec's task definition: CodePipeline's ECS blue/green action replaces it with the new revision. */
    public static final String TASK_DEFINITION_PLACEHOLDER = "<TASK_DEFINITION>";

    private CodeDeployPlanner() {
    }

    /**
     * @param service    a CODE_DEPLOY service, exposed on {@code alb} (validated: CODE_DEPLOY_TRAFFIC)
     * @param ecsService the service's plan id
     * @param alarms     the alarms deployments roll back on
     */
    public static void plan(Service service, ResourceId cluster, ResourceId ecsService, PlannedExposure exposure,
                            PlannedApplicationLoadBalancer alb, PlannedNetwork network, AwsvpcConfiguration awsvpc,
                            String platformVersion, List<Value> alarms, PlanBuilder plan) {
        CodeDeploy c = service.deployment().codeDeploy();
        String name = plan.applicationName() + "-" + service.name();
        ResourceId application = ResourceId.of(CodeDeployApplication.class, service.name());
        plan.add(new CodeDeployApplication(application, name, plan.tagsNamed(service.name())));

        ResourceId role = ResourceId.of(IamResources.Role.class, service.name(), "codedeploy");
        plan.add(new IamResources.Role(role, "Lets CodeDeploy run the blue/green deployments of service "
                + service.name(), PolicyDocument.of(List.of(Statement.allow("CodeDeploy", "codedeploy.amazonaws.com",
                List.of("sts:AssumeRole"), List.of(), Map.of()))), plan.tags(),
                List.of(Value.concat("arn:", Value.pseudo(Pseudo.PARTITION),
                        ":iam::aws:policy/AWSCodeDeployRoleForECS"))));

        List<Value> testListeners = new ArrayList<>();
        if (c.testListenerPort() != Deployment.NOT_SET) {
            ResourceId listener = ResourceId.of(LoadBalancingResources.Listener.class, alb.name(), service.name(),
                    "test");
            // CodeDeploy points the test listener at the replacement task set during a deployment, and leaves it there
            plan.add(new LoadBalancingResources.Listener(listener, alb.id().attr(Attr.ARN), c.testListenerPort(),
                    "HTTP", null, null, null, new LoadBalancingResources.Forward(exposure.targetGroup().attr(Attr.ARN)),
                    true));
            testListeners.add(listener.attr(Attr.ARN));
            // by default the load balancer's own allow-list, else the VPC: never the internet
            List<String> cidrs = !c.testTrafficCidrs().isEmpty() ? c.testTrafficCidrs()
                    : !alb.spec().allowedCidrs().isEmpty() ? alb.spec().allowedCidrs() : List.of(network.vpcCidr());
            // named by position: a CIDR block has no name in the program
            for (int i = 0; i < cidrs.size(); i++) {
                plan.add(new NetworkResources.SecurityGroupIngress(ResourceId.of(
                        NetworkResources.SecurityGroupIngress.class, alb.name(), "alb", service.name(), "test",
                        String.valueOf(i + 1)), alb.securityGroup().attr(Attr.ID), "tcp", c.testListenerPort(),
                        c.testListenerPort(), new NetworkResources.Cidr(cidrs.get(i)),
                        "Test traffic of service " + service.name()));
            }
        }

        List<String> events = new ArrayList<>(List.of("DEPLOYMENT_FAILURE"));
        if (!alarms.isEmpty()) {
            events.add("DEPLOYMENT_STOP_ON_ALARM");
        }
        boolean waits = c.readyWaitMinutes() > 0;
        ResourceId group = ResourceId.of(CodeDeployDeploymentGroup.class, service.name());
        plan.add(new CodeDeployDeploymentGroup(group, application.attr(Attr.NAME), name, role.attr(Attr.ARN),
                c.config().awsName(), cluster.attr(Attr.NAME), ecsService.attr(Attr.NAME),
                List.of(exposure.targetGroup().attr(Attr.NAME),
                        exposure.blueGreen().alternateTargetGroup().attr(Attr.NAME)),
                List.of(alb.rulesListener().attr(Attr.ARN)), testListeners, c.terminationWaitMinutes(),
                waits ? "STOP_DEPLOYMENT" : "CONTINUE_DEPLOYMENT", waits ? c.readyWaitMinutes() : null, alarms, events,
                appSpec(service, exposure, awsvpc, platformVersion), plan.tagsNamed(service.name())));
        plan.output(service.name() + "-codedeploy-application", "CodeDeploy application of service "
                + service.name(), application.attr(Attr.NAME));
        plan.output(service.name() + "-codedeploy-deployment-group", "CodeDeploy deployment group of service "
                + service.name(), group.attr(Attr.NAME));
    }

    private static AppSpec appSpec(Service service, PlannedExposure exposure, AwsvpcConfiguration awsvpc,
                                   String platformVersion) {
        // Subnet and security group IDs Berth creates exist only after deployment: then the AppSpec leaves the
        // network configuration out and the replacement task set keeps the service's own. Bridge and host tasks
        // have none (awsvpc is null).
        List<String> subnets = awsvpc == null ? null : literals(awsvpc.subnets());
        List<String> groups = awsvpc == null ? null : literals(awsvpc.securityGroups());
        boolean network = subnets != null && groups != null;
        Map<String, String> hooks = new LinkedHashMap<>();
        service.deployment().codeDeploy().hooks().stream()
                .sorted(Comparator.comparing(AppSpecHook::event))
                .forEach(h -> hooks.put(h.event().appSpecName(), h.function()));
        return new AppSpec(service.name(), TASK_DEFINITION_PLACEHOLDER,
                exposure.serviceLoadBalancer().containerName(), exposure.serviceLoadBalancer().containerPort(),
                platformVersion, network ? subnets : List.of(), network ? groups : List.of(),
                network ? (awsvpc.assignPublicIp() ? "ENABLED" : "DISABLED") : null, hooks);
    }

    /** The texts of literal values; null when any is a reference. */
    private static List<String> literals(List<Value> values) {
        List<String> texts = new ArrayList<>();
        for (Value v : values) {
            if (!(v instanceof Value.Literal literal)) {
                return null;
            }
            texts.add(literal.text());
        }
        return texts;
    }
}
