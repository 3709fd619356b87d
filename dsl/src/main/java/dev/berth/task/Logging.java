package dev.berth.task;

import dev.berth.RemovalPolicy;

import java.util.Objects;

/**
 * The container's log configuration: the awslogs driver to CloudWatch Logs, FireLens (the {@code awsfirelens} driver,
 * through the task's log router to CloudWatch Logs, Firehose or S3), or none. The group settings (name, stream prefix,
 * region, createGroup, retention, KMS key, removal policy) describe the CloudWatch Logs group of awslogs and of
 * {@link FireLens#cloudWatchLogs()}; the region is also the region of the Firehose and S3 outputs.
 *
 * @param awslogs       whether the awslogs driver is used. Default: true.
 * @param logGroupName  Default: {@code /ecs/<application>/<service>}.
 * @param streamPrefix  Default: the service name, as AWS recommends (streams read {@code prefix/container/task-id}).
 * @param region        Default: empty, meaning the stack's region.
 * @param createGroup   when true the awslogs driver creates the group at first start ({@code awslogs-create-group})
 *                      and Berth grants {@code logs:CreateLogGroup} instead of declaring the group. Default: false:
 *                      Berth declares the log group with a retention.
 * @param retentionDays retention of the declared log group; {@link #NOT_SET} (0) means the default: 30 days, 365
 *                      under {@link dev.berth.Hardening#CONTROL_TOWER}. Valid: a CloudWatch Logs retention value.
 * @param kmsKeyArn     the customer managed KMS key that encrypts the declared log group. Default: empty (CloudWatch
 *                      Logs' own encryption).
 * @param removalPolicy what happens to the declared log group when the stack is deleted. Default:
 *                      {@link RemovalPolicy#DESTROY}.
 * @param fireLens      where the task's log router sends the container's logs, or {@link FireLens#NONE}. Default:
 *                      {@link FireLens#NONE}.
 */
public record Logging(boolean awslogs, String logGroupName, String streamPrefix, String region, boolean createGroup,
                      int retentionDays, String kmsKeyArn, RemovalPolicy removalPolicy, FireLens fireLens) {

    /** A retention left to the default ({@link #DEFAULT_RETENTION_DAYS}, or the hardened profile's). */
    public static final int NOT_SET = 0;
    /** The retention of a declared log group when the program sets none and uses no profile: 30 days. */
    public static final int DEFAULT_RETENTION_DAYS = 30;
    /** awslogs to a log group Berth declares, kept 30 days (365 under the hardened profile): the default. */
    public static final Logging DEFAULT = new Logging(true, "", "", "", false, NOT_SET, "", RemovalPolicy.DESTROY,
            FireLens.NONE);
    /** No log driver: the container's output is dropped. */
    public static final Logging NONE = new Logging(false, "", "", "", false, NOT_SET, "", RemovalPolicy.DESTROY,
            FireLens.NONE);

    /**
     * Creates the Logging; programs use {@link #builder()} instead.
     *
     * @param awslogs       whether the awslogs driver is used. Default: true.
     * @param logGroupName  Default: {@code /ecs/<application>/<service>}.
     * @param streamPrefix  Default: the service name, as AWS recommends (streams read {@code
     *                      prefix/container/task-id}).
     * @param region        Default: empty, meaning the stack's region.
     * @param createGroup   when true the awslogs driver creates the group at first start ({@code awslogs-create-group})
     *     and Berth grants {@code logs:CreateLogGroup} instead of declaring the group. Default: false:
     *     Berth declares the log group with a retention.
     * @param retentionDays retention of the declared log group; {@link #NOT_SET} for the default (30 days, 365 under
     *     the hardened profile). Valid: a CloudWatch Logs retention value.
     * @param kmsKeyArn     the KMS key that encrypts the declared log group. Default: empty.
     * @param removalPolicy what happens to the declared log group when the stack is deleted. Default: DESTROY.
     * @param fireLens      where the task's log router sends the logs. Default: {@link FireLens#NONE}.
     * @throws NullPointerException when a reference component is null
     */
    public Logging {
        Objects.requireNonNull(logGroupName, "logGroupName");
        Objects.requireNonNull(streamPrefix, "streamPrefix");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
        Objects.requireNonNull(removalPolicy, "removalPolicy");
        Objects.requireNonNull(fireLens, "fireLens");
    }

    /**
     * The container's logs through the task's log router ({@code awsfirelens}), with the default group settings
     * (which {@link FireLens#cloudWatchLogs()} uses).
     *
     * @param fireLens where the router sends them, e.g. {@code FireLens.firehose("shop-logs")}
     * @return the log configuration
     */
    public static Logging fireLens(FireLens fireLens) {
        return builder().fireLens(fireLens).build();
    }

    /**
     * Whether the container's logs land in a CloudWatch Logs group that these settings describe: with awslogs, or
     * through FireLens to CloudWatch Logs.
     *
     * @return true for awslogs and for {@link FireLens#cloudWatchLogs()}
     */
    public boolean writesToLogGroup() {
        return awslogs || fireLens.output() == FireLens.Output.CLOUDWATCH_LOGS;
    }

    /**
     * The group the driver writes to: the one named, else {@code /ecs/<application>/<service>}.
     *
     * @param application the application's name
     * @param service     the service's name
     * @return the log group's name
     */
    public String groupNameFor(String application, String service) {
        return logGroupName.isEmpty() ? "/ecs/" + application + "/" + service : logGroupName;
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    /**
     * A builder holding this Logging's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().awslogs(awslogs).logGroupName(logGroupName).streamPrefix(streamPrefix).region(region)
                .createGroup(createGroup).retentionDays(retentionDays).kmsKey(kmsKeyArn).removalPolicy(removalPolicy)
                .fireLens(fireLens);
    }

    /**
     * Builds a {@link Logging}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private boolean awslogs;
        private String logGroupName;
        private String streamPrefix;
        private String region;
        private boolean createGroup;
        private int retentionDays;
        private String kmsKeyArn;
        private RemovalPolicy removalPolicy;
        private FireLens fireLens;

        private Builder() {
        }

        /**
         * Whether the awslogs driver is used. Default: true.
         *
         * @param awslogs the new value of {@code awslogs}
         * @return this builder
         */
        public Builder awslogs(boolean awslogs) {
            this.awslogs = awslogs;
            return this;
        }

        /**
         * Default: /ecs/&lt;application&gt;/&lt;service&gt;. Valid: 1 to 512 letters, digits and {@code . - _ / #}.
         *
         * @param name the log group's name
         * @return this builder
         */
        public Builder logGroupName(String name) {
            this.logGroupName = name;
            return this;
        }

        /**
         * Default: the service name.
         *
         * @param prefix the new value of {@code streamPrefix}
         * @return this builder
         */
        public Builder streamPrefix(String prefix) {
            this.streamPrefix = prefix;
            return this;
        }

        /**
         * Default: the stack's region.
         *
         * @param region the new value of {@code region}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Default: false (Berth declares the group with a retention).
         *
         * @param createGroup the new value of {@code createGroup}
         * @return this builder
         */
        public Builder createGroup(boolean createGroup) {
            this.createGroup = createGroup;
            return this;
        }

        /**
         * How long the declared log group keeps events. Default: 30 days; 365 under
         * {@link dev.berth.Hardening#CONTROL_TOWER}, which rejects less. Valid: a value CloudWatch Logs accepts (1, 3,
         * 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653).
         *
         * @param days the new value of {@code retentionDays}
         * @return this builder
         */
        public Builder retentionDays(int days) {
            this.retentionDays = days;
            return this;
        }

        /**
         * Encrypts the declared log group with a customer managed KMS key. The key's policy must allow the CloudWatch
         * Logs service principal of the region ({@code logs.<region>.amazonaws.com}) to use it, or creating the group
         * fails (Amazon CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS"). Default:
         * empty (CloudWatch Logs' own encryption). Valid: a KMS key ARN
         * ({@code arn:<partition>:kms:<region>:<account>:key/<id>}); not with {@code createGroup(true)}, where the
         * driver creates the group without a key ({@code LOG_KMS_KEY}).
         *
         * @param keyArn the key's ARN
         * @return this builder
         */
        public Builder kmsKey(String keyArn) {
            this.kmsKeyArn = keyArn;
            return this;
        }

        /**
         * What happens to the declared log group when the stack or module is deleted. {@link RemovalPolicy#RETAIN}
         * keeps it and its logs, and makes its name unique to each creation of the stack (the name, default or given,
         * becomes a prefix) so that creating the stack again does not fail on the kept group's name. Default:
         * {@link RemovalPolicy#DESTROY}. With {@code createGroup(true)} the driver's group is never deleted by the
         * stack, whatever this says.
         *
         * @param policy the new value of {@code removalPolicy}
         * @return this builder
         */
        public Builder removalPolicy(RemovalPolicy policy) {
            this.removalPolicy = policy;
            return this;
        }

        /**
         * Routes the logs through the task's log router (the {@code awsfirelens} driver) instead of awslogs: a
         * routing other than {@link FireLens#NONE} also sets {@code awslogs(false)}. Default: {@link FireLens#NONE}.
         * Valid: the task has a log router ({@code FIRELENS_WITHOUT_ROUTER}); the output's settings are valid
         * ({@code FIRELENS_OUTPUT}).
         *
         * @param fireLens where the router sends the logs
         * @return this builder
         */
        public Builder fireLens(FireLens fireLens) {
            this.fireLens = fireLens;
            if (fireLens.isPresent()) {
                this.awslogs = false;
            }
            return this;
        }

        /**
         * Builds the Logging. Values are checked later, with the whole program, by the validator.
         *
         * @return the Logging
         */
        public Logging build() {
            return new Logging(awslogs, logGroupName, streamPrefix, region, createGroup, retentionDays, kmsKeyArn,
                    removalPolicy, fireLens);
        }
    }
}
