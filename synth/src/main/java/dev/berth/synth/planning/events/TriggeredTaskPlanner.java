package dev.berth.synth.planning.events;

import dev.berth.Application;
import dev.berth.events.EventTask;
import dev.berth.events.ScheduledTask;
import dev.berth.events.TaskEnvironment;
import dev.berth.events.TriggeredTask;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.compute.ComputeResources.StrategyItem;
import dev.berth.synth.plan.events.EventsResources;
import dev.berth.synth.plan.events.EventsResources.EcsTarget;
import dev.berth.synth.plan.events.EventsResources.InputTransformer;
import dev.berth.synth.plan.events.EventsResources.PolicyStatement;
import dev.berth.synth.plan.events.EventsResources.RetryPolicy;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.plan.iam.IamResources.Statement;
import dev.berth.synth.plan.messaging.MessagingResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.security.ResourcePolicies;
import dev.berth.synth.planning.compute.ClusterPlanner.PlannedCluster;
import dev.berth.synth.planning.compute.ServicePlanner;
import dev.berth.synth.planning.compute.ServicePlanner.PlannedTask;
import dev.berth.synth.planning.network.PlannedNetwork;
import dev.berth.synth.planning.storage.FileSystemPlanner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plans the tasks that schedules and events start: each task's own resources (security group, log groups, roles,
 * task definition, as a service's), the schedule or rule that starts it, the role EventBridge or the scheduler
 * assumes to start it, and the dead-letter queue of failed start requests.
 *
 * <p>The role may run only this task definition family ({@code ecs:RunTask} on
 * {@code task-definition/<family>:*}), only in this cluster (the {@code ecs:cluster} condition), pass only this
 * task's execution and task roles and only to ECS tasks ({@code iam:PassedToService}), tag only the tasks it starts
 * ({@code ecs:TagResource} with {@code ecs:CreateAction RunTask}, needed when tags are propagated or ECS adds its
 * managed tags), and, for a schedule, send to its dead-letter queue (EventBridge Scheduler delivers dead letters with
 * the schedule's role; EventBridge rules deliver them under the queue's policy instead). Its trust policy admits only
 * the service acting for this account ({@code aws:SourceAccount}) and this schedule group or rule
 * ({@code aws:SourceArn}), the confused-deputy guard the EventBridge and EventBridge Scheduler user guides document.
 */
public final class TriggeredTaskPlanner {

    /** The longest schedule and rule name EventBridge accepts. */
    private static final int MAX_NAME = 64;

    private TriggeredTaskPlanner() {
    }

    public static void plan(Application app, Map<String, PlannedCluster> clusters, PlannedNetwork network,
                            PlanBuilder plan) {
        for (TriggeredTask t : app.events().tasks()) {
            Service shape = t.asService();
            PlannedTask task = ServicePlanner.task(shape, network, plan);
            FileSystemPlanner.mounts(shape, task.securityGroup(), plan);
            ResourceId cluster = clusters.get(app.clusterOf(shape)).id();
            String name = physicalName(app.name() + "-" + t.name());
            Value deadLetters = deadLetterQueue(app, t, plan);
            EcsTarget ecs = ecsTarget(t, shape, task, network, clusters.get(app.clusterOf(shape)), plan);
            boolean scheduled = t instanceof ScheduledTask;
            ResourceId roleId = ResourceId.of(IamResources.Role.class, t.name(), scheduled ? "scheduler" : "events");
            Value sourceArn = scheduled
                    ? Value.arnInThisAccount("scheduler", "schedule-group/default")
                    : Value.arnInThisAccount("events", "rule/" + name);
            plan.add(new IamResources.Role(roleId, (scheduled ? "EventBridge Scheduler" : "EventBridge")
                    + " starts the task " + t.name(), trustPolicy(scheduled ? "scheduler.amazonaws.com"
                    : "events.amazonaws.com", sourceArn), plan.tags()));
            plan.add(new IamResources.RolePolicy(ResourceId.of(IamResources.RolePolicy.class, t.name(),
                    scheduled ? "scheduler" : "events"), roleId.attr(Attr.NAME),
                    plan.applicationName() + "-" + t.name() + "-run-task", PolicyDocument.of(
                    statements(t, task, cluster, scheduled ? deadLetters : null))));
            RetryPolicy retry = new RetryPolicy(t.maximumRetryAttempts(), t.maximumEventAgeSeconds());
            String state = t.enabled() ? "ENABLED" : "DISABLED";
            if (t instanceof ScheduledTask s) {
                plan.add(new EventsResources.Schedule(ResourceId.of(EventsResources.Schedule.class, t.name()), name,
                        "Runs the task " + t.name() + " of " + app.name() + " (Berth)", s.schedule(), s.timeZone(),
                        s.flexibleWindowMinutes() == 0 ? null : s.flexibleWindowMinutes(), state,
                        cluster.attr(Attr.ARN), roleId.attr(Attr.ARN), ecs, overrides(t, task), retry, deadLetters));
            } else {
                EventTask e = (EventTask) t;
                ResourceId ruleId = ResourceId.of(EventsResources.EventRule.class, t.name());
                plan.add(new EventsResources.EventRule(ruleId, name, "Runs the task " + t.name() + " of "
                        + app.name() + " for each matching event (Berth)", Value.literal(e.eventPattern()), state,
                        new EventsResources.RuleTarget("run-task", cluster.attr(Attr.ARN), roleId.attr(Attr.ARN),
                                ecs, transformer(t, task), retry, deadLetters), plan.tagsNamed(t.name())));
                if (t.deadLetterQueueArn().isEmpty() && deadLetters != null) {
                    deadLetterPolicy(t, ruleId, plan);
                }
            }
            if (scheduled && t.deadLetterQueueArn().isEmpty() && deadLetters != null) {
                deadLetterPolicy(t, null, plan);
            }
        }
    }

    /** A schedule or rule name of at most 64 characters (an application and task name may have 65 together). */
    private static String physicalName(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    private static Value deadLetterQueue(Application app, TriggeredTask t, PlanBuilder plan) {
        if (!t.deadLetterQueue()) {
            return null;
        }
        if (!t.deadLetterQueueArn().isEmpty()) {
            return Value.literal(t.deadLetterQueueArn());
        }
        ResourceId dlq = deadLetterQueueId(t.name());
        // The longest retention SQS allows (14 days), to inspect and replay failed start requests.
        plan.add(new MessagingResources.Queue(dlq, app.name() + "-" + t.name() + "-dlq", 30, 1_209_600, true, null,
                plan.tagsNamed(t.name() + "-dlq")));
        return dlq.attr(Attr.ARN);
    }

    /** The dead-letter queue Berth creates for a task's failed start requests. */
    public static ResourceId deadLetterQueueId(String task) {
        return ResourceId.of(MessagingResources.Queue.class, task, "start-dlq");
    }

    /**
     * The policy of a dead-letter queue Berth creates: requests only over TLS; and EventBridge sends a rule's dead
     * letters under the queue's policy, so only this rule may send (Amazon EventBridge User Guide, "Using dead-letter
     * queues to process undelivered events", granting permissions to the queue). A schedule's role sends its own.
     */
    private static void deadLetterPolicy(TriggeredTask t, ResourceId rule, PlanBuilder plan) {
        ResourceId dlq = deadLetterQueueId(t.name());
        List<PolicyStatement> statements = new ArrayList<>();
        if (rule != null) {
            statements.add(new PolicyStatement("RuleSendsDeadLetters", "Allow",
                    Map.of("Service", Value.literal("events.amazonaws.com")), List.of("sqs:SendMessage"),
                    List.of(dlq.attr(Attr.ARN)), Map.of("ArnEquals", Map.of("aws:SourceArn", rule.attr(Attr.ARN)))));
        }
        statements.add(ResourcePolicies.onlyOverTls("sqs:*", dlq.attr(Attr.ARN)));
        plan.add(new EventsResources.QueuePolicy(ResourceId.of(EventsResources.QueuePolicy.class, t.name(),
                "start-dlq"), dlq.attr(Attr.URL), statements));
    }


    private static EcsTarget ecsTarget(TriggeredTask t, Service shape, PlannedTask task, PlannedNetwork network,
                                       PlannedCluster cluster, PlanBuilder plan) {
        // an EC2 capacity provider by the physical name ECS knows it by
        List<StrategyItem> strategy = t.capacityProviderStrategy().stream().map(s -> new StrategyItem(
                dev.berth.synth.planning.compute.ClusterPlanner.physicalProvider(cluster.spec(), s.provider(), plan),
                s.base(), s.weight())).toList();
        return new EcsTarget(task.definition().id().attr(Attr.ARN), t.taskCount(),
                strategy.isEmpty() ? t.launchType().name() : null, strategy,
                ServicePlanner.onFargate(shape) ? t.platformVersion() : null,
                new ComputeResources.AwsvpcConfiguration(network.subnets(t.subnets()),
                        List.of(task.securityGroup().attr(Attr.ID)), false),
                t.propagateTags() ? "TASK_DEFINITION" : null, t.ecsManagedTags());
    }

    private static PolicyDocument trustPolicy(String principal, Value sourceArn) {
        Map<String, Map<String, Value>> conditions = new LinkedHashMap<>();
        conditions.put("StringEquals", Map.of("aws:SourceAccount", Value.pseudo(Pseudo.ACCOUNT_ID)));
        conditions.put("ArnLike", Map.of("aws:SourceArn", sourceArn));
        return PolicyDocument.of(List.of(Statement.allow("StartsTasksForThisAccount", principal,
                List.of("sts:AssumeRole"), List.of(), conditions)));
    }

    private static List<Statement> statements(TriggeredTask t, PlannedTask task, ResourceId cluster,
                                              Value deadLetters) {
        List<Statement> s = new ArrayList<>();
        // RunTask authorises the task definition (any revision of the family) and the cluster through ecs:cluster
        // (Service Authorization Reference, Amazon ECS: RunTask, resource task-definition, condition ecs:cluster).
        s.add(Statement.allow("RunThisTaskInThisCluster", null, List.of("ecs:RunTask"),
                List.of(Value.arnInThisAccount("ecs", "task-definition/" + task.definition().family() + ":*")),
                Map.of("ArnEquals", Map.of("ecs:cluster", cluster.attr(Attr.ARN)))));
        s.add(Statement.allow("PassOnlyThisTasksRoles", null, List.of("iam:PassRole"),
                List.of(task.definition().executionRoleArn(), task.definition().taskRoleArn()),
                Map.of("StringEquals", Map.of("iam:PassedToService", Value.literal("ecs-tasks.amazonaws.com")))));
        if (t.propagateTags() || t.ecsManagedTags()) {
            // Tags on RunTask are authorised as ecs:TagResource on the new task (Amazon ECS Developer Guide, "Grant
            // permission to tag resources on creation"), limited to tasks RunTask creates in this cluster.
            s.add(Statement.allow("TagTheTasksItStarts", null, List.of("ecs:TagResource"),
                    List.of(Value.arnInThisAccount("ecs", "task/", cluster.attr(Attr.NAME), "/*")),
                    Map.of("StringEquals", Map.of("ecs:CreateAction", Value.literal("RunTask")))));
        }
        if (deadLetters != null) {
            s.add(Statement.allow("SendDeadLetters", null, List.of("sqs:SendMessage"), List.of(deadLetters),
                    Map.of()));
        }
        return s;
    }

    /** The containers' names: an override's empty container means the first one. */
    private static String container(TaskEnvironment e, PlannedTask task) {
        return e.container().isEmpty() ? task.definition().containers().get(0).name() : e.container();
    }

    /** The RunTask overrides of a scheduled task's fixed environment; null: none. */
    private static String overrides(TriggeredTask t, PlannedTask task) {
        if (t.environment().isEmpty()) {
            return null;
        }
        Map<String, List<String>> byContainer = new LinkedHashMap<>();
        for (TaskEnvironment e : t.environment()) {
            byContainer.computeIfAbsent(container(e, task), k -> new ArrayList<>())
                    .add("{\"name\":" + Json.quote(e.name()) + ",\"value\":" + Json.quote(e.value()) + "}");
        }
        return containerOverrides(byContainer);
    }

    /**
     * The input transformer of an event task: each variable's JSON path, and RunTask overrides whose environment
     * values are the variables in quotes, so that a number in the event arrives as the string ECS requires
     * (EventBridge fills a quoted placeholder with the value's text).
     */
    private static InputTransformer transformer(TriggeredTask t, PlannedTask task) {
        if (t.environment().isEmpty()) {
            return null;
        }
        Map<String, String> paths = new LinkedHashMap<>();
        Map<String, List<String>> byContainer = new LinkedHashMap<>();
        for (TaskEnvironment e : t.environment()) {
            String variable = e.name().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
            String unique = variable.isEmpty() ? "v" : variable;
            for (int i = 2; paths.containsKey(unique); i++) {
                unique = variable + i;
            }
            paths.put(unique, e.value());
            byContainer.computeIfAbsent(container(e, task), k -> new ArrayList<>())
                    .add("{\"name\":" + Json.quote(e.name()) + ",\"value\":\"<" + unique + ">\"}");
        }
        return new InputTransformer(paths, containerOverrides(byContainer));
    }

    private static String containerOverrides(Map<String, List<String>> byContainer) {
        List<String> containers = new ArrayList<>();
        byContainer.forEach((name, env) -> containers.add("{\"name\":" + Json.quote(name) + ",\"environment\":["
                + String.join(",", env) + "]}"));
        return "{\"containerOverrides\":[" + String.join(",", containers) + "]}";
    }
}
