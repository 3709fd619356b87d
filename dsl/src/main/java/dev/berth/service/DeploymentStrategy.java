package dev.berth.service;

/**
 * How ECS replaces a service's tasks on a deployment (the ECS deployment controller's {@code strategy}; AWS::ECS::Service
 * {@code DeploymentConfiguration.Strategy}, aws_ecs_service {@code deployment_configuration.strategy}).
 */
public enum DeploymentStrategy {
    /** Replace tasks a few at a time within the minimum/maximum percents (ECS's default). */
    ROLLING,
    /**
     * Start a full green revision beside the blue one, shift all production traffic at once, keep blue for the bake
     * time to roll back to. Behind an Application Load Balancer: an alternate target group and an infrastructure role.
     */
    BLUE_GREEN,
    /** Like BLUE_GREEN, but shift a small percentage of traffic first, wait, then the rest. */
    CANARY,
    /** Like BLUE_GREEN, but shift traffic in equal steps with a wait after each. */
    LINEAR;

    /**
     * Whether ECS runs a blue and a green revision side by side and shifts traffic between them.
     *
     * @return true for BLUE_GREEN, CANARY and LINEAR
     */
    public boolean shiftsTraffic() {
        return this != ROLLING;
    }
}
