package dev.berth.service;

/** How the service scheduler runs a service's tasks ({@code SchedulingStrategy}). */
public enum SchedulingStrategy {
    /** Keeps the desired count of tasks running across the cluster (ECS's default). */
    REPLICA,
    /**
     * Exactly one task on each container instance that meets the service's placement constraints: log shippers,
     * monitoring agents. EC2 only, without a desired count, capacity provider strategy, placement strategies or
     * auto scaling ({@code DAEMON_*} rules).
     */
    DAEMON
}
