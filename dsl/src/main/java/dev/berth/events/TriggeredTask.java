package dev.berth.events;

import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.network.SubnetSelection;
import dev.berth.service.Deployment;
import dev.berth.service.LaunchType;
import dev.berth.service.PropagateTags;
import dev.berth.service.Service;
import dev.berth.task.TaskDefinition;

import java.util.List;

/**
 * An application-level task that no service keeps running: something starts it ({@code ecs:RunTask}) when a schedule
 * fires ({@link ScheduledTask}) or an event matches ({@link EventTask}). What the two share: the task and where it
 * runs, the retry policy and the dead-letter queue of the start request.
 */
public sealed interface TriggeredTask permits ScheduledTask, EventTask {

    /**
     * The task's name and identity in the program, unique among services and triggered tasks.
     *
     * @return the name
     */
    String name();

    /**
     * The cluster the task runs in; empty: the application's only cluster.
     *
     * @return the cluster's name
     */
    String cluster();

    /**
     * The task definition.
     *
     * @return the task definition
     */
    TaskDefinition task();

    /**
     * Used when {@link #capacityProviderStrategy()} is empty.
     *
     * @return the launch type
     */
    LaunchType launchType();

    /**
     * The capacity provider strategy; empty: the launch type.
     *
     * @return the strategy
     */
    List<CapacityProviderStrategyItem> capacityProviderStrategy();

    /**
     * The Fargate platform version.
     *
     * @return the version
     */
    String platformVersion();

    /**
     * The subnets the task runs in.
     *
     * @return the subnets
     */
    SubnetSelection subnets();

    /**
     * How many copies of the task each trigger starts.
     *
     * @return the count
     */
    int taskCount();

    /**
     * Whether the task definition's tags are copied to the task.
     *
     * @return true to propagate
     */
    boolean propagateTags();

    /**
     * Whether ECS adds its managed tags (cluster, service) to the task.
     *
     * @return true to add them
     */
    boolean ecsManagedTags();

    /**
     * Environment variables given to the containers for a run.
     *
     * @return the overrides
     */
    List<TaskEnvironment> environment();

    /**
     * How often EventBridge retries a start request that failed.
     *
     * @return the retries
     */
    int maximumRetryAttempts();

    /**
     * How long EventBridge keeps retrying, in seconds.
     *
     * @return the age
     */
    int maximumEventAgeSeconds();

    /**
     * Whether failed start requests go to a dead-letter queue.
     *
     * @return true for a dead-letter queue
     */
    boolean deadLetterQueue();

    /**
     * The ARN of an existing dead-letter queue; empty: Berth creates one (when {@link #deadLetterQueue()}).
     *
     * @return the ARN or empty
     */
    String deadLetterQueueArn();

    /**
     * Whether the schedule or rule is enabled.
     *
     * @return true when enabled
     */
    boolean enabled();

    /**
     * The task as the one-task service shape Berth plans and checks task definitions, roles, log groups and security
     * groups with (the same rules apply to its task as to a service's): named like the task, never started by a
     * service of its own.
     *
     * @return a service value with this task's name, cluster, task definition and placement
     */
    default Service asService() {
        return new Service(name(), cluster(), task(), 1, launchType(), capacityProviderStrategy(), platformVersion(),
                subnets(), false, Deployment.DEFAULT, false, Service.NOT_SET, PropagateTags.NONE, List.of(),
                dev.berth.scaling.AutoScaling.NONE, false, List.of());
    }
}
