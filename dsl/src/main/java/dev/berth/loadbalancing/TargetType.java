package dev.berth.loadbalancing;

/** How a target group addresses its targets. Tasks in awsvpc mode must be registered by IP. */
public enum TargetType {
    /** Targets are registered by private IP address; required for tasks in awsvpc mode (Fargate). */
    IP,
    /** Targets are registered by EC2 instance ID and port (bridge or host mode on EC2). */
    INSTANCE
}
