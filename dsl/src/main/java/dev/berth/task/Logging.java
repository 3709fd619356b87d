package dev.berth.task;

import java.util.Objects;

/**
 * The container's log configuration: the awslogs driver to CloudWatch Logs, or none.
 *
 * @param awslogs       whether the awslogs driver is used. Default: true.
 * @param logGroupName  Default: {@code /ecs/<application>/<service>}.
 * @param streamPrefix  Default: the service name, as AWS recommends (streams read {@code prefix/container/task-id}).
 * @param region        Default: empty, meaning the stack's region.
 * @param createGroup   when true the awslogs driver creates the group at first start ({@code awslogs-create-group})
 *                      and Berth grants {@code logs:CreateLogGroup} instead of declaring the group. Default: false:
 *                      Berth declares the log group with a retention.
 * @param retentionDays retention of the declared log group. Default: 30. Valid: a CloudWatch Logs retention value.
 */
public record Logging(boolean awslogs, String logGroupName, String streamPrefix, String region, boolean createGroup,
                      int retentionDays) {

    public static final Logging DEFAULT = new Logging(true, "", "", "", false, 30);
    public static final Logging NONE = new Logging(false, "", "", "", false, 30);

    public Logging {
        Objects.requireNonNull(logGroupName, "logGroupName");
        Objects.requireNonNull(streamPrefix, "streamPrefix");
        Objects.requireNonNull(region, "region");
    }

    /** The group the driver writes to: the one named, else {@code /ecs/<application>/<service>}. */
    public String groupNameFor(String application, String service) {
        return logGroupName.isEmpty() ? "/ecs/" + application + "/" + service : logGroupName;
    }

    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    public Builder toBuilder() {
        return new Builder().awslogs(awslogs).logGroupName(logGroupName).streamPrefix(streamPrefix).region(region)
                .createGroup(createGroup).retentionDays(retentionDays);
    }

    public static final class Builder {
        private boolean awslogs;
        private String logGroupName;
        private String streamPrefix;
        private String region;
        private boolean createGroup;
        private int retentionDays;

        private Builder() {
        }

        public Builder awslogs(boolean awslogs) {
            this.awslogs = awslogs;
            return this;
        }

        /** Default: /ecs/&lt;application&gt;/&lt;service&gt;. */
        public Builder logGroupName(String name) {
            this.logGroupName = name;
            return this;
        }

        /** Default: the service name. */
        public Builder streamPrefix(String prefix) {
            this.streamPrefix = prefix;
            return this;
        }

        /** Default: the stack's region. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Default: false (Berth declares the group with a retention). */
        public Builder createGroup(boolean createGroup) {
            this.createGroup = createGroup;
            return this;
        }

        /** Default: 30 days. */
        public Builder retentionDays(int days) {
            this.retentionDays = days;
            return this;
        }

        public Logging build() {
            return new Logging(awslogs, logGroupName, streamPrefix, region, createGroup, retentionDays);
        }
    }
}
