package dev.berth.synth.plan.deployment;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/**
 * The planned resources of CodeDeploy blue/green deployments (deployment controller CODE_DEPLOY): the application,
 * the deployment group, and the AppSpec the group's deployments take. (Rollback alarms are
 * {@code MonitoringResources.Alarm}s; the service role is an {@code IamResources.Role}.)
 */
public final class DeploymentResources {

    private DeploymentResources() {
    }

    /** A CodeDeploy application on the ECS compute platform. */
    public record CodeDeployApplication(ResourceId id, String name, Map<String, String> tags)
            implements PlannedResource {
        public CodeDeployApplication {
            tags = Immutable.map(tags);
        }
    }

    /**
     * A blue/green deployment group of one ECS service, with traffic control.
     *
     * @param deploymentConfigName      e.g. {@code CodeDeployDefault.ECSAllAtOnce}
     * @param targetGroupNames          the pair: the service's own group first, then the alternate one
     * @param productionListenerArns    the listener whose rule forwards to the pair
     * @param testListenerArns          the test listener; empty: none
     * @param terminationWaitMinutes    minutes the original task set is kept after success
     * @param actionOnTimeout           {@code CONTINUE_DEPLOYMENT} (reroute when ready) or {@code STOP_DEPLOYMENT}
     * @param readyWaitMinutes          with STOP_DEPLOYMENT: minutes to wait for a manual continue; else null
     * @param alarmNames                the alarms that stop and roll back a deployment; empty: none
     * @param rollbackEvents            {@code DEPLOYMENT_FAILURE}, and {@code DEPLOYMENT_STOP_ON_ALARM} with alarms
     * @param appSpec                   what the group's deployments take (written as {@code appspec.yaml})
     */
    public record CodeDeployDeploymentGroup(ResourceId id, Value applicationName, String name, Value serviceRoleArn,
                                            String deploymentConfigName, Value clusterName, Value serviceName,
                                            List<Value> targetGroupNames, List<Value> productionListenerArns,
                                            List<Value> testListenerArns, int terminationWaitMinutes,
                                            String actionOnTimeout, Integer readyWaitMinutes,
                                            List<Value> alarmNames, List<String> rollbackEvents, AppSpec appSpec,
                                            Map<String, String> tags) implements PlannedResource {
        public CodeDeployDeploymentGroup {
            targetGroupNames = Immutable.list(targetGroupNames);
            productionListenerArns = Immutable.list(productionListenerArns);
            testListenerArns = Immutable.list(testListenerArns);
            alarmNames = Immutable.list(alarmNames);
            rollbackEvents = Immutable.list(rollbackEvents);
            tags = Immutable.map(tags);
        }
    }

    /**
     * The AppSpec file of an ECS deployment (version 0.0, one {@code TargetService} of type AWS::ECS::Service).
     *
     * @param service          the service's name in the program (the file is {@code codedeploy/<service>.appspec.yaml})
     * @param taskDefinition   {@code <TASK_DEFINITION>}: the placeholder CodePipeline's ECS blue/green action
     *                         replaces with the registered revision's ARN
     * @param platformVersion  on Fargate, else null (left out)
     * @param subnets          the awsvpc subnets when all are known before deployment (literal IDs); empty: left out
     *                         (the replacement task set keeps the service's network configuration)
     * @param securityGroups   likewise
     * @param assignPublicIp   with subnets: ENABLED or DISABLED; else null
     * @param hooks            event name to Lambda function name or ARN, in event order; may be empty
     */
    public record AppSpec(String service, String taskDefinition, String containerName, int containerPort,
                          String platformVersion, List<String> subnets, List<String> securityGroups,
                          String assignPublicIp, Map<String, String> hooks) {
        public AppSpec {
            subnets = Immutable.list(subnets);
            securityGroups = Immutable.list(securityGroups);
            hooks = Immutable.map(hooks);
        }
    }
}
