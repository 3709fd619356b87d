package dev.berth.task;

/** Launch types a task definition is validated against ({@code requiresCompatibilities}). */
public enum Compatibility {
    /** AWS Fargate. */
    FARGATE,
    /** EC2 container instances. */
    EC2,
    /** External (ECS Anywhere) instances. */
    EXTERNAL,
    /** ECS Managed Instances. */
    MANAGED_INSTANCES
}
