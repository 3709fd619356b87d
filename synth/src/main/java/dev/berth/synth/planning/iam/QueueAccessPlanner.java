package dev.berth.synth.planning.iam;

import dev.berth.Application;
import dev.berth.iam.Grant;
import dev.berth.messaging.Queue;
import dev.berth.scaling.ScalingPolicy;
import dev.berth.service.Service;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.iam.IamResources.PolicyDocument;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.messaging.QueuePlanner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the task role needs for the program's queues beyond the grants' own statements, in a policy
 * {@code <application>-<service>-queues} of its own: a queue worker ({@link ScalingPolicy.QueueBacklog}) consumes its
 * queue without a grant in the program, and a queue encrypted with a customer managed KMS key needs the key. The SQS
 * Developer Guide ("Key management", permissions for producers and consumers) lists {@code kms:Decrypt} for a
 * consumer, {@code kms:GenerateDataKey} and {@code kms:Decrypt} for a producer, on exactly that key.
 */
public final class QueueAccessPlanner {

    /** The consume actions of the AWS SDKs' receive loop, as {@code Grant.consumeQueue} gives them. */
    static final List<String> CONSUME = List.of("sqs:ChangeMessageVisibility", "sqs:DeleteMessage",
            "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage");

    private QueueAccessPlanner() {
    }

    public static void plan(Application app, Service service, PlanBuilder plan) {
        if (!service.task().taskRoleArn().isEmpty()) {
            return; // an existing task role: its permissions are the program's to give
        }
        Set<String> consumed = new TreeSet<>();
        Set<String> sent = new TreeSet<>();
        Set<String> consumedArns = new TreeSet<>();
        for (Grant g : service.task().grants()) {
            if (g instanceof Grant.ProgramQueue q) {
                (q.consume() ? consumed : sent).add(q.queue());
            } else if (g instanceof Grant.SqsConsume q) {
                consumedArns.add(q.queueArn());
            }
        }
        StatementList s = new StatementList();
        Set<String> worked = new TreeSet<>();
        for (ScalingPolicy p : service.autoScaling().policies()) {
            if (p instanceof ScalingPolicy.QueueBacklog q && !q.queue().isEmpty()) {
                worked.add(q.queue());
                if (!consumed.contains(q.queue())) {
                    s.allow("QueueWorkerConsume" + Names.pascal(q.queue()), CONSUME,
                            QueuePlanner.queueId(q.queue()).attr(Attr.ARN));
                }
            } else if (p instanceof ScalingPolicy.QueueBacklog q && !consumedArns.contains(q.queueArn())) {
                s.allow("QueueWorkerConsume", CONSUME, Value.literal(q.queueArn()));
            }
        }
        Map<String, Set<String>> keyActions = new LinkedHashMap<>();
        for (Queue q : app.queues()) {
            if (!q.isKmsEncrypted()) {
                continue;
            }
            if (consumed.contains(q.name()) || worked.contains(q.name())) {
                keyActions.computeIfAbsent(q.kmsKeyArn(), k -> new TreeSet<>()).add("kms:Decrypt");
            }
            if (sent.contains(q.name())) {
                keyActions.computeIfAbsent(q.kmsKeyArn(), k -> new TreeSet<>())
                        .addAll(List.of("kms:Decrypt", "kms:GenerateDataKey"));
            }
        }
        // One statement per set of actions, on exactly the keys that need them.
        Map<List<String>, Set<Value>> byActions = new LinkedHashMap<>();
        keyActions.forEach((key, actions) -> byActions.computeIfAbsent(List.copyOf(actions),
                a -> new LinkedHashSet<>()).add(Value.literal(key)));
        byActions.forEach((actions, keys) -> s.allow(actions.contains("kms:GenerateDataKey") ? "QueueKeysSend"
                : "QueueKeysConsume", actions, new ArrayList<>(keys)));
        if (!s.isEmpty()) {
            ResourceId role = ResourceId.of(IamResources.Role.class, service.name(), "task");
            plan.add(new IamResources.RolePolicy(ResourceId.of(IamResources.RolePolicy.class, service.name(),
                    "queues"), role.attr(Attr.NAME), plan.applicationName() + "-" + service.name() + "-queues",
                    PolicyDocument.of(s.statements())));
        }
    }
}
