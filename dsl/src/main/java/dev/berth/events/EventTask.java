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
 * A task that an Amazon EventBridge rule starts ({@code ecs:RunTask}) for each event matching its pattern on the
 * account's default event bus, in the private subnets with a security group of its own and no public IP. Values of
 * the event reach the containers as environment variables through the target's input transformer (a RunTask
 * container override). Berth creates the rule, its target, the role EventBridge assumes (allowed to run only this
 * task definition family in this cluster and to pass only this task's two roles to ECS), and a dead-letter queue
 * (with the queue policy that lets only this rule send to it) for start requests that failed after the retries.
 *
 * <pre>{@code
 * app.eventTask("thumbnails", t -> t
 *     .task(td -> td.container("app", c -> c.image(ECR + "/shop/thumbnails:1.0")))
 *     .onS3ObjectCreated("shop-uploads", "images/"));
 * }</pre>
 *
 * @param name                     the task's name and identity. Required. Valid: lower-case letters, digits and
 *                                 hyphens, starting with a letter, up to 32; unique among services and tasks.
 * @param cluster                  the cluster it runs in. Default: the application's only cluster.
 * @param task                     the task definition. Required (at least one container).
 * @param eventPattern             the EventBridge event pattern the rule matches, as JSON. Required. Valid: a JSON
 *                                 object whose leaves are arrays ({@code EVENT_PATTERN}).
 * @param launchType               used when capacityProviderStrategy is empty. Default: FARGATE.
 * @param capacityProviderStrategy Default: none (the launch type is used).
 * @param platformVersion          Fargate platform version. Default: LATEST.
 * @param subnets                  Default: the private subnets.
 * @param taskCount                tasks started per run. Default: 1. Valid: 1 to 10.
 * @param propagateTags            copy the task definition's tags to the tasks. Default: true.
 * @param ecsManagedTags           ECS adds its managed tags (cluster name) to the tasks. Default: true.
 * @param environment              environment variables given to containers for each run, each from a JSON path
 *                                 into the event. Default: none.
 * @param maximumRetryAttempts     retries of a failed start request. Default: 3 (AWS: 185). Valid: 0 to 185.
 * @param maximumEventAgeSeconds   how long a start request is retried. Default: 3600 (AWS: 86400). Valid: 60 to
 *                                 86400.
 * @param deadLetterQueue          whether failed start requests go to a dead-letter queue. Default: true.
 * @param deadLetterQueueArn       an existing SQS queue for them. Default: empty (Berth creates
 *                                 {@code <application>-<name>-dlq}, SSE-SQS, 14 days). Valid: an SQS queue ARN.
 * @param enabled                  Default: true.
 */
public record EventTask(String name, String cluster, TaskDefinition task, String eventPattern, LaunchType launchType,
                            List<CapacityProviderStrategyItem> capacityProviderStrategy, String platformVersion,
                            SubnetSelection subnets, int taskCount, boolean propagateTags, boolean ecsManagedTags,
                            List<TaskEnvironment> environment, int maximumRetryAttempts, int maximumEventAgeSeconds,
                            boolean deadLetterQueue, String deadLetterQueueArn, boolean enabled)
        implements TriggeredTask {

    /**
     * Creates the EventTask; programs use {@link #builder()} instead.
     *
     * @param name                     the task's name
     * @param cluster                  the cluster it runs in; empty: the only cluster
     * @param task                     the task definition
     * @param eventPattern             the event pattern (JSON)
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
     * @param enabled                  whether the rule is enabled
     * @throws NullPointerException when a reference component is null
     */
    public EventTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(eventPattern, "eventPattern");
        Objects.requireNonNull(launchType, "launchType");
        Objects.requireNonNull(platformVersion, "platformVersion");
        Objects.requireNonNull(subnets, "subnets");
        subnets = subnets.isDefault() ? SubnetSelection.privateSubnets() : subnets;
        Objects.requireNonNull(deadLetterQueueArn, "deadLetterQueueArn");
        capacityProviderStrategy = List.copyOf(capacityProviderStrategy);
        environment = List.copyOf(environment);
    }

    /**
     * Starts a EventTask with its defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this EventTask's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).cluster(cluster).task(task).eventPattern(eventPattern).launchType(launchType).platformVersion(platformVersion)
                .subnets(subnets).taskCount(taskCount).propagateTags(propagateTags).ecsManagedTags(ecsManagedTags)
                .maximumRetryAttempts(maximumRetryAttempts).maximumEventAgeSeconds(maximumEventAgeSeconds)
                .deadLetterQueue(deadLetterQueue).deadLetterQueueArn(deadLetterQueueArn).enabled(enabled);
        b.capacityProviderStrategy.addAll(capacityProviderStrategy);
        b.environment.addAll(environment);
        return b;
    }

    /** Builds a {@link EventTask}. Every setter documents its default and valid values. */
    public static final class Builder {
        private String name = "";
        private String cluster = "";
        private TaskDefinition task = TaskDefinition.builder().build();
        private String eventPattern = "";
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
         * The event pattern the rule matches on the default event bus, as JSON, e.g.
         * {@code {"source":["aws.s3"],"detail-type":["Object Created"]}}. Required (or {@link #onS3ObjectCreated}).
         * Valid: a JSON object whose leaves are arrays, as EventBridge requires ({@code EVENT_PATTERN}).
         *
         * @param json the pattern
         * @return this builder
         */
        public Builder eventPattern(String json) {
            this.eventPattern = json;
            return this;
        }

        /**
         * Runs the task for each object created in an S3 bucket under a key prefix: the pattern {@code source
         * aws.s3}, {@code detail-type "Object Created"}, the bucket's name and the key prefix; the first container
         * gets the variables {@code BUCKET} and {@code KEY} from the event. S3 sends these events to EventBridge only
         * when the bucket has EventBridge notifications turned on (S3 console: Properties, Event notifications,
         * Amazon EventBridge; or {@code NotificationConfiguration.EventBridgeConfiguration} /
         * {@code aws_s3_bucket_notification} with {@code eventbridge = true}): Berth does not create or change the
         * bucket. Default: no pattern.
         *
         * @param bucket the bucket's name. Valid: an S3 bucket name
         * @param prefix the key prefix; empty: every key
         * @return this builder
         */
        public Builder onS3ObjectCreated(String bucket, String prefix) {
            String key = prefix.isEmpty() ? "" : ",\"object\":{\"key\":[{\"prefix\":" + EventPatterns.quote(prefix) + "}]}";
            this.eventPattern = "{\"source\":[\"aws.s3\"],\"detail-type\":[\"Object Created\"],\"detail\":{"
                    + "\"bucket\":{\"name\":[" + EventPatterns.quote(bucket) + "]}" + key + "}}";
            environment.add(new TaskEnvironment("", "BUCKET", "$.detail.bucket.name"));
            environment.add(new TaskEnvironment("", "KEY", "$.detail.object.key"));
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
         * Gives a container an environment variable from the event for each run (through the target's input
         * transformer, as a RunTask container override). Default: none. Valid: a container of the task; a name of
         * letters, digits and underscores; a JSON path starting with {@code $.} in dot notation.
         *
         * @param container the container's name; empty: the task's first container
         * @param name      the variable's name
         * @param jsonPath  where in the event the value is, e.g. {@code $.detail.object.key}
         * @return this builder
         */
        public Builder environmentFromEvent(String container, String name, String jsonPath) {
            environment.add(new TaskEnvironment(container, name, jsonPath));
            return this;
        }

        /**
         * Retries of a failed start request. Default: 3 (EventBridge's own default is 185). Valid: 0 to
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
         * How long a failed start request is retried. Default: 3600 seconds (EventBridge's own default is
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
         * An existing SQS queue as the dead-letter queue (its queue policy must let events.amazonaws.com send to it from this rule, which Berth cannot set on a queue it does not create). Default:
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
         * Default: true. A disabled rule starts nothing.
         *
         * @param enabled the new value of {@code enabled}
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Builds the EventTask. Values are checked later, with the whole program, by the validator.
         *
         * @return the EventTask
         */
        public EventTask build() {
            return new EventTask(name, cluster, task, eventPattern, launchType,
                    capacityProviderStrategy, platformVersion, subnets, taskCount, propagateTags, ecsManagedTags,
                    environment, maximumRetryAttempts, maximumEventAgeSeconds, deadLetterQueue, deadLetterQueueArn,
                    enabled);
        }
    }
}
