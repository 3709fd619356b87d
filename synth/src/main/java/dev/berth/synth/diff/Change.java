package dev.berth.synth.diff;

import java.util.List;
import java.util.Objects;

/**
 * One difference in a stack or module: a resource (or a parameter, output, variable...) added, removed, changed in
 * place or replaced.
 *
 * @param kind    what happens to it
 * @param subject what it is, as printed: {@code ApiService (AWS::ECS::Service)}, {@code aws_ecs_service.api},
 *                {@code output ApiUrl}
 * @param detail  for a change, what changed ({@code properties: DesiredCount}); for a replacement, why
 *                ({@code ServiceName changed}); for an addition or removal, a note or empty
 * @param resource whether the subject is a resource (counted in the summary) rather than a parameter or output
 */
public record Change(Kind kind, String subject, String detail, boolean resource) {

    /** What happens to a subject, in the order a reader wants to see them: the destructive first. */
    public enum Kind {
        REPLACE("!"), REMOVE("-"),
        /**
         * A resource that is immutable by design and versioned (an ECS task definition): every change registers a new
         * revision and the old one is deregistered, which is how it is meant to be updated, so it is not destructive.
         */
        NEW_REVISION("~"),
        CHANGE("~"), ADD("+");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        detail = detail == null ? "" : detail;
    }

    /** The line as printed, without indentation. */
    public String line() {
        return switch (kind) {
            case REPLACE -> "! " + subject + " will be replaced: " + detail;
            case NEW_REVISION -> "~ " + subject + " gets a new revision: " + detail;
            case CHANGE -> "~ " + subject + " changed" + (detail.isEmpty() ? "" : " (" + detail + ")");
            case ADD, REMOVE -> kind.symbol() + " " + subject + (detail.isEmpty() ? "" : " (" + detail + ")");
        };
    }

    static List<Change> sorted(List<Change> changes) {
        return changes.stream()
                .sorted(java.util.Comparator.comparing((Change c) -> !c.resource())
                        .thenComparing(Change::kind)
                        .thenComparing(Change::subject))
                .toList();
    }
}
