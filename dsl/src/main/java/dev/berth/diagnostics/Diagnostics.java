package dev.berth.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** All diagnostics of one program, in a stable order (errors first, then by path and code). */
public record Diagnostics(List<Diagnostic> all) {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::severity)
            .thenComparing(Diagnostic::path)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    /**
     * Creates the Diagnostics.
     *
     * @throws NullPointerException when a reference component is null
     */
    public Diagnostics {
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        all = List.copyOf(sorted);
    }

    public static Diagnostics none() {
        return new Diagnostics(List.of());
    }

    public List<Diagnostic> errors() {
        return all.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return all.stream().filter(d -> !d.isError()).toList();
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The same diagnostics less the warnings whose codes the user acknowledged. */
    public Diagnostics acknowledging(Set<String> warningCodes) {
        return new Diagnostics(all.stream()
                .filter(d -> d.isError() || !warningCodes.contains(d.code()))
                .toList());
    }

    public Diagnostics plus(Diagnostics other) {
        List<Diagnostic> both = new ArrayList<>(all);
        both.addAll(other.all);
        return new Diagnostics(both);
    }
}
