package dev.berth.synth.planning.events;

import dev.berth.Application;
import dev.berth.compute.Cluster;
import dev.berth.events.TaskNotifications;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.events.EventsResources;
import dev.berth.synth.plan.events.EventsResources.InputTransformer;
import dev.berth.synth.plan.events.EventsResources.PolicyStatement;
import dev.berth.synth.plan.security.SecurityResources;
import dev.berth.synth.plan.security.SecurityResources.KeyStatement;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.security.ResourcePolicies;
import dev.berth.synth.planning.compute.ClusterPlanner.PlannedCluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * E-mails about failing tasks: EventBridge rules on the reported clusters' ECS events, an SNS topic encrypted with a
 * customer managed key, the topic's policy and one e-mail subscription per address.
 *
 * <ul>
 *   <li>Task failures: {@code ECS Task State Change} events of the clusters with {@code lastStatus STOPPED} and either
 *       a container exit code other than 0 ({@code anything-but} matches numbers; a container without exit code, as
 *       in a task that never started, does not match) or the stop code {@code TaskFailedToStart}.</li>
 *   <li>Service events: {@code ECS Service Action} {@code SERVICE_TASK_START_IMPAIRED} and {@code ECS Deployment State
 *       Change} {@code SERVICE_DEPLOYMENT_FAILED} of the clusters' services (matched by the service ARN's prefix
 *       {@code service/<cluster>/}, since deployment events carry no cluster ARN).</li>
 *   <li>The key: EventBridge publishes to an encrypted topic only with a customer managed key whose policy lets
 *       {@code events.amazonaws.com} use it ({@code kms:GenerateDataKey*}, {@code kms:Decrypt}); the AWS managed key
 *       {@code alias/aws/sns} cannot be given that permission (Amazon SNS Developer Guide, "Enable compatibility
 *       between event sources from AWS services and encrypted topics").</li>
 *   <li>The topic policy lets only EventBridge publish, and only for these rules ({@code aws:SourceArn}), and only
 *       over TLS.</li>
 * </ul>
 */
public final class NotificationPlanner {

    /** The notifications' identity: {@code TaskEventsTopic} / {@code aws_sns_topic.task_events}. */
    static final String NAME = "task-events";

    private NotificationPlanner() {
    }

    public static void plan(Application app, Map<String, PlannedCluster> clusters, PlanBuilder plan) {
        TaskNotifications n = app.events().notifications();
        if (!n.enabled()) {
            return;
        }
        List<ResourceId> reported = (n.clusters().isEmpty()
                ? app.clusters().stream().map(Cluster::name).toList() : n.clusters()).stream()
                .map(c -> clusters.get(c).id()).toList();
        ResourceId key = ResourceId.of(SecurityResources.Key.class, "notifications");
        plan.add(new SecurityResources.Key(key, "Encrypts the SNS topic of " + app.name()
                + "'s task notifications (Berth)", true, null, keyPolicy(), false, plan.tagsNamed("notifications")));
        ResourceId topic = ResourceId.of(EventsResources.Topic.class, NAME);
        plan.add(new EventsResources.Topic(topic, app.name() + "-" + NAME, key.attr(Attr.ARN), plan.tagsNamed(NAME)));
        List<ResourceId> rules = new ArrayList<>();
        if (n.taskFailures()) {
            rules.add(rule(app, "task-failures", "Tasks of " + app.name() + " that stopped with a non-zero exit code or"
                            + " failed to start (Berth)", taskFailures(reported), topic,
                    new InputTransformer(ordered("task", "$.detail.taskArn", "group", "$.detail.group", "stopCode",
                            "$.detail.stopCode", "reason", "$.detail.stoppedReason"),
                            "\"ECS task <task> (<group>) stopped: <stopCode>. <reason>\""), plan));
        }
        if (n.serviceEvents()) {
            rules.add(rule(app, "service-events", "Services of " + app.name() + " that cannot start tasks or deploy"
                            + " (Berth)", serviceEvents(reported), topic,
                    new InputTransformer(ordered("event", "$.detail.eventName", "service", "$.resources[0]",
                            "reason", "$.detail.reason"), "\"ECS <event> for <service>. <reason>\""), plan));
        }
        List<PolicyStatement> statements = new ArrayList<>();
        for (ResourceId rule : rules) {
            statements.add(new PolicyStatement(pascal(rule.name().get(0)) + "Publishes", "Allow",
                    Map.of("Service", Value.literal("events.amazonaws.com")), List.of("sns:Publish"),
                    List.of(topic.attr(Attr.ARN)), Map.of("ArnEquals", Map.of("aws:SourceArn", rule.attr(Attr.ARN)))));
        }
        statements.add(ResourcePolicies.onlyOverTls("sns:Publish", topic.attr(Attr.ARN)));
        plan.add(new EventsResources.TopicPolicy(ResourceId.of(EventsResources.TopicPolicy.class, NAME),
                topic.attr(Attr.ARN), statements));
        for (String email : n.emails()) {
            plan.add(new EventsResources.TopicSubscription(ResourceId.of(EventsResources.TopicSubscription.class, NAME,
                    email.replaceAll("[^A-Za-z0-9]+", "-")), topic.attr(Attr.ARN), "email", email));
        }
        plan.output(NAME + "-topic-arn", "ARN of the SNS topic of the task notifications", topic.attr(Attr.ARN));
    }

    private static ResourceId rule(Application app, String name, String description, Value pattern, ResourceId topic,
                                   InputTransformer input, PlanBuilder plan) {
        ResourceId id = ResourceId.of(EventsResources.EventRule.class, name);
        plan.add(new EventsResources.EventRule(id, app.name() + "-" + name, description, pattern, "ENABLED",
                new EventsResources.RuleTarget("email", topic.attr(Attr.ARN), null, null, input, null, null),
                plan.tagsNamed(name)));
        return id;
    }

    private static Value taskFailures(List<ResourceId> clusters) {
        List<Object> parts = new ArrayList<>();
        parts.add("{\"source\":[\"aws.ecs\"],\"detail-type\":[\"ECS Task State Change\"],\"detail\":{\"clusterArn\":[");
        for (int i = 0; i < clusters.size(); i++) {
            parts.add(i == 0 ? "\"" : ",\"");
            parts.add(clusters.get(i).attr(Attr.ARN));
            parts.add("\"");
        }
        parts.add("],\"lastStatus\":[\"STOPPED\"],\"$or\":[{\"containers\":{\"exitCode\":[{\"anything-but\":0}]}},"
                + "{\"stopCode\":[\"TaskFailedToStart\"]}]}}");
        return Value.concat(parts.toArray());
    }

    private static Value serviceEvents(List<ResourceId> clusters) {
        List<Object> parts = new ArrayList<>();
        parts.add("{\"source\":[\"aws.ecs\"],\"detail-type\":[\"ECS Service Action\",\"ECS Deployment State Change\"],"
                + "\"resources\":[");
        for (int i = 0; i < clusters.size(); i++) {
            parts.add(i == 0 ? "{\"prefix\":\"" : ",{\"prefix\":\"");
            parts.add(Value.arnInThisAccount("ecs", "service/", clusters.get(i).attr(Attr.NAME), "/"));
            parts.add("\"}");
        }
        parts.add("],\"detail\":{\"eventName\":[\"SERVICE_TASK_START_IMPAIRED\",\"SERVICE_DEPLOYMENT_FAILED\"]}}");
        return Value.concat(parts.toArray());
    }

    /**
     * The account administers the key through IAM (without this statement no IAM policy could grant anything on it),
     * and EventBridge may use it to publish to the topic.
     */
    private static List<KeyStatement> keyPolicy() {
        Value partition = Value.pseudo(Pseudo.PARTITION);
        Value account = Value.pseudo(Pseudo.ACCOUNT_ID);
        List<KeyStatement> statements = new ArrayList<>();
        statements.add(new KeyStatement("AccountAdministersKey", "Allow",
                Map.of("AWS", Value.concat("arn:", partition, ":iam::", account, ":root")), List.of("kms:*"),
                Map.of()));
        statements.add(new KeyStatement("EventBridgePublishesToTheTopic", "Allow",
                Map.of("Service", Value.literal("events.amazonaws.com")),
                List.of("kms:Decrypt", "kms:GenerateDataKey*"), Map.of()));
        return statements;
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static String pascal(String hyphenated) {
        return dev.berth.synth.plan.Names.pascal(hyphenated);
    }
}
