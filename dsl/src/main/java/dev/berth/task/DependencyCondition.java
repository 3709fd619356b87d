package dev.berth.task;

/** When a container may start relative to one it depends on. */
public enum DependencyCondition {
    /** The container depended upon has started. */
    START,
    /** The container depended upon has exited, with any exit code. */
    COMPLETE,
    /** The container depended upon has exited with code 0. */
    SUCCESS,
    /** Needs a health check on the container depended upon. */
    HEALTHY
}
