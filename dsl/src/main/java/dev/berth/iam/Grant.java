package dev.berth.iam;

import java.util.List;
import java.util.Objects;

/**
 * A permission given to the task role, i.e. to the application code in the containers. Berth turns each grant
 * into IAM statements scoped to exactly the named resource.
 */
public sealed interface Grant permits Grant.S3Bucket, Grant.DynamoDbTable, Grant.SqsConsume, Grant.SnsPublish,
        Grant.Statement, Grant.ProgramQueue {

    /**
     * Objects of an S3 bucket (by bucket name).
     *
     * @param bucketName the bucket's name (not its ARN)
     * @param access     what the task may do with the objects
     */
    record S3Bucket(String bucketName, Access access) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#s3Bucket(String, Access)}.
         *
         * @param bucketName the bucket's name (not its ARN)
         * @param access     what the task may do with the objects
         */
        public S3Bucket {
            Objects.requireNonNull(bucketName, "bucketName");
            Objects.requireNonNull(access, "access");
        }
    }

    /**
     * Items of a DynamoDB table (by table name) and its indexes.
     *
     * @param tableName the table's name (not its ARN)
     * @param access    what the task may do with the items
     */
    record DynamoDbTable(String tableName, Access access) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#dynamoDbTable(String, Access)}.
         *
         * @param tableName the table's name (not its ARN)
         * @param access    what the task may do with the items
         */
        public DynamoDbTable {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(access, "access");
        }
    }

    /**
     * Receive and delete messages of an SQS queue (by ARN).
     *
     * @param queueArn the queue's ARN
     */
    record SqsConsume(String queueArn) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#sqsConsume(String)}.
         *
         * @param queueArn the queue's ARN
         */
        public SqsConsume {
            Objects.requireNonNull(queueArn, "queueArn");
        }
    }

    /**
     * A queue of the program (by its name in the program): {@code consume} receives, deletes and extends the
     * visibility of messages; otherwise the grant sends messages.
     *
     * @param queue   the queue's name in the program
     * @param consume true to consume, false to send
     */
    record ProgramQueue(String queue, boolean consume) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#consumeQueue(String)} or {@link Grant#sendToQueue(String)}.
         *
         * @param queue   the queue's name in the program
         * @param consume true to consume, false to send
         */
        public ProgramQueue {
            Objects.requireNonNull(queue, "queue");
        }
    }

    /**
     * Publish to an SNS topic (by ARN).
     *
     * @param topicArn the topic's ARN
     */
    record SnsPublish(String topicArn) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#snsPublish(String)}.
         *
         * @param topicArn the topic's ARN
         */
        public SnsPublish {
            Objects.requireNonNull(topicArn, "topicArn");
        }
    }

    /**
     * A custom Allow statement. Berth rejects {@code "*"} as an action; scope resources as tightly as you can.
     *
     * @param actions   IAM actions, e.g. {@code kinesis:PutRecord}
     * @param resources resource ARNs the actions apply to
     */
    record Statement(List<String> actions, List<String> resources) implements Grant {
        /**
         * Creates the statement; programs use {@link Grant#statement(List, List)}.
         *
         * @param actions   IAM actions, e.g. {@code kinesis:PutRecord}; not {@code "*"}
         * @param resources resource ARNs the actions apply to
         */
        public Statement {
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
        }
    }

    /**
     * Objects of an S3 bucket.
     *
     * @param bucketName the bucket's name (not its ARN)
     * @param access     what the task may do with the objects
     * @return the grant
     */
    static Grant s3Bucket(String bucketName, Access access) {
        return new S3Bucket(bucketName, access);
    }

    /**
     * Items of a DynamoDB table and its indexes.
     *
     * @param tableName the table's name (not its ARN)
     * @param access    what the task may do with the items
     * @return the grant
     */
    static Grant dynamoDbTable(String tableName, Access access) {
        return new DynamoDbTable(tableName, access);
    }

    /**
     * Receive and delete messages of an SQS queue that the program does not declare.
     *
     * @param queueArn the queue's ARN
     * @return the grant
     */
    static Grant sqsConsume(String queueArn) {
        return new SqsConsume(queueArn);
    }

    /**
     * Receive and delete messages of the program's queue {@code queue} (declared with {@code queue(...)}).
     *
     * @param queue the queue's name in the program
     * @return the grant
     */
    static Grant consumeQueue(String queue) {
        return new ProgramQueue(queue, true);
    }

    /**
     * Send messages to the program's queue {@code queue} (declared with {@code queue(...)}).
     *
     * @param queue the queue's name in the program
     * @return the grant
     */
    static Grant sendToQueue(String queue) {
        return new ProgramQueue(queue, false);
    }

    /**
     * Publish to an SNS topic.
     *
     * @param topicArn the topic's ARN
     * @return the grant
     */
    static Grant snsPublish(String topicArn) {
        return new SnsPublish(topicArn);
    }

    /**
     * A custom Allow statement, for what the other grants do not cover.
     *
     * @param actions   IAM actions, e.g. {@code kinesis:PutRecord}; {@code "*"} is rejected
     * @param resources resource ARNs, as narrow as possible
     * @return the grant
     */
    static Grant statement(List<String> actions, List<String> resources) {
        return new Statement(actions, resources);
    }
}
