package dev.berth.synth.planning.messaging;

import dev.berth.Application;
import dev.berth.messaging.Queue;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.messaging.MessagingResources;
import dev.berth.synth.plan.events.EventsResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.security.ResourcePolicies;

import java.util.List;

/**
 * The program's queues: each an SSE-SQS encrypted standard queue, with a dead-letter queue {@code <name>-dlq} kept
 * for the 14 days SQS allows at most, so failed messages can be inspected and redriven; both accept requests over TLS
 * only.
 */
public final class QueuePlanner {

    /** The longest retention SQS allows (14 days), for dead letters. */
    static final int DEAD_LETTER_RETENTION_SECONDS = 1_209_600;

    private QueuePlanner() {
    }

    /** The resource of the program's queue {@code name} (what grants read the ARN of). */
    public static ResourceId queueId(String name) {
        return ResourceId.of(MessagingResources.Queue.class, name);
    }

    /** A queue accepts requests over TLS only (its resource policy denies the others). */
    private static void onlyOverTls(ResourceId queue, PlanBuilder plan) {
        plan.add(new EventsResources.QueuePolicy(ResourceId.of(EventsResources.QueuePolicy.class, queue.name().toArray(String[]::new)),
                queue.attr(Attr.URL), List.of(ResourcePolicies.onlyOverTls("sqs:*", queue.attr(Attr.ARN)))));
    }

    public static void plan(Application app, PlanBuilder plan) {
        for (Queue q : app.queues()) {
            // A customer managed key replaces SSE-SQS (SQS takes one kind of server-side encryption); the
            // dead-letter queue keeps the same protection as the queue whose messages it holds.
            Value key = q.isKmsEncrypted() ? Value.literal(q.kmsKeyArn()) : null;
            Boolean sqsManaged = key == null ? Boolean.TRUE : null;
            MessagingResources.Redrive redrive = null;
            if (q.hasDeadLetterQueue()) {
                ResourceId dlq = ResourceId.of(MessagingResources.Queue.class, q.name() + "-dlq");
                plan.add(new MessagingResources.Queue(dlq, app.name() + "-" + q.name() + "-dlq",
                        q.visibilityTimeoutSeconds(), DEAD_LETTER_RETENTION_SECONDS, sqsManaged, null,
                        plan.tagsNamed(q.name() + "-dlq"), key));
                redrive = new MessagingResources.Redrive(dlq.attr(Attr.ARN), q.maxReceiveCount());
                onlyOverTls(dlq, plan);
            }
            ResourceId id = queueId(q.name());
            plan.add(new MessagingResources.Queue(id, app.name() + "-" + q.name(), q.visibilityTimeoutSeconds(),
                    q.retentionSeconds(), sqsManaged, redrive, plan.tagsNamed(q.name()), key));
            onlyOverTls(id, plan);
            plan.output(q.name() + "-queue-url", "URL of the SQS queue " + q.name(), id.attr(Attr.URL));
        }
    }
}
