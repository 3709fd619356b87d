package dev.berth.service;

import java.util.Set;

/**
 * A stage of an ECS deployment at which a lifecycle hook can run (the values AWS::ECS::Service accepts in
 * {@code DeploymentLifecycleHook.LifecycleStages}; ECS API reference, DeploymentLifecycleHook).
 */
public enum LifecycleStage {
    /** A deployment started while more than one service revision is ACTIVE. */
    RECONCILE_SERVICE,
    /** The green revision has not started; blue serves all production traffic. */
    PRE_SCALE_UP,
    /** The green revision has started; blue still serves all production traffic. */
    POST_SCALE_UP,
    /** Test traffic is being shifted to green (blue/green family only). */
    TEST_TRAFFIC_SHIFT,
    /** Test traffic reaches green (blue/green family only): the stage to run tests against the new revision. */
    POST_TEST_TRAFFIC_SHIFT,
    /** Before production traffic moves to green (blue/green family only). */
    PRE_PRODUCTION_TRAFFIC_SHIFT,
    /** Production traffic is being shifted to green (blue/green family only). */
    PRODUCTION_TRAFFIC_SHIFT,
    /** Green serves all production traffic (blue/green family only). */
    POST_PRODUCTION_TRAFFIC_SHIFT;

    private static final Set<LifecycleStage> TRAFFIC = Set.of(TEST_TRAFFIC_SHIFT, POST_TEST_TRAFFIC_SHIFT,
            PRE_PRODUCTION_TRAFFIC_SHIFT, PRODUCTION_TRAFFIC_SHIFT, POST_PRODUCTION_TRAFFIC_SHIFT);

    /**
     * Whether the stage exists only in deployments that shift traffic (BLUE_GREEN, CANARY, LINEAR).
     *
     * @return true for the traffic-shift stages
     */
    public boolean shiftsTraffic() {
        return TRAFFIC.contains(this);
    }
}
