package dev.berth.synth.plan.events;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.AwsvpcConfiguration;
import dev.berth.synth.plan.compute.ComputeResources.StrategyItem;

import java.util.List;
import java.util.Map;

/**
 * The planned event-driven resources: EventBridge Scheduler schedules and EventBridge rules that start tasks or
 * report ECS events, the SNS topic the reports go to (its policy and e-mail subscriptions), and the queue policy of
 * a rule's dead-letter queue.
 */
public final class EventsResources {

    private EventsResources() {
    }

    /**
     * What {@code ecs:RunTask} gets from a schedule or rule.
     *
     * @param launchType      null when the strategy is given
     * @param platformVersion null off Fargate
     * @param propagateTags   {@code TASK_DEFINITION}; null: tags are not propagated
     */
    public record EcsTarget(Value taskDefinitionArn, int taskCount, String launchType,
                            List<StrategyItem> capacityProviderStrategy, String platformVersion,
                            AwsvpcConfiguration network, String propagateTags, boolean ecsManagedTags) {
        public EcsTarget {
            capacityProviderStrategy = Immutable.list(capacityProviderStrategy);
        }
    }

    /** How long and how often a failed delivery is retried. */
    public record RetryPolicy(int maximumRetryAttempts, int maximumEventAgeSeconds) {
    }

    /**
     * An EventBridge Scheduler schedule in the default group that runs an ECS task.
     *
     * @param flexibleWindowMinutes null: the window is off (on time)
     * @param state                 {@code ENABLED} or {@code DISABLED}
     * @param clusterArn            the target's ARN: the cluster
     * @param input                 the RunTask overrides as JSON ({@code containerOverrides}); null: none
     * @param deadLetterArn         null: no dead-letter queue
     */
    public record Schedule(ResourceId id, String name, String description, String expression, String timeZone,
                           Integer flexibleWindowMinutes, String state, Value clusterArn, Value roleArn,
                           EcsTarget ecs, String input, RetryPolicy retry, Value deadLetterArn)
            implements PlannedResource {
    }

    /**
     * An input transformer: values of the event by JSON path, and the template they fill.
     *
     * @param inputPaths variable (alphanumeric) to JSON path, in order
     */
    public record InputTransformer(Map<String, String> inputPaths, String template) {
        public InputTransformer {
            inputPaths = Immutable.map(inputPaths);
        }
    }

    /**
     * A rule's one target.
     *
     * @param roleArn       the role EventBridge assumes; null for a target authorised by its resource policy (SNS)
     * @param ecs           the RunTask parameters; null when the target is not ECS
     * @param input         null: the event as it is
     * @param retry         null: EventBridge's defaults
     * @param deadLetterArn null: no dead-letter queue
     */
    public record RuleTarget(String targetId, Value arn, Value roleArn, EcsTarget ecs, InputTransformer input,
                             RetryPolicy retry, Value deadLetterArn) {
    }

    /**
     * An EventBridge rule on the default event bus.
     *
     * @param eventPattern the pattern as JSON text (a reference inside it, e.g. a cluster's ARN, is spliced in)
     * @param state        {@code ENABLED} or {@code DISABLED}
     */
    public record EventRule(ResourceId id, String name, String description, Value eventPattern, String state,
                            RuleTarget target, Map<String, String> tags) implements PlannedResource {
        public EventRule {
            tags = Immutable.map(tags);
        }
    }

    /** An SNS standard topic encrypted with {@code kmsKeyId} (a customer managed key). */
    public record Topic(ResourceId id, String topicName, Value kmsKeyId, Map<String, String> tags)
            implements PlannedResource {
        public Topic {
            tags = Immutable.map(tags);
        }
    }

    /**
     * A statement of a resource policy (a topic's, a queue's), version {@code 2012-10-17}.
     *
     * @param effect     {@code Allow} or {@code Deny}
     * @param principal  principal type ({@code Service}, {@code AWS}) to who
     * @param conditions operator to condition key to value, in order; empty: none
     */
    public record PolicyStatement(String sid, String effect, Map<String, Value> principal, List<String> actions,
                                  List<Value> resources, Map<String, Map<String, Value>> conditions) {
        public PolicyStatement {
            principal = Immutable.map(principal);
            actions = Immutable.list(actions);
            resources = Immutable.list(resources);
            conditions = Immutable.nested(conditions);
        }
    }

    /** The resource policy of a topic. */
    public record TopicPolicy(ResourceId id, Value topicArn, List<PolicyStatement> policy) implements PlannedResource {
        public TopicPolicy {
            policy = Immutable.list(policy);
        }
    }

    /** A subscription of {@code endpoint} by {@code protocol} (e.g. {@code email}) to a topic. */
    public record TopicSubscription(ResourceId id, Value topicArn, String protocol, String endpoint)
            implements PlannedResource {
    }

    /** The resource policy of an SQS queue ({@code queueUrl}). */
    public record QueuePolicy(ResourceId id, Value queueUrl, List<PolicyStatement> policy) implements PlannedResource {
        public QueuePolicy {
            policy = Immutable.list(policy);
        }
    }
}
