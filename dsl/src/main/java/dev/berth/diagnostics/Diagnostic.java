package dev.berth.diagnostics;

import java.util.Objects;

/**
 * One problem found in a program.
 *
 * @param code     stable identifier of the rule, e.g. {@code FARGATE_NETWORK_MODE}; safe to match on
 * @param severity ERROR stops synthesis; WARNING is printed and may be acknowledged by its code
 * @param path     where in the model, e.g. {@code service[api].task.container[app].portMappings[0]}
 * @param message  what is wrong and what to do about it
 */
public record Diagnostic(String code, Severity severity, String path, String message) {

    /**
     * Creates the Diagnostic.
     *
     * @param code     stable identifier of the rule, e.g. {@code FARGATE_NETWORK_MODE}; safe to match on
     * @param severity ERROR stops synthesis; WARNING is printed and may be acknowledged by its code
     * @param path     where in the model, e.g. {@code service[api].task.container[app].portMappings[0]}
     * @param message  what is wrong and what to do about it
     * @throws NullPointerException when a reference component is null
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error.
     *
     * @param code    the rule's code
     * @param path    where in the model
     * @param message what is wrong and what to do about it
     * @return the diagnostic
     */
    public static Diagnostic error(String code, String path, String message) {
        return new Diagnostic(code, Severity.ERROR, path, message);
    }

    /**
     * A warning.
     *
     * @param code    the rule's code
     * @param path    where in the model
     * @param message what is wrong and what to do about it
     * @return the diagnostic
     */
    public static Diagnostic warning(String code, String path, String message) {
        return new Diagnostic(code, Severity.WARNING, path, message);
    }

    /**
     * Whether this stops synthesis.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a terminal: {@code ERROR FARGATE_NETWORK_MODE at service[api].task: ...}. */
    @Override
    public String toString() {
        return severity + " " + code + " at " + path + ": " + message;
    }
}
