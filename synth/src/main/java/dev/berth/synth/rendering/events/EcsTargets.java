package dev.berth.synth.rendering.events;

import dev.berth.synth.plan.compute.ComputeResources.StrategyItem;
import dev.berth.synth.plan.events.EventsResources.EcsTarget;
import dev.berth.synth.plan.events.EventsResources.RetryPolicy;
import dev.berth.synth.rendering.Body;

/**
 * The RunTask parameters as EventBridge rules and EventBridge Scheduler spell them. The two CloudFormation types
 * differ in one letter: a rule's {@code AwsVpcConfiguration}, a schedule's {@code AwsvpcConfiguration}.
 */
final class EcsTargets {

    private EcsTargets() {
    }

    static void cloudFormation(Body p, EcsTarget e, String awsvpcKey) {
        p.value("TaskDefinitionArn", e.taskDefinitionArn())
                .integer("TaskCount", e.taskCount())
                .string("LaunchType", e.launchType())
                .objects("CapacityProviderStrategy", e.capacityProviderStrategy(), EcsTargets::cfnStrategy)
                .string("PlatformVersion", e.platformVersion())
                .object("NetworkConfiguration", n -> n.object(awsvpcKey, a -> a
                        .values("Subnets", e.network().subnets())
                        .values("SecurityGroups", e.network().securityGroups())
                        .string("AssignPublicIp", e.network().assignPublicIp() ? "ENABLED" : "DISABLED")))
                .string("PropagateTags", e.propagateTags())
                .bool("EnableECSManagedTags", e.ecsManagedTags());
    }

    /** The block's keys as both {@code ecs_target} and {@code ecs_parameters} spell them. */
    static void terraform(Body b, EcsTarget e) {
        b.value("task_definition_arn", e.taskDefinitionArn())
                .integer("task_count", e.taskCount())
                .string("launch_type", e.launchType())
                .objects("capacity_provider_strategy", e.capacityProviderStrategy(), EcsTargets::tfStrategy)
                .string("platform_version", e.platformVersion())
                .object("network_configuration", n -> n
                        .values("subnets", e.network().subnets())
                        .values("security_groups", e.network().securityGroups())
                        .bool("assign_public_ip", e.network().assignPublicIp()))
                .string("propagate_tags", e.propagateTags())
                .bool("enable_ecs_managed_tags", e.ecsManagedTags());
    }

    static void cfnRetry(Body r, RetryPolicy retry) {
        r.integer("MaximumRetryAttempts", retry.maximumRetryAttempts())
                .integer("MaximumEventAgeInSeconds", retry.maximumEventAgeSeconds());
    }

    static void tfRetry(Body r, RetryPolicy retry) {
        r.integer("maximum_retry_attempts", retry.maximumRetryAttempts())
                .integer("maximum_event_age_in_seconds", retry.maximumEventAgeSeconds());
    }

    private static void cfnStrategy(Body item, StrategyItem s) {
        item.string("CapacityProvider", s.provider()).integer("Base", s.base()).integer("Weight", s.weight());
    }

    private static void tfStrategy(Body block, StrategyItem s) {
        block.string("capacity_provider", s.provider()).integer("base", s.base()).integer("weight", s.weight());
    }
}
