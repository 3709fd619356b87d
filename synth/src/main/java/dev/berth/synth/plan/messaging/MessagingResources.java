package dev.berth.synth.plan.messaging;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.Map;

/** The planned messaging resources: SQS queues. */
public final class MessagingResources {

    private MessagingResources() {
    }

    /**
     * An SQS standard queue.
     *
     * @param queueName                the physical name, {@code <application>-<name>} (at most 80 characters)
     * @param sqsManagedSse            encryption at rest with SQS-managed keys; null with a KMS key (left out: SQS
     *                                 takes one kind of server-side encryption)
     * @param redrive                  where failed messages go; null: no dead-letter queue
     * @param kmsMasterKeyId           the customer managed KMS key that encrypts the queue; null: SSE-SQS
     */
    public record Queue(ResourceId id, String queueName, int visibilityTimeoutSeconds, int messageRetentionSeconds,
                        Boolean sqsManagedSse, Redrive redrive, Map<String, String> tags, Value kmsMasterKeyId)
            implements PlannedResource {
        public Queue {
            tags = Immutable.map(tags);
        }

        /** A queue encrypted with SQS-managed keys or not at all. */
        public Queue(ResourceId id, String queueName, int visibilityTimeoutSeconds, int messageRetentionSeconds,
                     boolean sqsManagedSse, Redrive redrive, Map<String, String> tags) {
            this(id, queueName, visibilityTimeoutSeconds, messageRetentionSeconds, sqsManagedSse, redrive, tags, null);
        }
    }

    /** @param deadLetterTargetArn the dead-letter queue's ARN; @param maxReceiveCount receives before moving */
    public record Redrive(Value deadLetterTargetArn, int maxReceiveCount) {
    }
}
