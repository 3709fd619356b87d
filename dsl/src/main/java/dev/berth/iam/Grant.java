package dev.berth.iam;

import java.util.List;
import java.util.Objects;

/**
 * A permission given to the task role, i.e. to the application code in the containers. Berth turns each grant
 * into IAM statements scoped to exactly the named resource.
 */
public sealed interface Grant permits Grant.S3Bucket, Grant.DynamoDbTable, Grant.SqsConsume, Grant.SnsPublish,
        Grant.Statement, Grant.ProgramQueue {

    /** Objects of an S3 bucket (by bucket name). */
    record S3Bucket(String bucketName, Access access) implements Grant {
        public S3Bucket {
            Objects.requireNonNull(bucketName, "bucketName");
            Objects.requireNonNull(access, "access");
        }
    }

    /** Items of a DynamoDB table (by table name) and its indexes. */
    record DynamoDbTable(String tableName, Access access) implements Grant {
        public DynamoDbTable {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(access, "access");
        }
    }

    /** Receive and delete messages of an SQS queue (by ARN). */
    record SqsConsume(String queueArn) implements Grant {
        public SqsConsume {
            Objects.requireNonNull(queueArn, "queueArn");
        }
    }

    /**
     * A queue of the program (by its name in the program): {@code consume} receives, deletes and extends the
     * visibility of messages; otherwise the grant sends messages.
     */
    record ProgramQueue(String queue, boolean consume) implements Grant {
        public ProgramQueue {
            Objects.requireNonNull(queue, "queue");
        }
    }

    /** Publish to an SNS topic (by ARN). */
    record SnsPublish(String topicArn) implements Grant {
        public SnsPublish {
            Objects.requireNonNull(topicArn, "topicArn");
        }
    }

    /** A custom Allow statement. Berth rejects {@code "*"} as an action; scope resources as tightly as you can. */
    record Statement(List<String> actions, List<String> resources) implements Grant {
        public Statement {
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
        }
    }

    static Grant s3Bucket(String bucketName, Access access) {
        return new S3Bucket(bucketName, access);
    }

    static Grant dynamoDbTable(String tableName, Access access) {
        return new DynamoDbTable(tableName, access);
    }

    static Grant sqsConsume(String queueArn) {
        return new SqsConsume(queueArn);
    }

    /** Receive and delete messages of the program's queue {@code queue} (declared with {@code queue(...)}). */
    static Grant consumeQueue(String queue) {
        return new ProgramQueue(queue, true);
    }

    /** Send messages to the program's queue {@code queue} (declared with {@code queue(...)}). */
    static Grant sendToQueue(String queue) {
        return new ProgramQueue(queue, false);
    }

    static Grant snsPublish(String topicArn) {
        return new SnsPublish(topicArn);
    }

    static Grant statement(List<String> actions, List<String> resources) {
        return new Statement(actions, resources);
    }
}
