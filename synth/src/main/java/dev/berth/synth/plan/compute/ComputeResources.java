package dev.berth.synth.plan.compute;

import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/** The planned ECS resources: clusters, task definitions, services, and the log groups of their containers. */
public final class ComputeResources {

    private ComputeResources() {
    }

    /**
     * @param containerInsights the cluster setting value: {@code disabled}, {@code enabled} or {@code enhanced}
     */
    public record Cluster(ResourceId id, String name, String containerInsights, Map<String, String> tags)
            implements PlannedResource {
    }

    public record StrategyItem(String provider, int base, int weight) {
    }

    /** The capacity providers associated with a cluster, and its default strategy. */
    public record ClusterCapacityProviders(ResourceId id, Value clusterName, List<String> providers,
                                           List<StrategyItem> defaultStrategy) implements PlannedResource {
    }

    public record LogGroup(ResourceId id, String name, int retentionDays, Map<String, String> tags)
            implements PlannedResource {
    }

    /**
     * @param cpu                     task CPU units
     * @param memory                  task memory, MiB
     * @param networkMode             {@code awsvpc}, {@code bridge} or {@code host}
     * @param requiresCompatibilities e.g. {@code [FARGATE]}
     * @param cpuArchitecture         {@code X86_64} or {@code ARM64}
     * @param operatingSystemFamily   {@code LINUX}
     */
    public record TaskDefinition(ResourceId id, String family, int cpu, int memory, String networkMode,
                                 List<String> requiresCompatibilities, String cpuArchitecture,
                                 String operatingSystemFamily,
                                 Value executionRoleArn, Value taskRoleArn, List<ContainerDefinition> containers,
                                 Map<String, String> tags) implements PlannedResource {
    }

    /**
     * One container definition. Null means "leave out": {@code cpu} (ECS reads 0 as unset), {@code memory},
     * {@code memoryReservation}, {@code repositoryCredentials}, {@code healthCheck}, {@code logging}.
     */
    public record ContainerDefinition(String name, Value image, Integer cpu, Integer memory, Integer memoryReservation,
                                      boolean essential, List<PortMapping> portMappings,
                                      List<EnvironmentVariable> environment, List<SecretVariable> secrets,
                                      Value repositoryCredentials, HealthCheck healthCheck,
                                      List<String> command, List<String> entryPoint,
                                      List<ContainerDependency> dependsOn, LogConfiguration logging,
                                      boolean readonlyRootFilesystem) {
    }

    /** @param hostPort null: leave out (awsvpc takes the container port); @param name null: unnamed */
    public record PortMapping(int containerPort, Integer hostPort, String protocol, String name) {
    }

    public record EnvironmentVariable(String name, String value) {
    }

    /** @param valueFrom the ARN (with a JSON key suffix where one was asked for) the agent reads at start */
    public record SecretVariable(String name, Value valueFrom) {
    }

    public record HealthCheck(List<String> command, int interval, int timeout, int retries, int startPeriod) {
    }

    /** @param condition START, COMPLETE, SUCCESS or HEALTHY */
    public record ContainerDependency(String containerName, String condition) {
    }

    /** @param options in the order to write them, e.g. awslogs-group, awslogs-region, awslogs-stream-prefix */
    public record LogConfiguration(String driver, Map<String, Value> options) {
    }

    /** The network of awsvpc tasks: their subnets, security groups, and whether they get a public IP. */
    public record AwsvpcConfiguration(List<Value> subnets, List<Value> securityGroups, boolean assignPublicIp) {
    }

    public record ServiceLoadBalancer(Value targetGroupArn, String containerName, int containerPort) {
    }

    /**
     * An ECS service. Null means "leave out": {@code launchType} when a capacity provider strategy is given;
     * {@code platformVersion} unless the tasks run on Fargate; {@code healthCheckGracePeriodSeconds} unless the
     * service has load balancers (ECS rejects a grace period on a service without one); {@code propagateTags} when
     * tags are not propagated. {@code awsvpc} is null unless the tasks use the awsvpc network mode.
     *
     * @param desiredCount           the tasks to run: on every deployment, or only when the service is created when
     *                               {@code desiredCountAutoScaled}
     * @param desiredCountAutoScaled Application Auto Scaling owns the desired count once the service exists: a
     *                               target sets {@code desiredCount} only when it creates the service and never
     *                               resets it on a later update (which would undo a scale-out under load)
     */
    public record Service(ResourceId id, String name, Value cluster, Value taskDefinition, int desiredCount,
                          boolean desiredCountAutoScaled, String launchType,
                          List<StrategyItem> capacityProviderStrategy, String platformVersion, AwsvpcConfiguration awsvpc,
                          int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback,
                          boolean enableExecuteCommand, Integer healthCheckGracePeriodSeconds, String propagateTags,
                          List<ServiceLoadBalancer> loadBalancers, Map<String, String> tags)
            implements PlannedResource {
    }
}
