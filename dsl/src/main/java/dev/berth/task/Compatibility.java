package dev.berth.task;

/** Launch types a task definition is validated against ({@code requiresCompatibilities}). */
public enum Compatibility {
    FARGATE,
    EC2,
    EXTERNAL,
    MANAGED_INSTANCES
}
