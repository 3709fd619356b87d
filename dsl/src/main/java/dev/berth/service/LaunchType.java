package dev.berth.service;

/** How a service's tasks get compute when no capacity provider strategy is given. */
public enum LaunchType {
    /** AWS Fargate: serverless compute, one task per micro VM. */
    FARGATE,
    /** EC2 container instances registered with the cluster. */
    EC2
}
