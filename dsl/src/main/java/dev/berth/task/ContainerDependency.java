package dev.berth.task;

import java.util.Objects;

/**
 * Start this container only after {@code container} reached {@code condition}.
 *
 * @param container the name of another container of the task
 * @param condition the state it must reach first
 */
public record ContainerDependency(String container, DependencyCondition condition) {

    /**
     * Creates the ContainerDependency.
     *
     * @param container the name of another container of the task
     * @param condition the state it must reach first
     * @throws NullPointerException when a reference component is null
     */
    public ContainerDependency {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(condition, "condition");
    }
}
