package dev.berth.service;

import java.util.List;
import java.util.Objects;

/**
 * A Lambda function ECS invokes at given stages of a deployment; it answers SUCCEEDED, FAILED (roll back) or
 * IN_PROGRESS (ask again). Berth creates the role ECS assumes to invoke it, allowed {@code lambda:InvokeFunction} on
 * exactly the hooks' functions.
 *
 * @param functionArn the function's ARN, {@code arn:aws:lambda:<region>:<account>:function:<name>}. Required.
 * @param stages      the stages to run at. Required: at least one, each once.
 */
public record LifecycleHook(String functionArn, List<LifecycleStage> stages) {

    /**
     * Creates the hook; programs use {@link #of} instead.
     *
     * @param functionArn the function's ARN. Required.
     * @param stages      the stages to run at. Required: at least one.
     * @throws NullPointerException when a component is null
     */
    public LifecycleHook {
        Objects.requireNonNull(functionArn, "functionArn");
        stages = List.copyOf(stages);
    }

    /**
     * A hook running {@code functionArn} at {@code stages}, e.g.
     * {@code LifecycleHook.of(arn, LifecycleStage.POST_TEST_TRAFFIC_SHIFT)}.
     *
     * @param functionArn the Lambda function's ARN
     * @param stages      the stages, at least one
     * @return the hook
     */
    public static LifecycleHook of(String functionArn, LifecycleStage... stages) {
        return new LifecycleHook(functionArn, List.of(stages));
    }
}
