package dev.berth.diagnostics;

/** Thrown by APIs that need a valid program (e.g. a CDK construct) when the program has errors. */
public final class InvalidProgramException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostics diagnostics;

    /**
     * An exception whose message lists the errors.
     *
     * @param diagnostics the program's diagnostics; they should contain at least one error
     */
    public InvalidProgramException(Diagnostics diagnostics) {
        super(describe(diagnostics));
        this.diagnostics = diagnostics;
    }

    /**
     * The diagnostics of the rejected program.
     *
     * @return all its diagnostics, warnings included
     */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    private static String describe(Diagnostics diagnostics) {
        StringBuilder text = new StringBuilder("The Berth program has errors:");
        diagnostics.errors().forEach(d -> text.append(System.lineSeparator()).append("  ").append(d));
        return text.toString();
    }
}
