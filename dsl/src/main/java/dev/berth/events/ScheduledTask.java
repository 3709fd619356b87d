package dev.berth.events;

import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.network.SubnetSelection;
import dev.berth.service.LaunchType;
import dev.berth.task.TaskDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A task that an Amazon EventBridge Scheduler schedule starts ({@code ecs:RunTask}) at the times a cron, rate or
 * one-time expression gives, in the private subnets with a security group of its own and no public IP. Berth
 * creates the schedule, the role the scheduler assumes (allowed to run only this task definition family in this
 * cluster and to pass only this task's two roles to ECS), and a dead-letter queue for start requests that failed
 * after the retries.
 *
 * <pre>{@code
 * app.scheduledTask("nightly-report", t -> t
 *     .task(td -> td.container("app", c -> c.image(ECR + "/shop/report:1.0")))
 *     .schedule("cron(0 2 * * ? *)").timeZone("Europe/Berlin"));
 * }</pre>
 *
 * @param name                     the task's name and identity. Required. Valid: lower-case letters, digits and
 *                                 hyphens, starting with a letter, up to 32; unique among services and tasks.
 * @param cluster                  the cluster it runs in. Default: the application's only cluster.
 * @param task                     the task definition. Required (at least one container).
 * @param schedule                 when it runs: {@code cron(minutes hours day-of-month month day-of-week year)},
 *                                 {@code rate(value unit)} or {@code at(yyyy-mm-ddThh:mm:ss)}. Required. Valid: the
 *                                 grammar EventBridge Scheduler accepts ({@code SCHEDULE_EXPRESSION}).
 * @param timeZone                 the IANA time zone cron and at expressions are read in. Default: UTC.
 * @param flexibleWindowMinutes    a window after the scheduled time within which the scheduler may start the task,
 *                                 to spread load. Default: 0 (off: exactly on time). Valid: 0 to 1440.
 * @param launchType               used when capacityProviderStrategy is empty. Default: FARGATE.
 * @param capacityProviderStrategy Default: none (the launch type is used).
 * @param platformVersion          Fargate platform version. Default: LATEST.
 * @param subnets                  Default: the private subnets.
 * @param taskCount                tasks started per run. Default: 1. Valid: 1 to 10.
 * @param propagateTags            copy the task definition's tags to the tasks. Default: true.
 * @param ecsManagedTags           ECS adds its managed tags (cluster name) to the tasks. Default: true.
 * @param environment              environment variables given to containers for each run. Default: none.
 * @param maximumRetryAttempts     retries of a failed start request. Default: 3 (AWS: 185). Valid: 0 to 185.
 * @param maximumEventAgeSeconds   how long a start request is retried. Default: 3600 (AWS: 86400). Valid: 60 to
 *                                 86400.
 * @param deadLetterQueue          whether failed start requests go to a dead-letter queue. Default: true.
 * @param deadLetterQueueArn       an existing SQS queue for them. Default: empty (Berth creates
 *                                 {@code <application>-<name>-dlq}, SSE-SQS, 14 days). Valid: an SQS queue ARN.
 * @param enabled                  Default: true.
 */
public record ScheduledTask(String name, String cluster, TaskDefinition task, String schedule, String timeZone,
                            int flexibleWindowMinutes, LaunchType launchType,
                            List<CapacityProviderStrategyItem> capacityProviderStrategy, String platformVersion,
                            SubnetSelection subnets, int taskCount, boolean propagateTags, boolean ecsManagedTags,
                            List<TaskEnvironment> environment, int maximumRetryAttempts, int maximumEventAgeSeconds,
                            boolean deadLetterQueue, String deadLetterQueueArn, boolean enabled)
        implements TriggeredTask {

    /**
     * Creates the ScheduledTask; programs use {@link #builder()} instead.
     *
     * @param name                     the task's name
     * @param cluster                  the cluster it runs in; empty: the only cluster
     * @param task                     the task definition
     * @param schedule                 the cron, rate or at expression
     * @param timeZone                 the IANA time zone
     * @param flexibleWindowMinutes    the flexible window; 0: off
     * @param launchType               the launch type
     * @param capacityProviderStrategy the capacity provider strategy
     * @param platformVersion          the Fargate platform version
     * @param subnets                  the subnets
     * @param taskCount                tasks per run
     * @param propagateTags            copy the task definition's tags
     * @param ecsManagedTags           ECS managed tags
     * @param environment              environment overrides
     * @param maximumRetryAttempts     retries
     * @param maximumEventAgeSeconds   how long retries last
     * @param deadLetterQueue          whether there is a dead-letter queue
     * @param deadLetterQueueArn       an existing dead-letter queue; empty: Berth's
     * @param enabled                  whether the schedule is enabled
     * @throws NullPointerException when a reference component is null
     */
    public ScheduledTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(launchType, "launchType");
        Objects.requireNonNull(platformVersion, "platformVersion");
        Objects.requireNonNull(subnets, "subnets");
        subnets = subnets.isDefault() ? SubnetSelection.privateSubnets() : subnets;
        Objects.requireNonNull(deadLetterQueueArn, "deadLetterQueueArn");
        capacityProviderStrategy = List.copyOf(capacityProviderStrategy);
        environment = List.copyOf(environment);
    }

    /**
     * Starts a ScheduledTask with its defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this ScheduledTask's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).cluster(cluster).task(task).schedule(schedule).timeZone(timeZone)
                .flexibleWindowMinutes(flexibleWindowMinutes).launchType(launchType).platformVersion(platformVersion)
                .subnets(subnets).taskCount(taskCount).propagateTags(propagateTags).ecsManagedTags(ecsManagedTags)
                .maximumRetryAttempts(maximumRetryAttempts).maximumEventAgeSeconds(maximumEventAgeSeconds)
                .deadLetterQueue(deadLetterQueue).deadLetterQueueArn(deadLetterQueueArn).enabled(enabled);
        b.capacityProviderStrategy.addAll(capacityProviderStrategy);
        b.environment.addAll(environment);
        return b;
    }

    /** Builds a {@link ScheduledTask}. Every setter documents its default and valid values. */
    public static final class Builder {
        private String name = "";
        private String cluster = "";
        private TaskDefinition task = TaskDefinition.builder().build();
        private String schedule = "";
        private String timeZone = "UTC";
        private int flexibleWindowMinutes;
        private LaunchType launchType = LaunchType.FARGATE;
        private final List<CapacityProviderStrategyItem> capacityProviderStrategy = new ArrayList<>();
        private String platformVersion = "LATEST";
        private SubnetSelection subnets = SubnetSelection.privateSubnets();
        private int taskCount = 1;
        private boolean propagateTags = true;
        private boolean ecsManagedTags = true;
        private final List<TaskEnvironment> environment = new ArrayList<>();
        private int maximumRetryAttempts = 3;
        private int maximumEventAgeSeconds = 3600;
        private boolean deadLetterQueue = true;
        private String deadLetterQueueArn = "";
        private boolean enabled = true;

        private Builder() {
        }

        /**
         * The task's name and identity. Required. Valid: lower-case letters, digits and hyphens, starting with a
         * letter, up to 32; unique among services and tasks.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The cluster it runs in. Default: the application's only cluster.
         *
         * @param cluster the cluster's name in the program
         * @return this builder
         */
        public Builder cluster(String cluster) {
            this.cluster = cluster;
            return this;
        }

        /**
         * The task definition. Required (at least one container).
         *
         * @param task the new value of {@code task}
         * @return this builder
         */
        public Builder task(TaskDefinition task) {
            this.task = task;
            return this;
        }

        /**
         * Describes the task definition: {@code t.task(td -> td.container(...))}. Required (at least one container).
         * Default: the {@link TaskDefinition} defaults (256 CPU units, 512 MiB).
         *
         * @param configure configures a builder holding the current task definition
         * @return this builder
         */
        public Builder task(Consumer<TaskDefinition.Builder> configure) {
            TaskDefinition.Builder b = task.toBuilder();
            configure.accept(b);
            this.task = b.build();
            return this;
        }

        /**
         * When the task runs. Required. Valid: {@code cron(minutes hours day-of-month month day-of-week year)} with
         * {@code ?} in exactly one of day-of-month and day-of-week, {@code rate(value minute|minutes|hour|hours|day|days)}
         * or {@code at(yyyy-mm-ddThh:mm:ss)} (EventBridge Scheduler's grammar; {@code SCHEDULE_EXPRESSION}).
         *
         * @param expression the schedule expression, e.g. {@code cron(0 2 * * ? *)}
         * @return this builder
         */
        public Builder schedule(String expression) {
            this.schedule = expression;
            return this;
        }

        /**
         * The time zone cron and at expressions are read in (daylight saving time included). Default: UTC. Valid:
         * an IANA time zone name such as {@code Europe/Berlin} ({@code SCHEDULE_TIME_ZONE}).
         *
         * @param zone the IANA time zone
         * @return this builder
         */
        public Builder timeZone(String zone) {
            this.timeZone = zone;
            return this;
        }

        /**
         * A flexible time window: the scheduler starts the task at some time within this many minutes after the
         * scheduled time. Default: 0 (off: on time). Valid: 0 to 1440.
         *
         * @param minutes the window's length
         * @return this builder
         */
        public Builder flexibleWindowMinutes(int minutes) {
            this.flexibleWindowMinutes = minutes;
            return this;
        }

        /**
         * Used when no capacity provider is given. Default: FARGATE.
         *
         * @param launchType the new value of {@code launchType}
         * @return this builder
         */
        public Builder launchType(LaunchType launchType) {
            this.launchType = launchType;
            return this;
        }

        /**
         * Adds one entry to the capacity provider strategy (which replaces the launch type). Default: none. Valid:
         * providers associated with the cluster, at most one entry with a base above 0.
         *
         * @param provider FARGATE, FARGATE_SPOT or an Auto Scaling group capacity provider's name
         * @param base     tasks placed on this provider first. Valid: 0 to 100000
         * @param weight   share of the remaining tasks. Valid: 0 to 1000
         * @return this builder
         */
        public Builder capacityProvider(String provider, int base, int weight) {
            capacityProviderStrategy.add(CapacityProviderStrategyItem.of(provider, base, weight));
            return this;
        }

        /**
         * Default: LATEST. Valid: LATEST or a Fargate platform version such as 1.4.0.
         *
         * @param version the new value of {@code platformVersion}
         * @return this builder
         */
        public Builder platformVersion(String version) {
            this.platformVersion = version;
            return this;
        }

        /**
         * Default: the private subnets. Valid: private subnets (the task gets no public IP), which need NAT or VPC
         * endpoints.
         *
         * @param subnets the new value of {@code subnets}
         * @return this builder
         */
        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        /**
         * Tasks started per run. Default: 1. Valid: 1 to 10.
         *
         * @param count the new value of {@code taskCount}
         * @return this builder
         */
        public Builder taskCount(int count) {
            this.taskCount = count;
            return this;
        }

        /**
         * Copy the task definition's tags (the program's tags) to each task. Default: true.
         *
         * @param propagate the new value of {@code propagateTags}
         * @return this builder
         */
        public Builder propagateTags(boolean propagate) {
            this.propagateTags = propagate;
            return this;
        }

        /**
         * ECS adds its managed tags (the cluster's name) to each task. Default: true.
         *
         * @param managed the new value of {@code ecsManagedTags}
         * @return this builder
         */
        public Builder ecsManagedTags(boolean managed) {
            this.ecsManagedTags = managed;
            return this;
        }

        /**
         * Gives a container an environment variable for each run (a RunTask container override). Default: none.
         * Valid: a container of the task; a name of letters, digits and underscores.
         *
         * @param container the container's name; empty: the task's first container
         * @param name      the variable's name
         * @param value     its value
         * @return this builder
         */
        public Builder environment(String container, String name, String value) {
            environment.add(new TaskEnvironment(container, name, value));
            return this;
        }

        /**
         * Retries of a failed start request. Default: 3 (EventBridge Scheduler's own default is 185). Valid: 0 to
         * 185.
         *
         * @param retries the new value of {@code maximumRetryAttempts}
         * @return this builder
         */
        public Builder maximumRetryAttempts(int retries) {
            this.maximumRetryAttempts = retries;
            return this;
        }

        /**
         * How long a failed start request is retried. Default: 3600 seconds (EventBridge Scheduler's own default is
         * 86400). Valid: 60 to 86400.
         *
         * @param seconds the new value of {@code maximumEventAgeSeconds}
         * @return this builder
         */
        public Builder maximumEventAgeSeconds(int seconds) {
            this.maximumEventAgeSeconds = seconds;
            return this;
        }

        /**
         * Whether start requests that failed after the retries go to a dead-letter queue. Default: true.
         *
         * @param deadLetterQueue the new value of {@code deadLetterQueue}
         * @return this builder
         */
        public Builder deadLetterQueue(boolean deadLetterQueue) {
            this.deadLetterQueue = deadLetterQueue;
            return this;
        }

        /**
         * An existing SQS queue as the dead-letter queue (the scheduler's role is allowed to send to it). Default:
         * empty (Berth creates one). Valid: an SQS queue ARN.
         *
         * @param arn the queue's ARN
         * @return this builder
         */
        public Builder deadLetterQueueArn(String arn) {
            this.deadLetterQueueArn = arn;
            return this;
        }

        /**
         * Default: true. A disabled schedule starts nothing.
         *
         * @param enabled the new value of {@code enabled}
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Builds the ScheduledTask. Values are checked later, with the whole program, by the validator.
         *
         * @return the ScheduledTask
         */
        public ScheduledTask build() {
            return new ScheduledTask(name, cluster, task, schedule, timeZone, flexibleWindowMinutes, launchType,
                    capacityProviderStrategy, platformVersion, subnets, taskCount, propagateTags, ecsManagedTags,
                    environment, maximumRetryAttempts, maximumEventAgeSeconds, deadLetterQueue, deadLetterQueueArn,
                    enabled);
        }
    }
}
