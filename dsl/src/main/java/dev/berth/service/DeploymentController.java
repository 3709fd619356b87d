package dev.berth.service;

/**
 * Who deploys a service's new revisions (AWS::ECS::Service {@code DeploymentController.Type}, aws_ecs_service
 * {@code deployment_controller.type}). It cannot change after the service is created: a change replaces the service.
 */
public enum DeploymentController {
    /** ECS deploys: ROLLING, or the ECS-native BLUE_GREEN, CANARY and LINEAR strategies (the default). */
    ECS,
    /**
     * AWS CodeDeploy deploys blue/green: Berth adds a CodeDeploy application and deployment group, an alternate
     * target group, the group's service role and an {@code appspec.yaml}; a new revision is a CodeDeploy deployment
     * (docs/deployments.md), never a stack or module update of the service.
     */
    CODE_DEPLOY
}
