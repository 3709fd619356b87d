package dev.berth.service;

/** How a service's tasks get compute when no capacity provider strategy is given. */
public enum LaunchType {
    /** AWS Fargate: serverless compute, one task per micro VM. */
    FARGATE,
    /** EC2 container instances registered with the cluster. */
    EC2,
    /**
     * ECS Anywhere: your own servers or virtual machines registered with the cluster as external instances. Berth
     * creates no instances for it: install the ECS and SSM agents on each server, create an SSM hybrid activation
     * with an instance role that has {@code AmazonSSMManagedInstanceCore} and
     * {@code AmazonEC2ContainerServiceforEC2Role}, and register the server with the cluster
     * ({@code ecs-anywhere-install.sh --cluster <cluster> --activation-id ... --activation-code ...}). External
     * tasks use the bridge, host or none network mode and no load balancer.
     */
    EXTERNAL
}
