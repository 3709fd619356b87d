package dev.berth.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * All diagnostics of one program, in a stable order (errors first, then by path and code).
 *
 * @param all every diagnostic, in that order
 */
public record Diagnostics(List<Diagnostic> all) {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::severity)
            .thenComparing(Diagnostic::path)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    /**
     * Sorts and copies the diagnostics.
     *
     * @param all the diagnostics, in any order
     * @throws NullPointerException when {@code all} or one of its elements is null
     */
    public Diagnostics {
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        all = List.copyOf(sorted);
    }

    /**
     * No diagnostics.
     *
     * @return an empty set of diagnostics
     */
    public static Diagnostics none() {
        return new Diagnostics(List.of());
    }

    /**
     * The errors, in order.
     *
     * @return the diagnostics of severity {@link Severity#ERROR}
     */
    public List<Diagnostic> errors() {
        return all.stream().filter(Diagnostic::isError).toList();
    }

    /**
     * The warnings, in order.
     *
     * @return the diagnostics of severity {@link Severity#WARNING}
     */
    public List<Diagnostic> warnings() {
        return all.stream().filter(d -> !d.isError()).toList();
    }

    /**
     * Whether synthesis must stop.
     *
     * @return true when there is at least one error
     */
    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Whether nothing was found.
     *
     * @return true when there are no diagnostics at all
     */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /**
     * The same diagnostics less the warnings whose codes the user acknowledged.
     *
     * @param warningCodes codes of acknowledged warnings, e.g. {@code IMAGE_MUTABLE_TAG}; errors are never dropped
     * @return the remaining diagnostics
     */
    public Diagnostics acknowledging(Set<String> warningCodes) {
        return new Diagnostics(all.stream()
                .filter(d -> d.isError() || !warningCodes.contains(d.code()))
                .toList());
    }

    /**
     * Both sets of diagnostics, in the stable order.
     *
     * @param other more diagnostics
     * @return these and {@code other}'s diagnostics
     */
    public Diagnostics plus(Diagnostics other) {
        List<Diagnostic> both = new ArrayList<>(all);
        both.addAll(other.all);
        return new Diagnostics(both);
    }
}
