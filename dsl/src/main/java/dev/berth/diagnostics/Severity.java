package dev.berth.diagnostics;

/** How serious a {@link Diagnostic} is: errors stop synthesis, warnings are reported and can be acknowledged. */
public enum Severity {
    /** The program cannot be synthesised as it is. */
    ERROR,
    /** Synthesis goes on; the warning is reported unless acknowledged by its code. */
    WARNING
}
