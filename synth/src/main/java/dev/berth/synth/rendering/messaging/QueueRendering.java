package dev.berth.synth.rendering.messaging;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.messaging.MessagingResources.Queue;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::SQS::Queue / aws_sqs_queue. {@code Ref} is the queue's URL in CloudFormation, as {@code id} is in Terraform.
 * The redrive policy is a JSON object in CloudFormation and a JSON string for the provider.
 */
public final class QueueRendering extends Rendering<Queue> {

    public QueueRendering() {
        super(Queue.class, cfn("AWS::SQS::Queue", "Queue").ref(Attr.URL).getAtt(Attr.ARN, "Arn")
                        .getAtt(Attr.NAME, "QueueName"),
                tf("aws_sqs_queue").attr(Attr.URL, "id").attr(Attr.ARN, "arn").attr(Attr.NAME, "name"));
    }

    @Override
    protected void cloudFormation(Queue r, Body p) {
        p.string("QueueName", r.queueName())
                .integer("VisibilityTimeout", r.visibilityTimeoutSeconds())
                .integer("MessageRetentionPeriod", r.messageRetentionSeconds())
                .bool("SqsManagedSseEnabled", r.sqsManagedSse())
                .value("KmsMasterKeyId", r.kmsMasterKeyId());
        if (r.redrive() != null) {
            p.document("RedrivePolicy", redrive -> redrive
                    .value("deadLetterTargetArn", r.redrive().deadLetterTargetArn())
                    .integer("maxReceiveCount", r.redrive().maxReceiveCount()));
        }
        p.tags(r.tags());
    }

    @Override
    protected void terraform(Queue r, Body b) {
        b.string("name", r.queueName())
                .integer("visibility_timeout_seconds", r.visibilityTimeoutSeconds())
                .integer("message_retention_seconds", r.messageRetentionSeconds())
                .bool("sqs_managed_sse_enabled", r.sqsManagedSse())
                .value("kms_master_key_id", r.kmsMasterKeyId());
        if (r.redrive() != null) {
            b.document("redrive_policy", redrive -> redrive
                    .value("deadLetterTargetArn", r.redrive().deadLetterTargetArn())
                    .integer("maxReceiveCount", r.redrive().maxReceiveCount()));
        }
        b.tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "QueueName", "name"),
                Parity.value("visibility", "VisibilityTimeout", "visibility_timeout_seconds"),
                Parity.value("retention", "MessageRetentionPeriod", "message_retention_seconds"),
                Parity.value("encrypted", "SqsManagedSseEnabled", "sqs_managed_sse_enabled"),
                Parity.value("key", "KmsMasterKeyId", "kms_master_key_id"),
                Parity.value("deadLetters", "RedrivePolicy/deadLetterTargetArn", "redrive_policy/deadLetterTargetArn"),
                Parity.value("maxReceives", "RedrivePolicy/maxReceiveCount", "redrive_policy/maxReceiveCount"));
    }
}
