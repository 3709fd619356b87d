package dev.berth.task;

/** When a container may start relative to one it depends on. */
public enum DependencyCondition {
    START,
    COMPLETE,
    SUCCESS,
    /** Needs a health check on the container depended upon. */
    HEALTHY
}
