package dev.berth.iam;

import dev.berth.task.SecretRef;

import java.util.List;
import java.util.Objects;

/**
 * A permission given to the task role, i.e. to the application code in the containers. Berth turns each grant
 * into IAM statements scoped to exactly the named resource.
 */
public sealed interface Grant permits Grant.S3Bucket, Grant.DynamoDbTable, Grant.SqsConsume, Grant.SnsPublish,
        Grant.Statement, Grant.ProgramQueue, Grant.SqsSend, Grant.KmsKey, Grant.SecretRead, Grant.ParameterRead,
        Grant.PutEvents, Grant.PutMetricData {

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
     * Send messages to an SQS queue the program does not declare (by ARN).
     *
     * @param queueArn the queue's ARN
     */
    record SqsSend(String queueArn) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#sqsSend(String)}.
         *
         * @param queueArn the queue's ARN
         */
        public SqsSend {
            Objects.requireNonNull(queueArn, "queueArn");
        }
    }

    /**
     * Use a customer managed KMS key (by ARN): encrypt ({@code kms:Encrypt}, and {@code kms:GenerateDataKey} for the
     * envelope encryption the AWS SDKs and services use), decrypt ({@code kms:Decrypt}), or both.
     *
     * @param keyArn  the key's ARN
     * @param encrypt whether the task may encrypt
     * @param decrypt whether the task may decrypt
     */
    record KmsKey(String keyArn, boolean encrypt, boolean decrypt) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#kmsEncrypt(String)}, {@link Grant#kmsDecrypt(String)} or
         * {@link Grant#kmsEncryptDecrypt(String)}.
         *
         * @param keyArn  the key's ARN
         * @param encrypt whether the task may encrypt
         * @param decrypt whether the task may decrypt
         */
        public KmsKey {
            Objects.requireNonNull(keyArn, "keyArn");
        }
    }

    /**
     * Read a Secrets Manager secret at run time, from the application ({@code secretsmanager:GetSecretValue} and
     * {@code secretsmanager:DescribeSecret}, which the AWS caching clients call). A secret the container only needs
     * as a variable at start belongs in {@code secretFromSecretsManager} instead, read by the execution role.
     *
     * @param secret the secret, by complete ARN, partial ARN or name; no JSON key or version (IAM grants the whole
     *               secret)
     */
    record SecretRead(SecretRef secret) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#secretRead(SecretRef)}.
         *
         * @param secret the secret
         */
        public SecretRead {
            Objects.requireNonNull(secret, "secret");
        }
    }

    /**
     * Read an SSM parameter at run time, from the application ({@code ssm:GetParameter}, {@code ssm:GetParameters}).
     *
     * @param parameter the parameter's name (starting with {@code /}) or ARN
     */
    record ParameterRead(String parameter) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#parameterRead(String)}.
         *
         * @param parameter the parameter's name or ARN
         */
        public ParameterRead {
            Objects.requireNonNull(parameter, "parameter");
        }
    }

    /**
     * Put events on an EventBridge event bus ({@code events:PutEvents}).
     *
     * @param eventBus the bus's name in the deployment's account and region (e.g. {@code default}) or its ARN
     */
    record PutEvents(String eventBus) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#putEvents(String)}.
         *
         * @param eventBus the bus's name or ARN
         */
        public PutEvents {
            Objects.requireNonNull(eventBus, "eventBus");
        }
    }

    /**
     * Publish CloudWatch metrics in one namespace ({@code cloudwatch:PutMetricData}). The action has no resource
     * type, so the statement applies to every resource and is scoped by the {@code cloudwatch:namespace} condition
     * instead, the way AWS documents (Amazon CloudWatch User Guide, "Using condition keys to limit access to
     * CloudWatch namespaces").
     *
     * @param namespace the metrics' namespace, e.g. {@code Shop/Orders}
     */
    record PutMetricData(String namespace) implements Grant {
        /**
         * Creates the grant; programs use {@link Grant#putMetricData(String)}.
         *
         * @param namespace the metrics' namespace
         */
        public PutMetricData {
            Objects.requireNonNull(namespace, "namespace");
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
     * Send messages to an SQS queue that the program does not declare ({@code sqs:SendMessage},
     * {@code sqs:GetQueueUrl}, {@code sqs:GetQueueAttributes}). For the program's own queues use
     * {@link #sendToQueue(String)}.
     *
     * @param queueArn the queue's ARN. Valid: {@code arn:<partition>:sqs:<region>:<account>:<name>}
     * @return the grant
     */
    static Grant sqsSend(String queueArn) {
        return new SqsSend(queueArn);
    }

    /**
     * Encrypt with a customer managed KMS key: {@code kms:Encrypt} and {@code kms:GenerateDataKey} on exactly that
     * key.
     *
     * @param keyArn the key's ARN. Valid: {@code arn:<partition>:kms:<region>:<account>:key/<id>}
     * @return the grant
     */
    static Grant kmsEncrypt(String keyArn) {
        return new KmsKey(keyArn, true, false);
    }

    /**
     * Decrypt with a customer managed KMS key: {@code kms:Decrypt} on exactly that key.
     *
     * @param keyArn the key's ARN. Valid: {@code arn:<partition>:kms:<region>:<account>:key/<id>}
     * @return the grant
     */
    static Grant kmsDecrypt(String keyArn) {
        return new KmsKey(keyArn, false, true);
    }

    /**
     * Encrypt and decrypt with a customer managed KMS key.
     *
     * @param keyArn the key's ARN. Valid: {@code arn:<partition>:kms:<region>:<account>:key/<id>}
     * @return the grant
     */
    static Grant kmsEncryptDecrypt(String keyArn) {
        return new KmsKey(keyArn, true, true);
    }

    /**
     * Read a Secrets Manager secret from the application at run time, e.g. {@code
     * Grant.secretRead(SecretRef.name("shop/api-keys"))}: {@code secretsmanager:GetSecretValue} and
     * {@code secretsmanager:DescribeSecret} on the task role, scoped to that secret (a name or partial ARN is granted
     * with the {@code -??????} wildcard for the suffix Secrets Manager appends). A customer managed key that encrypts
     * the secret needs {@link #kmsDecrypt(String)} too.
     *
     * @param secret the secret by complete ARN, partial ARN or name. Valid: without JSON key or version
     * @return the grant
     */
    static Grant secretRead(SecretRef secret) {
        return new SecretRead(secret);
    }

    /**
     * Read an SSM parameter from the application at run time: {@code ssm:GetParameter} and
     * {@code ssm:GetParameters} on the task role, scoped to that parameter. A SecureString under a customer managed
     * key needs {@link #kmsDecrypt(String)} too.
     *
     * @param parameterNameOrArn the parameter's full name (e.g. {@code /shop/feature-flags}) or ARN
     * @return the grant
     */
    static Grant parameterRead(String parameterNameOrArn) {
        return new ParameterRead(parameterNameOrArn);
    }

    /**
     * Put events on an EventBridge bus: {@code events:PutEvents} on exactly that bus.
     *
     * @param eventBusNameOrArn the bus's name (e.g. {@code default}, in the deployment's account and region) or ARN;
     *                          a CDK token counts as a name (pass {@code bus.getEventBusName()}). Valid: 1 to 256
     *                          letters, digits and {@code . - _ /}, or an event bus ARN
     * @return the grant
     */
    static Grant putEvents(String eventBusNameOrArn) {
        return new PutEvents(eventBusNameOrArn);
    }

    /**
     * Publish CloudWatch metrics in {@code namespace}: {@code cloudwatch:PutMetricData} with the condition
     * {@code cloudwatch:namespace} equal to it (the action supports no resource but {@code *}).
     *
     * @param namespace the namespace, e.g. {@code Shop/Orders}. Valid: 1 to 255 printable ASCII characters, not
     *                  starting with {@code :} or {@code AWS/} (reserved for AWS services)
     * @return the grant
     */
    static Grant putMetricData(String namespace) {
        return new PutMetricData(namespace);
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
