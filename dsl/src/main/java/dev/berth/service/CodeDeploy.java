package dev.berth.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How AWS CodeDeploy deploys a service whose deployment controller is {@link DeploymentController#CODE_DEPLOY}: the
 * deployment configuration, how long the original (blue) task set is kept, whether traffic moves as soon as the
 * replacement is ready, an optional test listener, and the AppSpec hooks. The rollback alarms are the deployment's
 * ({@code rollbackOnTarget5xx}, {@code rollbackOnUnhealthyHosts}, {@code rollbackOnAlarm}).
 *
 * @param config                 Default: ALL_AT_ONCE.
 * @param terminationWaitMinutes minutes the original task set is kept after a successful deployment, to roll back
 *                               to. Default: 60. Valid: 0 to 2880 (CodeDeploy BlueInstanceTerminationOption).
 * @param readyWaitMinutes       0: reroute traffic as soon as the replacement task set is ready (default); more:
 *                               wait this long for someone to continue the deployment, then stop it. Valid: 0 to
 *                               2880.
 * @param testListenerPort       a test listener on the service's Application Load Balancer, serving the
 *                               replacement task set before production traffic moves. {@link Deployment#NOT_SET}: none
 *                               (default). Valid: 1 to 65535, not a port the load balancer already listens on.
 * @param testTrafficCidrs       who may reach the test listener. Default: none given, which means the load
 *                               balancer's allowed CIDR blocks if it has some, else the VPC's CIDR block (never the
 *                               internet). Valid: IPv4 CIDR blocks.
 * @param hooks                  Lambda functions run at deployment events. Default: none. Valid: one per event.
 */
public record CodeDeploy(CodeDeployConfig config, int terminationWaitMinutes, int readyWaitMinutes,
                         int testListenerPort, List<String> testTrafficCidrs, List<AppSpecHook> hooks) {

    /** All at once, the original task set kept 60 minutes, no test listener, no hooks: the default. */
    public static final CodeDeploy DEFAULT = new CodeDeploy(CodeDeployConfig.ALL_AT_ONCE, 60, 0, Deployment.NOT_SET,
            List.of(), List.of());

    /**
     * Creates the settings; programs use {@link #builder()} instead.
     *
     * @param config                 Default: ALL_AT_ONCE.
     * @param terminationWaitMinutes Default: 60. Valid: 0 to 2880.
     * @param readyWaitMinutes       Default: 0. Valid: 0 to 2880.
     * @param testListenerPort       Default: {@link Deployment#NOT_SET}. Valid: 1 to 65535.
     * @param testTrafficCidrs       Default: none (the load balancer's allow-list, else the VPC's CIDR block).
     * @param hooks                  Default: none.
     * @throws NullPointerException when a reference component is null
     */
    public CodeDeploy {
        Objects.requireNonNull(config, "config");
        testTrafficCidrs = List.copyOf(testTrafficCidrs);
        hooks = List.copyOf(hooks);
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    /**
     * A builder holding these settings, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().config(config).terminationWaitMinutes(terminationWaitMinutes)
                .readyWaitMinutes(readyWaitMinutes).testListenerPort(testListenerPort);
        b.testTrafficCidrs.addAll(testTrafficCidrs);
        b.hooks.addAll(hooks);
        return b;
    }

    /** Builds {@link CodeDeploy} settings. Every setter documents its default and valid values. */
    public static final class Builder {
        private CodeDeployConfig config;
        private int terminationWaitMinutes;
        private int readyWaitMinutes;
        private int testListenerPort;
        private final List<String> testTrafficCidrs = new ArrayList<>();
        private final List<AppSpecHook> hooks = new ArrayList<>();

        private Builder() {
        }

        /**
         * How production traffic moves. Default: ALL_AT_ONCE.
         *
         * @param config the new value of {@code config}
         * @return this builder
         */
        public Builder config(CodeDeployConfig config) {
            this.config = config;
            return this;
        }

        /**
         * Minutes the original task set is kept after a successful deployment. Default: 60. Valid: 0 to 2880.
         *
         * @param minutes the new value of {@code terminationWaitMinutes}
         * @return this builder
         */
        public Builder terminationWaitMinutes(int minutes) {
            this.terminationWaitMinutes = minutes;
            return this;
        }

        /**
         * 0: reroute traffic as soon as the replacement is ready; more: wait this long for a manual continue
         * ({@code aws deploy continue-deployment}), then stop the deployment. Default: 0. Valid: 0 to 2880.
         *
         * @param minutes the new value of {@code readyWaitMinutes}
         * @return this builder
         */
        public Builder readyWaitMinutes(int minutes) {
            this.readyWaitMinutes = minutes;
            return this;
        }

        /**
         * A test listener on this port of the service's Application Load Balancer. Default:
         * {@link Deployment#NOT_SET} (none). Valid: 1 to 65535, not a port the load balancer listens on already.
         *
         * @param port the new value of {@code testListenerPort}
         * @return this builder
         */
        public Builder testListenerPort(int port) {
            this.testListenerPort = port;
            return this;
        }

        /**
         * Adds a CIDR block allowed to reach the test listener. Default: none, which means the load balancer's
         * allowed CIDR blocks if it has some, else the VPC's CIDR block. Valid: an IPv4 CIDR block.
         *
         * @param cidr e.g. {@code 10.20.0.0/16}
         * @return this builder
         */
        public Builder allowTestTrafficFrom(String cidr) {
            testTrafficCidrs.add(cidr);
            return this;
        }

        /**
         * Adds the Lambda function CodeDeploy runs at {@code event}. Default: none. Valid: a function name or
         * Lambda function ARN; one function per event.
         *
         * @param event    the deployment event
         * @param function the function's name or ARN
         * @return this builder
         */
        public Builder hook(AppSpecEvent event, String function) {
            hooks.add(new AppSpecHook(event, function));
            return this;
        }

        /**
         * Builds the settings. Values are checked later, with the whole program, by the validator.
         *
         * @return the settings
         */
        public CodeDeploy build() {
            return new CodeDeploy(config, terminationWaitMinutes, readyWaitMinutes, testListenerPort,
                    testTrafficCidrs, hooks);
        }
    }
}
