package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.compute.ComputeResources.Service;
import dev.berth.synth.plan.compute.ComputeResources.ServiceDeployment;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;
import dev.berth.synth.rendering.servicediscovery.ServiceConnectBodies;

import java.util.ArrayList;
import java.util.List;

/**
 * AWS::ECS::Service / aws_ecs_service. A service has a launch type or a capacity provider strategy, never both (the
 * plan gives one); only awsvpc tasks have a network configuration.
 *
 * <p>The desired count of an auto-scaled service is set only when the service is created, and the targets spell that
 * differently. CloudFormation has no create-only property: it sends DesiredCount again on every update that touches
 * the service (a new image tag) and so resets a service scaled out under load; since late 2020 the property may be
 * left out, and then "when creating a service, the service is created and starts up with a desired count of 1;
 * when updating a service, the service is updated and starts up with the same desired count as it had prior to the
 * deployment" (the change as the AWS CDK took it up: https://github.com/aws/aws-cdk/pull/13130, closing
 * https://github.com/aws/containers-roadmap/issues/493), and registering the scalable target "changes the resource's
 * current capacity to a value that is inside of this range" (https://docs.aws.amazon.com/autoscaling/application/
 * APIReference/API_RegisterScalableTarget.html). Terraform creates the service with the count and ignores later
 * changes of it ({@code lifecycle { ignore_changes = [desired_count] }}, in JSON a list of attribute names;
 * https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle).
 */
public final class ServiceRendering extends Rendering<Service> {

    /** What the parity reads on both sides for a desired count left to Application Auto Scaling. */
    private static final String AUTO_SCALED = "set by auto scaling";

    public ServiceRendering() {
        // the provider's id is the service's ARN on every version (an arn attribute is newer)
        super(Service.class, cfn("AWS::ECS::Service", "Service").ref(Attr.ARN).getAtt(Attr.NAME, "Name"),
                tf("aws_ecs_service").attr(Attr.NAME, "name").attr(Attr.ARN, "id"));
    }

    @Override
    protected void cloudFormation(Service r, Body p) {
        p.string("ServiceName", r.physicalNameGenerated() ? null : r.name())
                .value("Cluster", r.cluster())
                .value("TaskDefinition", r.taskDefinition())
                .integer("DesiredCount", r.desiredCountAutoScaled() || !r.hasDesiredCount() ? null : r.desiredCount())
                .objects("CapacityProviderStrategy", r.capacityProviderStrategy(), Strategies::cloudFormation)
                .string("LaunchType", r.launchType())
                .string("PlatformVersion", r.platformVersion())
                .string("SchedulingStrategy", r.schedulingStrategy())
                .objects("PlacementStrategies", r.placementStrategies(), (o, ps) -> o
                        .string("Type", ps.type()).string("Field", ps.field()))
                .objects("PlacementConstraints", r.placementConstraints(), (o, pc) -> o
                        .string("Type", pc.type()).string("Expression", pc.expression()));
        if (r.awsvpc() != null) {
            p.object("NetworkConfiguration", network -> network.object("AwsvpcConfiguration", awsvpc -> awsvpc
                    .string("AssignPublicIp", r.awsvpc().assignPublicIp() ? "ENABLED" : "DISABLED")
                    .values("SecurityGroups", r.awsvpc().securityGroups())
                    .values("Subnets", r.awsvpc().subnets())));
        }
        ServiceDeployment d = r.deployment();
        boolean codeDeploy = r.codeDeployController();
        if (codeDeploy) {
            p.object("DeploymentController", c -> c.string("Type", CODE_DEPLOY));
        }
        p.object("DeploymentConfiguration", deployment -> {
                    deployment
                            .integer("MaximumPercent", r.maximumPercent())
                            .integer("MinimumHealthyPercent", r.minimumHealthyPercent());
                    if (!codeDeploy) {
                        deployment.object("DeploymentCircuitBreaker", breaker -> breaker
                                .bool("Enable", r.circuitBreaker())
                                .bool("Rollback", r.rollback()));
                    }
                    if (d != null) {
                        // AWS::ECS::Service DeploymentConfiguration: Strategy, BakeTimeInMinutes, CanaryConfiguration,
                        // LinearConfiguration, LifecycleHooks, Alarms (the registry schema in /work/shared/schemas)
                        deployment.string("Strategy", d.strategy())
                                .integer("BakeTimeInMinutes", d.bakeTimeInMinutes());
                        if (d.canaryPercent() != null) {
                            deployment.object("CanaryConfiguration", c -> c
                                    .number("CanaryPercent", d.canaryPercent())
                                    .integer("CanaryBakeTimeInMinutes", d.canaryBakeTimeInMinutes()));
                        }
                        if (d.linearStepPercent() != null) {
                            deployment.object("LinearConfiguration", c -> c
                                    .number("StepPercent", d.linearStepPercent())
                                    .integer("StepBakeTimeInMinutes", d.linearStepBakeTimeInMinutes()));
                        }
                        deployment.objects("LifecycleHooks", d.lifecycleHooks(), (h, hook) -> h
                                .string("HookTargetArn", hook.targetArn())
                                .value("RoleArn", hook.roleArn())
                                .strings("LifecycleStages", hook.stages()));
                        if (!d.alarmNames().isEmpty()) {
                            deployment.object("Alarms", alarms -> alarms
                                    .values("AlarmNames", d.alarmNames())
                                    .bool("Enable", true)
                                    .bool("Rollback", true));
                        }
                    }
                })
                .bool("EnableExecuteCommand", r.enableExecuteCommand())
                .integer("HealthCheckGracePeriodSeconds", r.healthCheckGracePeriodSeconds())
                .string("PropagateTags", r.propagateTags())
                .objects("LoadBalancers", r.loadBalancers(), (lb, target) -> {
                    lb.string("ContainerName", target.containerName())
                            .integer("ContainerPort", target.containerPort())
                            .value("TargetGroupArn", target.targetGroupArn());
                    if (target.advanced() != null) {
                        lb.object("AdvancedConfiguration", a -> a
                                .value("AlternateTargetGroupArn", target.advanced().alternateTargetGroupArn())
                                .value("ProductionListenerRule", target.advanced().productionListenerRule())
                                .value("TestListenerRule", target.advanced().testListenerRule())
                                .value("RoleArn", target.advanced().roleArn()));
                    }
                });
        ServiceConnectBodies.cloudFormation(r.serviceConnect(), p);
        p.objects("ServiceRegistries", r.serviceRegistries(), (registry, x) -> registry
                .value("RegistryArn", x.registryArn())
                .string("ContainerName", x.containerName())
                .integer("ContainerPort", x.containerPort()));
        p.tags(r.tags());
    }

    @Override
    protected void terraform(Service r, Body b) {
        b.string("name", r.name())
                .value("cluster", r.cluster())
                .value("task_definition", r.taskDefinition())
                .integer("desired_count", r.hasDesiredCount() ? r.desiredCount() : null)
                .string("launch_type", r.launchType())
                .objects("capacity_provider_strategy", r.capacityProviderStrategy(), Strategies::terraform)
                .string("platform_version", r.platformVersion())
                .string("scheduling_strategy", r.schedulingStrategy())
                .objects("ordered_placement_strategy", r.placementStrategies(), (o, ps) -> o
                        .string("type", ps.type()).string("field", ps.field()))
                .objects("placement_constraints", r.placementConstraints(), (o, pc) -> o
                        .string("type", pc.type()).string("expression", pc.expression()));
        if (r.awsvpc() != null) {
            b.object("network_configuration", network -> network
                    .values("subnets", r.awsvpc().subnets())
                    .values("security_groups", r.awsvpc().securityGroups())
                    .bool("assign_public_ip", r.awsvpc().assignPublicIp()));
        }
        ServiceDeployment d = r.deployment();
        boolean codeDeploy = r.codeDeployController();
        // The provider documents deployment_maximum_percent as "not valid when using the DAEMON scheduling strategy"
        // (the plan gives a daemon 100, ECS's value, which CloudFormation writes).
        b.integer("deployment_minimum_healthy_percent", r.minimumHealthyPercent())
                .integer("deployment_maximum_percent", r.hasDesiredCount() ? r.maximumPercent() : null);
        if (codeDeploy) {
            b.object("deployment_controller", c -> c.string("type", CODE_DEPLOY));
        } else {
            b.object("deployment_circuit_breaker", breaker -> breaker
                    .bool("enable", r.circuitBreaker())
                    .bool("rollback", r.rollback()));
        }
        if (d != null && !codeDeploy) {
            // An empty deployment_configuration block would still be written: under CODE_DEPLOY the plan has no ECS
            // strategy settings to put in it.
            // aws_ecs_service (provider 6): deployment_configuration { strategy, bake_time_in_minutes,
            // canary_configuration, linear_configuration, lifecycle_hook }, the bake times typed as strings; alarms
            // is a block of the service itself
            b.object("deployment_configuration", deployment -> {
                deployment.string("strategy", d.strategy())
                        .string("bake_time_in_minutes", text(d.bakeTimeInMinutes()));
                if (d.canaryPercent() != null) {
                    deployment.object("canary_configuration", c -> c
                            .number("canary_percent", d.canaryPercent())
                            .string("canary_bake_time_in_minutes", text(d.canaryBakeTimeInMinutes())));
                }
                if (d.linearStepPercent() != null) {
                    deployment.object("linear_configuration", c -> c
                            .number("step_percent", d.linearStepPercent())
                            .string("step_bake_time_in_minutes", text(d.linearStepBakeTimeInMinutes())));
                }
                deployment.objects("lifecycle_hook", d.lifecycleHooks(), (h, hook) -> h
                        .string("hook_target_arn", hook.targetArn())
                        .value("role_arn", hook.roleArn())
                        .strings("lifecycle_stages", hook.stages()));
            });
            if (!d.alarmNames().isEmpty()) {
                b.object("alarms", alarms -> alarms
                        .values("alarm_names", d.alarmNames())
                        .bool("enable", true)
                        .bool("rollback", true));
            }
            if (d.redeploymentTrigger() != null) {
                // a new value of the trigger variable forces a deployment with nothing else changed
                b.bool("force_new_deployment", true)
                        .valueMap("triggers", java.util.Map.of("redeployment", d.redeploymentTrigger()));
            }
        }
        b.bool("enable_execute_command", r.enableExecuteCommand())
                .integer("health_check_grace_period_seconds", r.healthCheckGracePeriodSeconds())
                .string("propagate_tags", r.propagateTags())
                .objects("load_balancer", r.loadBalancers(), (lb, target) -> {
                    lb.value("target_group_arn", target.targetGroupArn())
                            .string("container_name", target.containerName())
                            .integer("container_port", target.containerPort());
                    if (target.advanced() != null) {
                        lb.object("advanced_configuration", a -> a
                                .value("alternate_target_group_arn", target.advanced().alternateTargetGroupArn())
                                .value("production_listener_rule", target.advanced().productionListenerRule())
                                .value("test_listener_rule", target.advanced().testListenerRule())
                                .value("role_arn", target.advanced().roleArn()));
                    }
                });
        ServiceConnectBodies.terraform(r.serviceConnect(), b);
        b.objects("service_registries", r.serviceRegistries(), (registry, x) -> registry
                .value("registry_arn", x.registryArn())
                .string("container_name", x.containerName())
                .integer("container_port", x.containerPort()));
        b.tags(r.tags());
        List<String> ignored = new ArrayList<>();
        if (r.desiredCountAutoScaled()) {
            ignored.add("desired_count");
        }
        if (codeDeploy) {
            // CodeDeploy registers each new revision and swaps the target groups; UpdateService rejects both for a
            // CODE_DEPLOY service ("Unable to update task definition on services with a CODE_DEPLOY deployment
            // controller")
            ignored.addAll(List.of("task_definition", "load_balancer"));
        }
        if (!ignored.isEmpty()) {
            b.object("lifecycle", lifecycle -> lifecycle.strings("ignore_changes", ignored));
        }
    }

    private static final String CODE_DEPLOY = "CODE_DEPLOY";

    private static String text(Integer minutes) {
        return minutes == null ? null : minutes.toString();
    }

    @Override
    public List<Parity> parity() {
        // No name key: CloudFormation names the service itself (physicalNameGenerated), Terraform needs a name.
        List<Parity> parity = new ArrayList<>(List.of(Parity.sorted("tags", "Tags/*/Value", "tags/*"),
                Parity.value("cluster", "Cluster", "cluster"),
                Parity.value("task", "TaskDefinition", "task_definition"),
                // the count every update enforces, or that auto scaling owns it: no DesiredCount in CloudFormation,
                // desired_count ignored after creation in Terraform
                Parity.value("desired", "DesiredCount", "lifecycle/ignore_changes/[=desired_count]||desired_count")
                        .meaning(Parity.ABSENT, AUTO_SCALED).meaning("desired_count", AUTO_SCALED),
                Parity.value("launchType", "LaunchType", "launch_type"),
                Parity.value("scheduling", "SchedulingStrategy", "scheduling_strategy"),
                Parity.list("placementStrategies", "PlacementStrategies/*/Type", "ordered_placement_strategy/*/type"),
                Parity.list("placementFields", "PlacementStrategies/*/Field", "ordered_placement_strategy/*/field"),
                Parity.list("placementConstraints", "PlacementConstraints/*/Expression",
                        "placement_constraints/*/expression"),
                Parity.list("strategy", "CapacityProviderStrategy/*/CapacityProvider",
                        "capacity_provider_strategy/*/capacity_provider"),
                Parity.value("publicIp", "NetworkConfiguration/AwsvpcConfiguration/AssignPublicIp",
                        "network_configuration/assign_public_ip").meaning("ENABLED", "true")
                        .meaning("DISABLED", "false"),
                Parity.list("subnets", "NetworkConfiguration/AwsvpcConfiguration/Subnets/*",
                        "network_configuration/subnets/*"),
                Parity.list("groups", "NetworkConfiguration/AwsvpcConfiguration/SecurityGroups/*",
                        "network_configuration/security_groups/*"),
                Parity.value("exec", "EnableExecuteCommand", "enable_execute_command"),
                Parity.value("grace", "HealthCheckGracePeriodSeconds", "health_check_grace_period_seconds"),
                Parity.list("targetGroups", "LoadBalancers/*/TargetGroupArn", "load_balancer/*/target_group_arn"),
                Parity.list("containerPorts", "LoadBalancers/*/ContainerPort", "load_balancer/*/container_port"),
                Parity.value("strategy", "DeploymentConfiguration/Strategy", "deployment_configuration/strategy"),
                Parity.value("canaryPercent", "DeploymentConfiguration/CanaryConfiguration/CanaryPercent",
                        "deployment_configuration/canary_configuration/canary_percent"),
                Parity.value("linearStep", "DeploymentConfiguration/LinearConfiguration/StepPercent",
                        "deployment_configuration/linear_configuration/step_percent"),
                Parity.list("hookTargets", "DeploymentConfiguration/LifecycleHooks/*/HookTargetArn",
                        "deployment_configuration/lifecycle_hook/*/hook_target_arn"),
                Parity.list("alternateGroups", "LoadBalancers/*/AdvancedConfiguration/AlternateTargetGroupArn",
                        "load_balancer/*/advanced_configuration/alternate_target_group_arn"),
                Parity.list("productionRules", "LoadBalancers/*/AdvancedConfiguration/ProductionListenerRule",
                        "load_balancer/*/advanced_configuration/production_listener_rule"),
                Parity.value("alarmRollback", "DeploymentConfiguration/Alarms/Rollback", "alarms/rollback"),
                Parity.value("controller", "DeploymentController/Type", "deployment_controller/type")));
        parity.addAll(ServiceConnectBodies.parity());
        parity.add(Parity.list("registries", "ServiceRegistries/*/RegistryArn", "service_registries/*/registry_arn"));
        parity.add(Parity.list("registryPorts", "ServiceRegistries/*/ContainerPort",
                "service_registries/*/container_port"));
        return parity;
    }
}
