package dev.berth.service;

/** Where the tags on a service's tasks come from. */
public enum PropagateTags {
    /** Tasks carry the service's tags. */
    SERVICE,
    /** Tasks carry the task definition's tags. */
    TASK_DEFINITION,
    /** Tasks are not tagged from either. */
    NONE
}
