package dev.berth.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How ECS deploys a new revision of a service: the strategy (rolling, or one of the blue/green family that ECS runs
 * natively), its traffic shifting, lifecycle hooks, and the CloudWatch alarms that roll a deployment back.
 *
 * <p>With BLUE_GREEN, CANARY or LINEAR behind an Application Load Balancer, Berth adds an alternate target group (the
 * green revision's), declares the service's listener rule as a weighted forward over both groups (production 100,
 * alternate 0) and gives ECS an infrastructure role allowed to register targets in exactly those two groups and to
 * modify exactly that rule. ECS moves the weights on every deployment, so the rule's action belongs to ECS afterwards:
 * Terraform ignores changes to it ({@code lifecycle.ignore_changes = [action]}); CloudFormation never reads the
 * live rule and writes its action only when the rule itself changes in the template (docs/deployments.md).
 *
 * <p>Forcing a deployment without a change: Terraform, with {@code forceNewDeployment(true)}, redeploys whenever the
 * module's {@code <service>_redeployment} variable changes ({@code force_new_deployment} and {@code triggers});
 * CloudFormation has no equivalent, so give images a deploy-time version ({@code Image.deployTimeVersion}) and pass a
 * new tag or digest as the stack parameter: a new task definition revision is the deployment.
 *
 * @param minimumHealthyPercent tasks kept running during a deployment. Default: 100. Valid: 0 to 100.
 * @param maximumPercent        tasks allowed during a deployment. Default: 200. Valid: 100 to 200, and above
 *                              minimumHealthyPercent.
 * @param circuitBreaker        stop a deployment whose tasks keep failing. Default: true.
 * @param rollback              roll back to the last working deployment when the breaker trips. Default: true.
 * @param strategy              Default: ROLLING.
 * @param bakeTimeMinutes       with BLUE_GREEN, CANARY or LINEAR: how long the blue revision is kept after all traffic
 *                              moved, to roll back to. {@link #NOT_SET}: left out (ECS's default). Valid: 0 to 1440.
 * @param canaryPercent         with CANARY: the share of production traffic the green revision gets first. Default:
 *                              10.0. Valid: 0.1 to 100, in steps of 0.1.
 * @param canaryBakeTimeMinutes with CANARY: the wait before the rest of the traffic moves. Default: 10. Valid: 0 to
 *                              1440.
 * @param linearStepPercent     with LINEAR: the share of traffic moved per step. Default: 20.0. Valid: 3 to 100, in
 *                              steps of 0.1.
 * @param linearStepBakeTimeMinutes with LINEAR: the wait after each step. Default: 5. Valid: 0 to 1440.
 * @param lifecycleHooks        Lambda functions ECS runs at deployment stages. Default: none.
 * @param rollbackOnTarget5xx   an alarm Berth creates on each of the service's target groups: roll back when the
 *                              targets answer this many HTTP 5xx in a minute. {@link #NOT_SET}: no such alarm
 *                              (default). Valid: 1 or more; load-balanced services on Berth's load balancer only.
 * @param rollbackOnUnhealthyHosts an alarm Berth creates on each of the service's target groups: roll back when a
 *                              target stays unhealthy for two minutes. Default: false. Valid: as rollbackOnTarget5xx.
 * @param rollbackAlarmNames    existing CloudWatch alarms that also roll back a deployment. Default: none.
 * @param forceNewDeployment    Terraform only: redeploy when the {@code <service>_redeployment} variable changes, even
 *                              with no other change. Default: false.
 * @param controller            who deploys: ECS (default) or CODE_DEPLOY (AWS CodeDeploy blue/green; see
 *                              docs/deployments.md). CODE_DEPLOY needs an Application Load Balancer exposure and
 *                              excludes the ECS-native strategy settings (strategy other than ROLLING, bake time,
 *                              lifecycle hooks), Service Connect and forceNewDeployment.
 * @param codeDeploy            with CODE_DEPLOY: the CodeDeploy settings. Default: {@link CodeDeploy#DEFAULT}.
 */
public record Deployment(int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback,
                         DeploymentStrategy strategy, int bakeTimeMinutes, double canaryPercent,
                         int canaryBakeTimeMinutes, double linearStepPercent, int linearStepBakeTimeMinutes,
                         List<LifecycleHook> lifecycleHooks, int rollbackOnTarget5xx, boolean rollbackOnUnhealthyHosts,
                         List<String> rollbackAlarmNames, boolean forceNewDeployment,
                         DeploymentController controller, CodeDeploy codeDeploy) {

    /** The value of an optional number the program did not give. */
    public static final int NOT_SET = -1;

    /** 100 % minimum healthy, 200 % maximum, circuit breaker with rollback: the default. */
    public static final Deployment DEFAULT = new Deployment(100, 200, true, true);

    /**
     * Creates the Deployment; programs use {@link #builder()} instead.
     *
     * @param minimumHealthyPercent Default: 100. Valid: 0 to 100.
     * @param maximumPercent        Default: 200. Valid: 100 to 200.
     * @param circuitBreaker        Default: true.
     * @param rollback              Default: true.
     * @param strategy              Default: ROLLING.
     * @param bakeTimeMinutes       Default: {@link #NOT_SET}. Valid: 0 to 1440.
     * @param canaryPercent         Default: 10.0. Valid: 0.1 to 100.
     * @param canaryBakeTimeMinutes Default: 10. Valid: 0 to 1440.
     * @param linearStepPercent     Default: 20.0. Valid: 3 to 100.
     * @param linearStepBakeTimeMinutes Default: 5. Valid: 0 to 1440.
     * @param lifecycleHooks        Default: none.
     * @param rollbackOnTarget5xx   Default: {@link #NOT_SET}. Valid: 1 or more.
     * @param rollbackOnUnhealthyHosts Default: false.
     * @param rollbackAlarmNames    Default: none.
     * @param forceNewDeployment    Default: false.
     * @param controller            Default: ECS.
     * @param codeDeploy            Default: {@link CodeDeploy#DEFAULT}.
     * @throws NullPointerException when a reference component is null
     */
    public Deployment {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(codeDeploy, "codeDeploy");
        lifecycleHooks = List.copyOf(lifecycleHooks);
        rollbackAlarmNames = List.copyOf(rollbackAlarmNames);
    }

    /**
     * A deployment by ECS (the components before the CodeDeploy controller existed).
     *
     * @param minimumHealthyPercent Valid: 0 to 100.
     * @param maximumPercent        Valid: 100 to 200.
     * @param circuitBreaker        stop a failing deployment
     * @param rollback              roll back when the breaker trips
     * @param strategy              the ECS strategy
     * @param bakeTimeMinutes       Valid: 0 to 1440, or {@link #NOT_SET}.
     * @param canaryPercent         Valid: 0.1 to 100.
     * @param canaryBakeTimeMinutes Valid: 0 to 1440.
     * @param linearStepPercent     Valid: 3 to 100.
     * @param linearStepBakeTimeMinutes Valid: 0 to 1440.
     * @param lifecycleHooks        ECS lifecycle hooks
     * @param rollbackOnTarget5xx   Valid: 1 or more, or {@link #NOT_SET}.
     * @param rollbackOnUnhealthyHosts an unhealthy-host alarm
     * @param rollbackAlarmNames    existing alarms
     * @param forceNewDeployment    Terraform's redeployment trigger
     */
    public Deployment(int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback,
                      DeploymentStrategy strategy, int bakeTimeMinutes, double canaryPercent,
                      int canaryBakeTimeMinutes, double linearStepPercent, int linearStepBakeTimeMinutes,
                      List<LifecycleHook> lifecycleHooks, int rollbackOnTarget5xx, boolean rollbackOnUnhealthyHosts,
                      List<String> rollbackAlarmNames, boolean forceNewDeployment) {
        this(minimumHealthyPercent, maximumPercent, circuitBreaker, rollback, strategy, bakeTimeMinutes,
                canaryPercent, canaryBakeTimeMinutes, linearStepPercent, linearStepBakeTimeMinutes, lifecycleHooks,
                rollbackOnTarget5xx, rollbackOnUnhealthyHosts, rollbackAlarmNames, forceNewDeployment,
                DeploymentController.ECS, CodeDeploy.DEFAULT);
    }

    /**
     * A rolling deployment (the components before the deployment strategies existed).
     *
     * @param minimumHealthyPercent tasks kept running. Valid: 0 to 100.
     * @param maximumPercent        tasks allowed. Valid: 100 to 200.
     * @param circuitBreaker        stop a failing deployment
     * @param rollback              roll back when the breaker trips
     */
    public Deployment(int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback) {
        this(minimumHealthyPercent, maximumPercent, circuitBreaker, rollback, DeploymentStrategy.ROLLING, NOT_SET,
                10.0, 10, 20.0, 5, List.of(), NOT_SET, false, List.of(), false);
    }

    /**
     * Whether a CloudWatch alarm (Berth's or existing) rolls a deployment back.
     *
     * @return true when alarms are asked for
     */
    public boolean hasAlarms() {
        return rollbackOnTarget5xx != NOT_SET || rollbackOnUnhealthyHosts || !rollbackAlarmNames.isEmpty();
    }

    /**
     * Whether Berth creates alarms on the service's target groups.
     *
     * @return true when a 5xx or unhealthy-host alarm is asked for
     */
    public boolean createsAlarms() {
        return rollbackOnTarget5xx != NOT_SET || rollbackOnUnhealthyHosts;
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
     * A builder holding this Deployment's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().minimumHealthyPercent(minimumHealthyPercent).maximumPercent(maximumPercent)
                .circuitBreaker(circuitBreaker).rollback(rollback).strategy(strategy).bakeTimeMinutes(bakeTimeMinutes)
                .canary(canaryPercent, canaryBakeTimeMinutes).linear(linearStepPercent, linearStepBakeTimeMinutes)
                .rollbackOnTarget5xx(rollbackOnTarget5xx).rollbackOnUnhealthyHosts(rollbackOnUnhealthyHosts)
                .forceNewDeployment(forceNewDeployment).controller(controller).codeDeploy(codeDeploy);
        b.lifecycleHooks.addAll(lifecycleHooks);
        b.rollbackAlarmNames.addAll(rollbackAlarmNames);
        return b;
    }

    /**
     * Builds a {@link Deployment}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private int minimumHealthyPercent;
        private int maximumPercent;
        private boolean circuitBreaker;
        private boolean rollback;
        private DeploymentStrategy strategy;
        private int bakeTimeMinutes;
        private double canaryPercent;
        private int canaryBakeTimeMinutes;
        private double linearStepPercent;
        private int linearStepBakeTimeMinutes;
        private final List<LifecycleHook> lifecycleHooks = new ArrayList<>();
        private int rollbackOnTarget5xx;
        private boolean rollbackOnUnhealthyHosts;
        private final List<String> rollbackAlarmNames = new ArrayList<>();
        private boolean forceNewDeployment;
        private DeploymentController controller;
        private CodeDeploy codeDeploy;

        private Builder() {
        }

        /**
         * Tasks kept running during a rolling deployment. Default: 100. Valid: 0 to 100.
         *
         * @param percent the new value of {@code minimumHealthyPercent}
         * @return this builder
         */
        public Builder minimumHealthyPercent(int percent) {
            this.minimumHealthyPercent = percent;
            return this;
        }

        /**
         * Tasks allowed during a rolling deployment. Default: 200. Valid: 100 to 200, above minimumHealthyPercent.
         *
         * @param percent the new value of {@code maximumPercent}
         * @return this builder
         */
        public Builder maximumPercent(int percent) {
            this.maximumPercent = percent;
            return this;
        }

        /**
         * Stop a deployment whose tasks keep failing. Default: true.
         *
         * @param enable the new value of {@code circuitBreaker}
         * @return this builder
         */
        public Builder circuitBreaker(boolean enable) {
            this.circuitBreaker = enable;
            return this;
        }

        /**
         * Roll back when the circuit breaker trips. Default: true.
         *
         * @param enable the new value of {@code rollback}
         * @return this builder
         */
        public Builder rollback(boolean enable) {
            this.rollback = enable;
            return this;
        }

        /**
         * The deployment strategy. Default: ROLLING. Valid: CANARY and LINEAR need an Application Load Balancer
         * exposure or Service Connect; BLUE_GREEN also runs without either (ECS then shifts no traffic).
         *
         * @param strategy the new value of {@code strategy}
         * @return this builder
         */
        public Builder strategy(DeploymentStrategy strategy) {
            this.strategy = strategy;
            return this;
        }

        /**
         * With BLUE_GREEN, CANARY or LINEAR: minutes the blue revision is kept after all traffic moved.
         * Default: {@link Deployment#NOT_SET} (left out: ECS's default). Valid: 0 to 1440.
         *
         * @param minutes the new value of {@code bakeTimeMinutes}
         * @return this builder
         */
        public Builder bakeTimeMinutes(int minutes) {
            this.bakeTimeMinutes = minutes;
            return this;
        }

        /**
         * A CANARY deployment's first shift and wait: {@code d.strategy(CANARY).canary(10, 15)}. Default: 10.0 %
         * for 10 minutes. Valid: 0.1 to 100 % in steps of 0.1; 0 to 1440 minutes.
         *
         * @param percent          the share of production traffic green gets first
         * @param bakeTimeMinutes  the wait before the rest moves
         * @return this builder
         */
        public Builder canary(double percent, int bakeTimeMinutes) {
            this.canaryPercent = percent;
            this.canaryBakeTimeMinutes = bakeTimeMinutes;
            return this;
        }

        /**
         * A LINEAR deployment's steps: {@code d.strategy(LINEAR).linear(25, 5)}. Default: 20.0 % every 5 minutes.
         * Valid: 3 to 100 % in steps of 0.1; 0 to 1440 minutes.
         *
         * @param stepPercent          the share of traffic moved per step
         * @param stepBakeTimeMinutes  the wait after each step
         * @return this builder
         */
        public Builder linear(double stepPercent, int stepBakeTimeMinutes) {
            this.linearStepPercent = stepPercent;
            this.linearStepBakeTimeMinutes = stepBakeTimeMinutes;
            return this;
        }

        /**
         * Adds a Lambda function ECS runs at {@code stages}. Default: none. Valid: a Lambda function ARN; at least
         * one stage; traffic-shift stages only with BLUE_GREEN, CANARY or LINEAR.
         *
         * @param functionArn the function's ARN
         * @param stages      the stages to run at
         * @return this builder
         */
        public Builder lifecycleHook(String functionArn, LifecycleStage... stages) {
            lifecycleHooks.add(new LifecycleHook(functionArn, Arrays.asList(stages)));
            return this;
        }

        /**
         * Rolls a deployment back when the service's targets answer {@code count} HTTP 5xx in a minute (an alarm
         * Berth creates per target group on HTTPCode_Target_5XX_Count). Default: {@link Deployment#NOT_SET} (no such
         * alarm). Valid: 1 or more; needs an exposure on a load balancer of the program.
         *
         * @param count the new value of {@code rollbackOnTarget5xx}
         * @return this builder
         */
        public Builder rollbackOnTarget5xx(int count) {
            this.rollbackOnTarget5xx = count;
            return this;
        }

        /**
         * Rolls a deployment back when a target stays unhealthy for two minutes (an alarm Berth creates per target
         * group on UnHealthyHostCount). Default: false. Valid: needs an exposure on a load balancer of the program.
         *
         * @param enable the new value of {@code rollbackOnUnhealthyHosts}
         * @return this builder
         */
        public Builder rollbackOnUnhealthyHosts(boolean enable) {
            this.rollbackOnUnhealthyHosts = enable;
            return this;
        }

        /**
         * Adds an existing CloudWatch alarm (by name) that rolls a deployment back. Default: none. Valid: 1 to 255
         * characters.
         *
         * @param alarmName the alarm's name
         * @return this builder
         */
        public Builder rollbackOnAlarm(String alarmName) {
            rollbackAlarmNames.add(alarmName);
            return this;
        }

        /**
         * Terraform only: redeploy when the module's {@code <service>_redeployment} variable changes. Default: false.
         * CloudFormation has no equivalent: use a deploy-time image version ({@code Image.deployTimeVersion}).
         *
         * @param enable the new value of {@code forceNewDeployment}
         * @return this builder
         */
        public Builder forceNewDeployment(boolean enable) {
            this.forceNewDeployment = enable;
            return this;
        }

        /**
         * Who deploys the service's new revisions. Default: ECS. Valid: CODE_DEPLOY needs an Application Load
         * Balancer exposure, ROLLING, no bake time, no ECS lifecycle hooks, no Service Connect, no
         * forceNewDeployment.
         *
         * @param controller the new value of {@code controller}
         * @return this builder
         */
        public Builder controller(DeploymentController controller) {
            this.controller = controller;
            return this;
        }

        /**
         * The CodeDeploy settings, used with controller CODE_DEPLOY. Default: {@link CodeDeploy#DEFAULT}.
         *
         * @param codeDeploy the new value of {@code codeDeploy}
         * @return this builder
         */
        public Builder codeDeploy(CodeDeploy codeDeploy) {
            this.codeDeploy = codeDeploy;
            return this;
        }

        /**
         * Deploys with AWS CodeDeploy: sets the controller to CODE_DEPLOY and changes the CodeDeploy settings,
         * e.g. {@code d.codeDeploy(c -> c.config(CodeDeployConfig.CANARY_10_PERCENT_5_MINUTES).testListenerPort(9000))}.
         *
         * @param settings changes to the current CodeDeploy settings
         * @return this builder
         */
        public Builder codeDeploy(Consumer<CodeDeploy.Builder> settings) {
            CodeDeploy.Builder b = codeDeploy.toBuilder();
            settings.accept(b);
            this.codeDeploy = b.build();
            this.controller = DeploymentController.CODE_DEPLOY;
            return this;
        }

        /**
         * Builds the Deployment. Values are checked later, with the whole program, by the validator.
         *
         * @return the Deployment
         */
        public Deployment build() {
            return new Deployment(minimumHealthyPercent, maximumPercent, circuitBreaker, rollback, strategy,
                    bakeTimeMinutes, canaryPercent, canaryBakeTimeMinutes, linearStepPercent,
                    linearStepBakeTimeMinutes, lifecycleHooks, rollbackOnTarget5xx, rollbackOnUnhealthyHosts,
                    rollbackAlarmNames, forceNewDeployment, controller, codeDeploy);
        }
    }
}
