package dev.berth.service;

import java.util.Objects;

/**
 * A Lambda function CodeDeploy invokes at an event of an ECS deployment; it reports back with
 * {@code PutLifecycleEventHookExecutionStatus}.
 *
 * @param event    when it runs
 * @param function the function's name or ARN. Valid: a Lambda function name (1 to 64 letters, digits, hyphens,
 *                 underscores) or a Lambda function ARN.
 */
public record AppSpecHook(AppSpecEvent event, String function) {

    /**
     * Creates the hook.
     *
     * @param event    when it runs
     * @param function the function's name or ARN
     * @throws NullPointerException when a component is null
     */
    public AppSpecHook {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(function, "function");
    }
}
