package dev.berth.service;

/** Where the tags on a service's tasks come from. */
public enum PropagateTags {
    SERVICE,
    TASK_DEFINITION,
    NONE
}
