package dev.berth.scaling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Service auto scaling: Application Auto Scaling of the desired count, with target-tracking policies on CPU, memory
 * or requests, and {@link ScalingPolicy policies} on custom metrics, metric math, alarms (step scaling) and an SQS
 * queue's backlog, and {@link ScheduledScaling schedules}.
 *
 * @param minCapacity              Default: 1. Valid: 0 or more, at most maxCapacity.
 * @param maxCapacity              0 means no auto scaling. Valid: 1 or more when scaling.
 * @param cpuTargetPercent         ECSServiceAverageCPUUtilization target; 0 means no such policy.
 * @param memoryTargetPercent      ECSServiceAverageMemoryUtilization target; 0 means no such policy.
 * @param requestsPerTarget        ALBRequestCountPerTarget target (needs an exposed service); 0 means none.
 * @param scaleInCooldownSeconds   Default: 300.
 * @param scaleOutCooldownSeconds  Default: 60.
 * @param policies                 further policies. Default: none.
 * @param schedules                scheduled changes of the bounds. Default: none.
 * @param disableScaleIn           true: the target-tracking policies (cpu, memory, requests, backlog) only add tasks.
 *                                 Default: false.
 */
public record AutoScaling(int minCapacity, int maxCapacity, int cpuTargetPercent, int memoryTargetPercent,
                          int requestsPerTarget, int scaleInCooldownSeconds, int scaleOutCooldownSeconds,
                          List<ScalingPolicy> policies, List<ScheduledScaling> schedules, boolean disableScaleIn) {

    /** No auto scaling: the service keeps its desired count. The default. */
    public static final AutoScaling NONE = new AutoScaling(1, 0, 0, 0, 0, 300, 60);

    /**
     * Creates the AutoScaling; programs use {@link #builder()}.
     *
     * @param minCapacity             Default: 1.
     * @param maxCapacity             0 means no auto scaling.
     * @param cpuTargetPercent        0 means no such policy.
     * @param memoryTargetPercent     0 means no such policy.
     * @param requestsPerTarget       0 means no such policy.
     * @param scaleInCooldownSeconds  Default: 300.
     * @param scaleOutCooldownSeconds Default: 60.
     * @param policies                further policies
     * @param schedules               scheduled changes of the bounds
     * @param disableScaleIn          true: target tracking only adds tasks
     * @throws NullPointerException when a list is null
     */
    public AutoScaling {
        policies = List.copyOf(policies);
        schedules = List.copyOf(schedules);
    }

    /**
     * An AutoScaling with target tracking on CPU, memory or requests only.
     *
     * @param minCapacity             Default: 1.
     * @param maxCapacity             0 means no auto scaling.
     * @param cpuTargetPercent        0 means no such policy.
     * @param memoryTargetPercent     0 means no such policy.
     * @param requestsPerTarget       0 means no such policy.
     * @param scaleInCooldownSeconds  Default: 300.
     * @param scaleOutCooldownSeconds Default: 60.
     */
    public AutoScaling(int minCapacity, int maxCapacity, int cpuTargetPercent, int memoryTargetPercent,
                       int requestsPerTarget, int scaleInCooldownSeconds, int scaleOutCooldownSeconds) {
        this(minCapacity, maxCapacity, cpuTargetPercent, memoryTargetPercent, requestsPerTarget,
                scaleInCooldownSeconds, scaleOutCooldownSeconds, List.of(), List.of(), false);
    }

    /**
     * Whether the service scales.
     *
     * @return true when {@code maxCapacity} is above 0
     */
    public boolean isEnabled() {
        return maxCapacity > 0;
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return NONE.toBuilder();
    }

    /**
     * A builder holding this AutoScaling's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().minCapacity(minCapacity).maxCapacity(maxCapacity).cpuTargetPercent(cpuTargetPercent)
                .memoryTargetPercent(memoryTargetPercent).requestsPerTarget(requestsPerTarget)
                .scaleInCooldownSeconds(scaleInCooldownSeconds).scaleOutCooldownSeconds(scaleOutCooldownSeconds)
                .policies(policies).schedules(schedules).disableScaleIn(disableScaleIn);
    }

    /**
     * Builds a {@link AutoScaling}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private int minCapacity;
        private int maxCapacity;
        private int cpuTargetPercent;
        private int memoryTargetPercent;
        private int requestsPerTarget;
        private int scaleInCooldownSeconds;
        private int scaleOutCooldownSeconds;
        private final List<ScalingPolicy> policies = new ArrayList<>();
        private final List<ScheduledScaling> schedules = new ArrayList<>();
        private boolean disableScaleIn;

        private Builder() {
        }

        /**
         * Default: 1. Valid: 0 to maxCapacity.
         *
         * @param tasks the new value of {@code minCapacity}
         * @return this builder
         */
        public Builder minCapacity(int tasks) {
            this.minCapacity = tasks;
            return this;
        }

        /**
         * The most tasks; 0 means no auto scaling. Default: 0. Valid: 0 to 5000, at least minCapacity; 1 or more to
         * scale.
         *
         * @param tasks the new value of {@code maxCapacity}
         * @return this builder
         */
        public Builder maxCapacity(int tasks) {
            this.maxCapacity = tasks;
            return this;
        }

        /**
         * Keeps average CPU utilisation near this percentage (ECSServiceAverageCPUUtilization). Default: 0 (no such
         * policy). Valid: 0 or 1 to 100.
         *
         * @param percent the new value of {@code cpuTargetPercent}
         * @return this builder
         */
        public Builder cpuTargetPercent(int percent) {
            this.cpuTargetPercent = percent;
            return this;
        }

        /**
         * Keeps average memory utilisation near this percentage (ECSServiceAverageMemoryUtilization). Default: 0
         * (no such policy). Valid: 0 or 1 to 100.
         *
         * @param percent the new value of {@code memoryTargetPercent}
         * @return this builder
         */
        public Builder memoryTargetPercent(int percent) {
            this.memoryTargetPercent = percent;
            return this;
        }

        /**
         * Keeps ALB requests per task near this count (ALBRequestCountPerTarget; needs an exposed service).
         * Default: 0 (no such policy). Valid: 0 or more.
         *
         * @param requests the new value of {@code requestsPerTarget}
         * @return this builder
         */
        public Builder requestsPerTarget(int requests) {
            this.requestsPerTarget = requests;
            return this;
        }

        /**
         * Default: 300 seconds. Valid: 0 or more.
         *
         * @param seconds the new value of {@code scaleInCooldownSeconds}
         * @return this builder
         */
        public Builder scaleInCooldownSeconds(int seconds) {
            this.scaleInCooldownSeconds = seconds;
            return this;
        }

        /**
         * Default: 60 seconds. Valid: 0 or more.
         *
         * @param seconds the new value of {@code scaleOutCooldownSeconds}
         * @return this builder
         */
        public Builder scaleOutCooldownSeconds(int seconds) {
            this.scaleOutCooldownSeconds = seconds;
            return this;
        }

        /**
         * Adds a policy: {@link ScalingPolicy#trackMetric}, {@link ScalingPolicy#trackMetricMath} or
         * {@link ScalingPolicy#stepScaling}. Default: none. Valid: names unique among the service's policies; at most
         * one target-tracking policy per metric (AWS requires each to use a different metric).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(ScalingPolicy policy) {
            policies.add(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * Replaces the policies.
         *
         * @param policies the policies. Default: none.
         * @return this builder
         */
        public Builder policies(List<ScalingPolicy> policies) {
            this.policies.clear();
            this.policies.addAll(policies);
            return this;
        }

        /**
         * Makes the service an SQS queue worker: it scales on the backlog per task of the program's queue
         * {@code queue} so that a message waits at most about {@code acceptableLatency} when a task takes
         * {@code timePerMessage} for one, and from zero tasks when minCapacity is 0; the task role may consume the
         * queue. See {@link ScalingPolicy.QueueBacklog}. Default: no such policy.
         *
         * @param queue             the program's queue. Valid: declared with {@code queue(name, ...)}.
         * @param acceptableLatency e.g. {@code Duration.ofMinutes(1)}. Valid: positive, at least timePerMessage.
         * @param timePerMessage    e.g. {@code Duration.ofSeconds(2)}. Valid: positive.
         * @return this builder
         */
        public Builder queueBacklog(String queue, Duration acceptableLatency, Duration timePerMessage) {
            return policy(new ScalingPolicy.QueueBacklog(queue, "", acceptableLatency, timePerMessage));
        }

        /**
         * Like {@link #queueBacklog(String, Duration, Duration)}, on an existing queue.
         *
         * @param queueArn          the queue's ARN. Valid: {@code arn:<partition>:sqs:<region>:<account>:<name>}.
         * @param acceptableLatency Valid: positive, at least timePerMessage.
         * @param timePerMessage    Valid: positive.
         * @return this builder
         */
        public Builder queueBacklogOfArn(String queueArn, Duration acceptableLatency, Duration timePerMessage) {
            return policy(new ScalingPolicy.QueueBacklog("", queueArn, acceptableLatency, timePerMessage));
        }

        /**
         * Adds a scheduled change of the bounds, e.g. {@code schedule("night", "cron(0 20 * * ? *)", 0, 2)}.
         * Default: none. See {@link ScheduledScaling} for the valid expressions.
         *
         * @param name        unique among the service's schedules
         * @param schedule    an at, rate or cron expression (UTC)
         * @param minCapacity the new minimum, or {@link ScheduledScaling#KEEP}
         * @param maxCapacity the new maximum, or {@link ScheduledScaling#KEEP}
         * @return this builder
         */
        public Builder schedule(String name, String schedule, int minCapacity, int maxCapacity) {
            return schedule(ScheduledScaling.of(name, schedule, minCapacity, maxCapacity));
        }

        /**
         * Adds a scheduled change of the bounds (e.g. with a time zone). Default: none.
         *
         * @param schedule the schedule
         * @return this builder
         */
        public Builder schedule(ScheduledScaling schedule) {
            schedules.add(Objects.requireNonNull(schedule, "schedule"));
            return this;
        }

        /**
         * Replaces the schedules.
         *
         * @param schedules the schedules. Default: none.
         * @return this builder
         */
        public Builder schedules(List<ScheduledScaling> schedules) {
            this.schedules.clear();
            this.schedules.addAll(schedules);
            return this;
        }

        /**
         * Whether the cpu, memory, requests and backlog target-tracking policies only add tasks (scale-in
         * protection: tasks are then removed only by a step policy, a schedule or a person). Default: false.
         *
         * @param disable true to disable scale-in by these policies
         * @return this builder
         */
        public Builder disableScaleIn(boolean disable) {
            this.disableScaleIn = disable;
            return this;
        }

        /**
         * Builds the AutoScaling. Values are checked later, with the whole program, by the validator.
         *
         * @return the AutoScaling
         */
        public AutoScaling build() {
            return new AutoScaling(minCapacity, maxCapacity, cpuTargetPercent, memoryTargetPercent,
                    requestsPerTarget, scaleInCooldownSeconds, scaleOutCooldownSeconds, policies, schedules,
                    disableScaleIn);
        }
    }
}
