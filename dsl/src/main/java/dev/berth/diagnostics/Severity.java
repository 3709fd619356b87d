package dev.berth.diagnostics;

/** How serious a {@link Diagnostic} is: errors stop synthesis, warnings are reported and can be acknowledged. */
public enum Severity {
    ERROR,
    WARNING
}
