package dev.berth.service;

/** How a service's tasks get compute when no capacity provider strategy is given. */
public enum LaunchType {
    FARGATE,
    EC2
}
