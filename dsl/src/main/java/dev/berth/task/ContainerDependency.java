package dev.berth.task;

import java.util.Objects;

/** Start this container only after {@code container} reached {@code condition}. */
public record ContainerDependency(String container, DependencyCondition condition) {

    /**
     * Creates the ContainerDependency.
     *
     * @throws NullPointerException when a reference component is null
     */
    public ContainerDependency {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(condition, "condition");
    }
}
