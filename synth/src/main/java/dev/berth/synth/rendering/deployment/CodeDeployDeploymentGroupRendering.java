package dev.berth.synth.rendering.deployment;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.deployment.DeploymentResources.CodeDeployDeploymentGroup;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::CodeDeploy::DeploymentGroup / aws_codedeploy_deployment_group: an ECS blue/green group with traffic control.
 * CloudFormation lists target groups, listeners and alarms as objects ({@code Name}) and lists; the provider spells
 * them as nested blocks ({@code load_balancer_info.target_group_pair_info}, {@code ecs_service},
 * {@code blue_green_deployment_config}, {@code alarm_configuration}, {@code auto_rollback_configuration}).
 */
public final class CodeDeployDeploymentGroupRendering extends Rendering<CodeDeployDeploymentGroup> {

    private static final String TERMINATE = "TERMINATE";

    public CodeDeployDeploymentGroupRendering() {
        super(CodeDeployDeploymentGroup.class,
                cfn("AWS::CodeDeploy::DeploymentGroup", "DeploymentGroup").ref(Attr.NAME),
                tf("aws_codedeploy_deployment_group").attr(Attr.NAME, "deployment_group_name"));
    }

    @Override
    protected void cloudFormation(CodeDeployDeploymentGroup r, Body p) {
        p.value("ApplicationName", r.applicationName())
                .string("DeploymentGroupName", r.name())
                .value("ServiceRoleArn", r.serviceRoleArn())
                .string("DeploymentConfigName", r.deploymentConfigName())
                .object("DeploymentStyle", s -> s.string("DeploymentType", "BLUE_GREEN")
                        .string("DeploymentOption", "WITH_TRAFFIC_CONTROL"))
                .object("BlueGreenDeploymentConfiguration", bg -> bg
                        .object("DeploymentReadyOption", o -> o.string("ActionOnTimeout", r.actionOnTimeout())
                                .integer("WaitTimeInMinutes", r.readyWaitMinutes()))
                        .object("TerminateBlueInstancesOnDeploymentSuccess", t -> t.string("Action", TERMINATE)
                                .integer("TerminationWaitTimeInMinutes", r.terminationWaitMinutes())))
                .objects("ECSServices", List.of(r), (s, x) -> s.value("ClusterName", x.clusterName())
                        .value("ServiceName", x.serviceName()))
                .object("LoadBalancerInfo", lb -> lb.objects("TargetGroupPairInfoList", List.of(r), (pair, x) -> {
                    pair.objects("TargetGroups", x.targetGroupNames(), (g, name) -> g.value("Name", name))
                            .object("ProdTrafficRoute", route -> route.values("ListenerArns",
                                    x.productionListenerArns()));
                    if (!x.testListenerArns().isEmpty()) {
                        pair.object("TestTrafficRoute", route -> route.values("ListenerArns", x.testListenerArns()));
                    }
                }));
        if (!r.alarmNames().isEmpty()) {
            p.object("AlarmConfiguration", a -> a.bool("Enabled", true)
                    .objects("Alarms", r.alarmNames(), (alarm, name) -> alarm.value("Name", name)));
        }
        p.object("AutoRollbackConfiguration", a -> a.bool("Enabled", true).strings("Events", r.rollbackEvents()))
                .tags(r.tags());
    }

    @Override
    protected void terraform(CodeDeployDeploymentGroup r, Body b) {
        b.value("app_name", r.applicationName())
                .string("deployment_group_name", r.name())
                .value("service_role_arn", r.serviceRoleArn())
                .string("deployment_config_name", r.deploymentConfigName())
                .object("deployment_style", s -> s.string("deployment_type", "BLUE_GREEN")
                        .string("deployment_option", "WITH_TRAFFIC_CONTROL"))
                .object("blue_green_deployment_config", bg -> bg
                        .object("deployment_ready_option", o -> o.string("action_on_timeout", r.actionOnTimeout())
                                .integer("wait_time_in_minutes", r.readyWaitMinutes()))
                        .object("terminate_blue_instances_on_deployment_success", t -> t.string("action", TERMINATE)
                                .integer("termination_wait_time_in_minutes", r.terminationWaitMinutes())))
                .object("ecs_service", s -> s.value("cluster_name", r.clusterName())
                        .value("service_name", r.serviceName()))
                .object("load_balancer_info", lb -> lb.object("target_group_pair_info", pair -> {
                    pair.objects("target_group", r.targetGroupNames(), (g, name) -> g.value("name", name))
                            .object("prod_traffic_route", route -> route.values("listener_arns",
                                    r.productionListenerArns()));
                    if (!r.testListenerArns().isEmpty()) {
                        pair.object("test_traffic_route", route -> route.values("listener_arns",
                                r.testListenerArns()));
                    }
                }));
        if (!r.alarmNames().isEmpty()) {
            b.object("alarm_configuration", a -> a.bool("enabled", true).values("alarms", r.alarmNames()));
        }
        b.object("auto_rollback_configuration", a -> a.bool("enabled", true).strings("events", r.rollbackEvents()))
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "DeploymentGroupName", "deployment_group_name"),
                Parity.value("config", "DeploymentConfigName", "deployment_config_name"),
                Parity.value("termination",
                        "BlueGreenDeploymentConfiguration/TerminateBlueInstancesOnDeploymentSuccess/TerminationWaitTimeInMinutes",
                        "blue_green_deployment_config/terminate_blue_instances_on_deployment_success/termination_wait_time_in_minutes"),
                Parity.value("ready", "BlueGreenDeploymentConfiguration/DeploymentReadyOption/ActionOnTimeout",
                        "blue_green_deployment_config/deployment_ready_option/action_on_timeout"),
                Parity.list("targetGroups", "LoadBalancerInfo/TargetGroupPairInfoList/*/TargetGroups/*/Name",
                        "load_balancer_info/target_group_pair_info/target_group/*/name"),
                Parity.list("prodListeners",
                        "LoadBalancerInfo/TargetGroupPairInfoList/*/ProdTrafficRoute/ListenerArns/*",
                        "load_balancer_info/target_group_pair_info/prod_traffic_route/listener_arns/*"),
                Parity.list("testListeners",
                        "LoadBalancerInfo/TargetGroupPairInfoList/*/TestTrafficRoute/ListenerArns/*",
                        "load_balancer_info/target_group_pair_info/test_traffic_route/listener_arns/*"),
                Parity.sorted("alarms", "AlarmConfiguration/Alarms/*/Name", "alarm_configuration/alarms/*"),
                Parity.sorted("rollbackEvents", "AutoRollbackConfiguration/Events/*",
                        "auto_rollback_configuration/events/*"));
    }
}
