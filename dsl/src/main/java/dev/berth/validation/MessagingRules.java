package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.iam.Grant;
import dev.berth.messaging.Queue;
import dev.berth.service.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The program's SQS queues and the grants that name them (names are checked with the other names, in
 * {@link NamingRules}).
 *
 * <ul>
 *   <li>{@code QUEUE_SETTINGS}: a visibility timeout outside 0-43200 seconds, a retention outside 60-1209600
 *       seconds, or a maximum receive count outside 1-1000 (0: no dead-letter queue) — the ranges SQS accepts —, or
 *       a KMS key that is not a key ARN.</li>
 *   <li>{@code UNKNOWN_QUEUE}: a grant names a queue the program does not declare.</li>
 * </ul>
 */
final class MessagingRules {

    private MessagingRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Queue q : app.queues()) {
            String path = Paths.queue(q);
            List<String> problems = new ArrayList<>();
            if (!Values.inRange(q.visibilityTimeoutSeconds(), 0, 43_200)) {
                problems.add("visibilityTimeoutSeconds " + q.visibilityTimeoutSeconds() + " (valid 0-43200)");
            }
            if (!Values.inRange(q.retentionSeconds(), 60, 1_209_600)) {
                problems.add("retentionSeconds " + q.retentionSeconds() + " (valid 60-1209600, 1 minute to 14 days)");
            }
            if (!Values.inRange(q.maxReceiveCount(), 0, 1_000)) {
                problems.add("maxReceiveCount " + q.maxReceiveCount() + " (valid 1-1000, or 0 for no dead-letter queue)");
            }
            if (q.isKmsEncrypted() && !Values.matchesOrToken(Values.KMS_KEY_ARN, q.kmsKeyArn())) {
                problems.add("kmsKeyArn " + Values.quoted(q.kmsKeyArn()) + " (a KMS key ARN)");
            }
            if (!problems.isEmpty()) {
                report.add(Rule.QUEUE_SETTINGS, path, "The queue " + Values.quoted(q.name()) + " has settings SQS"
                        + " rejects: " + String.join(", ", problems) + ".", "Use values in the valid ranges.");
            }
        }
        Set<String> declared = app.queues().stream().map(Queue::name).collect(Collectors.toSet());
        for (Service s : app.services()) {
            List<Grant> grants = s.task().grants();
            for (int i = 0; i < grants.size(); i++) {
                if (grants.get(i) instanceof Grant.ProgramQueue g && !declared.contains(g.queue())) {
                    report.add(Rule.UNKNOWN_QUEUE, Paths.task(s) + ".grants[" + i + "]", "The grant names the queue "
                                    + Values.quoted(g.queue()) + ", which the program does not declare.",
                            declared.isEmpty() ? "Declare it with queue(\"" + g.queue() + "\", q -> ...)."
                                    : "Declare it with queue(...), or name one of: " + Values.join(
                                    new java.util.TreeSet<>(declared)) + ".");
                }
            }
        }
        return report.diagnostics();
    }
}
