package dev.berth.validation;

import dev.berth.diagnostics.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one rule set. */
final class Report {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void add(Rule rule, String path, String problem, String fix) {
        diagnostics.add(rule.at(path, problem, fix));
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
