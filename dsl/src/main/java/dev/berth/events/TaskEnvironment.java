package dev.berth.events;

import java.util.Objects;

/**
 * One environment variable a triggered task's container gets for a run (a RunTask container override): a fixed
 * value for a {@link ScheduledTask}, a JSON path into the event for an {@link EventTask}.
 *
 * @param container the container's name in the task; empty: the task's first container
 * @param name      the variable's name. Valid: letters, digits and underscores, not starting with a digit
 * @param value     the value (scheduled task), or a JSON path into the event starting with {@code $.} (event task)
 */
public record TaskEnvironment(String container, String name, String value) {

    /**
     * Creates the entry; programs use the task builders' {@code environment(...)} setters.
     *
     * @param container the container's name in the task; empty: the task's first container
     * @param name      the variable's name
     * @param value     the value or JSON path
     * @throws NullPointerException when a component is null
     */
    public TaskEnvironment {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
