package dev.berth.messaging;

import java.util.Objects;

/**
 * An Amazon SQS standard queue that the program creates, with a dead-letter queue by default, encrypted at rest
 * with SQS-managed keys (SSE-SQS), or with a customer managed KMS key when {@code kmsKeyArn} is given. Services
 * reach it through grants ({@code Grant.consumeQueue("jobs")},
 * {@code Grant.sendToQueue("jobs")}), which Berth scopes to exactly this queue's ARN.
 *
 * @param name                     the queue's name in the program: its identity, and the suffix of the SQS queue
 *                                 name {@code <application>-<name>}. Valid: lower-case letters, digits and single
 *                                 hyphens, starting with a letter, up to 32.
 * @param visibilityTimeoutSeconds how long a received message stays hidden from other consumers: longer than a
 *                                 worker takes for one message. Default: 30. Valid: 0-43200 (12 hours).
 * @param retentionSeconds         how long SQS keeps an unconsumed message. Default: 345600 (4 days). Valid:
 *                                 60-1209600 (14 days).
 * @param maxReceiveCount          receives after which a message moves to the dead-letter queue
 *                                 {@code <name>-dlq} (kept 14 days, the maximum, for inspection and redrive).
 *                                 Default: 5. Valid: 1-1000, or 0 for no dead-letter queue.
 * @param kmsKeyArn                a customer managed KMS key that encrypts the queue and its dead-letter queue
 *                                 (SSE-KMS), or empty for SSE-SQS. Default: empty. Valid: a KMS key ARN. Grants on
 *                                 the queue then include the key ({@code kms:Decrypt} to consume,
 *                                 {@code kms:GenerateDataKey} and {@code kms:Decrypt} to send); the key's policy
 *                                 must allow the account to delegate them.
 */
public record Queue(String name, int visibilityTimeoutSeconds, int retentionSeconds, int maxReceiveCount,
                    String kmsKeyArn) {

    /**
     * Creates the Queue; programs use {@link #builder()} instead.
     *
     * @param name                     the queue's name in the program: its identity, and the suffix of the SQS queue
     *     name {@code <application>-<name>}. Valid: lower-case letters, digits and single
     *     hyphens, starting with a letter, up to 32.
     * @param visibilityTimeoutSeconds how long a received message stays hidden from other consumers: longer than a
     *     worker takes for one message. Default: 30. Valid: 0-43200 (12 hours).
     * @param retentionSeconds         how long SQS keeps an unconsumed message. Default: 345600 (4 days). Valid:
     *     60-1209600 (14 days).
     * @param maxReceiveCount          receives after which a message moves to the dead-letter queue
     *     {@code <name>-dlq} (kept 14 days, the maximum, for inspection and redrive).
     *     Default: 5. Valid: 1-1000, or 0 for no dead-letter queue.
     * @param kmsKeyArn                a customer managed KMS key's ARN, or empty for SSE-SQS
     * @throws NullPointerException when a reference component is null
     */
    public Queue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
    }

    /**
     * A queue encrypted with SQS-managed keys.
     *
     * @param name                     the queue's name in the program
     * @param visibilityTimeoutSeconds Default: 30. Valid: 0-43200.
     * @param retentionSeconds         Default: 345600. Valid: 60-1209600.
     * @param maxReceiveCount          Default: 5. Valid: 1-1000, or 0 for no dead-letter queue.
     */
    public Queue(String name, int visibilityTimeoutSeconds, int retentionSeconds, int maxReceiveCount) {
        this(name, visibilityTimeoutSeconds, retentionSeconds, maxReceiveCount, "");
    }

    /**
     * Whether a customer managed KMS key encrypts the queue.
     *
     * @return true when {@code kmsKeyArn} is given
     */
    public boolean isKmsEncrypted() {
        return !kmsKeyArn.isEmpty();
    }

    /**
     * Whether failed messages move to a dead-letter queue.
     *
     * @return true when a dead-letter queue is created
     */
    public boolean hasDeadLetterQueue() {
        return maxReceiveCount > 0;
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this Queue's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().name(name).visibilityTimeoutSeconds(visibilityTimeoutSeconds)
                .retentionSeconds(retentionSeconds).maxReceiveCount(maxReceiveCount).kmsKeyArn(kmsKeyArn);
    }

    /** Builds a {@link Queue}; every setter has a default but the name. */
    public static final class Builder {
        private String name = "";
        private int visibilityTimeoutSeconds = 30;
        private int retentionSeconds = 345_600;
        private int maxReceiveCount = 5;
        private String kmsKeyArn = "";

        private Builder() {
        }

        /**
         * The queue's name in the program. Required. Valid: lower-case letters, digits and single hyphens, starting
         * with a letter, up to 32.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Default: 30 seconds. Valid: 0-43200. Longer than a worker takes for one message.
         *
         * @param seconds the new value of {@code visibilityTimeoutSeconds}
         * @return this builder
         */
        public Builder visibilityTimeoutSeconds(int seconds) {
            this.visibilityTimeoutSeconds = seconds;
            return this;
        }

        /**
         * Default: 345600 seconds (4 days). Valid: 60-1209600 (14 days).
         *
         * @param seconds the new value of {@code retentionSeconds}
         * @return this builder
         */
        public Builder retentionSeconds(int seconds) {
            this.retentionSeconds = seconds;
            return this;
        }

        /**
         * Receives after which a message moves to the dead-letter queue. Default: 5. Valid: 1-1000, or 0 for no
         * dead-letter queue.
         *
         * @param count the new value of {@code maxReceiveCount}
         * @return this builder
         */
        public Builder maxReceiveCount(int count) {
            this.maxReceiveCount = count;
            return this;
        }

        /**
         * Encrypts the queue and its dead-letter queue with this customer managed KMS key (SSE-KMS). Default: empty
         * (SSE-SQS). Valid: {@code arn:<partition>:kms:<region>:<account>:key/<id>}.
         *
         * @param arn the key's ARN
         * @return this builder
         */
        public Builder kmsKeyArn(String arn) {
            this.kmsKeyArn = arn;
            return this;
        }

        /**
         * Builds the Queue. Values are checked later, with the whole program, by the validator.
         *
         * @return the Queue
         */
        public Queue build() {
            return new Queue(name, visibilityTimeoutSeconds, retentionSeconds, maxReceiveCount, kmsKeyArn);
        }
    }
}
