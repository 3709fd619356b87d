package dev.berth.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * E-mails when tasks fail: EventBridge rules on the program's clusters' ECS events publish a readable message to an
 * SNS topic Berth creates, which e-mails each address. The topic is encrypted with a customer managed KMS key Berth
 * creates (EventBridge cannot publish to a topic encrypted with the AWS managed key {@code alias/aws/sns}, whose
 * policy cannot be changed to let it use the key), and its policy lets only these rules publish.
 *
 * <p>Each address receives a confirmation e-mail and gets notifications only once it confirms. With Terraform, an
 * unconfirmed e-mail subscription cannot be deleted: {@code terraform destroy} forgets it and SNS removes it once
 * its confirmation expires (3 days).
 *
 * @param enabled        whether Berth creates the notifications. Default: false ({@link #NONE}); true once an
 *                       address is given.
 * @param emails         the addresses. Valid: at least one, each an e-mail address.
 * @param taskFailures   notify when a task stops with a non-zero exit code of an essential container, or fails to
 *                       start ({@code TaskFailedToStart}). Default: true.
 * @param serviceEvents  notify when a service cannot start tasks ({@code SERVICE_TASK_START_IMPAIRED}) or a
 *                       deployment fails ({@code SERVICE_DEPLOYMENT_FAILED}). Default: true.
 * @param clusters       the clusters whose events are reported, by name in the program. Default: empty (every
 *                       cluster of the program).
 */
public record TaskNotifications(boolean enabled, List<String> emails, boolean taskFailures, boolean serviceEvents,
                                List<String> clusters) {

    /** No notifications. */
    public static final TaskNotifications NONE = new TaskNotifications(false, List.of(), true, true, List.of());

    /**
     * Creates the TaskNotifications; programs use {@code Application.Builder.notifications(...)}.
     *
     * @param enabled       whether Berth creates the notifications
     * @param emails        the addresses
     * @param taskFailures  notify about failed tasks
     * @param serviceEvents notify about services that cannot start tasks or deploy
     * @param clusters      the clusters reported; empty: all
     * @throws NullPointerException when a component is null
     */
    public TaskNotifications {
        emails = List.copyOf(emails);
        clusters = List.copyOf(clusters);
    }

    /**
     * Starts TaskNotifications with their defaults (enabled).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().enabled(enabled).taskFailures(taskFailures).serviceEvents(serviceEvents);
        b.emails.addAll(emails);
        b.clusters.addAll(clusters);
        return b;
    }

    /** Builds {@link TaskNotifications}. Every setter documents its default and valid values. */
    public static final class Builder {
        private boolean enabled = true;
        private final List<String> emails = new ArrayList<>();
        private boolean taskFailures = true;
        private boolean serviceEvents = true;
        private final List<String> clusters = new ArrayList<>();

        private Builder() {
        }

        /**
         * Whether Berth creates the notifications. Default: true in this builder (a program without
         * {@code notifications(...)} has none).
         *
         * @param enabled the new value of {@code enabled}
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Adds an address that gets the notifications (after confirming the subscription). Default: none. Valid: at
         * least one; an e-mail address.
         *
         * @param address the e-mail address
         * @return this builder
         */
        public Builder email(String address) {
            emails.add(Objects.requireNonNull(address, "address"));
            return this;
        }

        /**
         * Notify when a task stops with a non-zero exit code of an essential container or fails to start. Default:
         * true.
         *
         * @param notify the new value of {@code taskFailures}
         * @return this builder
         */
        public Builder taskFailures(boolean notify) {
            this.taskFailures = notify;
            return this;
        }

        /**
         * Notify when a service cannot start tasks or a deployment fails. Default: true.
         *
         * @param notify the new value of {@code serviceEvents}
         * @return this builder
         */
        public Builder serviceEvents(boolean notify) {
            this.serviceEvents = notify;
            return this;
        }

        /**
         * Limits the notifications to a cluster of the program (call again for more). Default: every cluster.
         * Valid: a cluster the program declares.
         *
         * @param name the cluster's name in the program
         * @return this builder
         */
        public Builder cluster(String name) {
            clusters.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Builds the TaskNotifications. Values are checked later, with the whole program, by the validator.
         *
         * @return the TaskNotifications
         */
        public TaskNotifications build() {
            return new TaskNotifications(enabled, emails, taskFailures, serviceEvents, clusters);
        }
    }
}
