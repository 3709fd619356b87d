package dev.berth.synth.plan.compute;

import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The planned ECS resources: clusters, task definitions, services, and the log groups of their containers. */
public final class ComputeResources {

    private ComputeResources() {
    }

    /**
     * @param containerInsights the cluster setting value: {@code disabled}, {@code enabled} or {@code enhanced}
     */
    public record Cluster(ResourceId id, String name, String containerInsights, Map<String, String> tags)
            implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.cluster(this);
        }
    }

    public record StrategyItem(String provider, int base, int weight) {
    }

    /** The capacity providers associated with a cluster, and its default strategy. */
    public record ClusterCapacityProviders(ResourceId id, Value clusterName, List<String> providers,
                                           List<StrategyItem> defaultStrategy) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.clusterCapacityProviders(this);
        }
    }

    public record LogGroup(ResourceId id, String name, int retentionDays, Map<String, String> tags)
            implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.logGroup(this);
        }
    }

    /**
     * @param cpu                     task CPU units
     * @param memory                  task memory, MiB
     * @param networkMode             {@code awsvpc}, {@code bridge} or {@code host}
     * @param requiresCompatibilities e.g. {@code [FARGATE]}
     * @param cpuArchitecture         {@code X86_64} or {@code ARM64}; operating system is always LINUX
     */
    public record TaskDefinition(ResourceId id, String family, int cpu, int memory, String networkMode,
                                 List<String> requiresCompatibilities, String cpuArchitecture,
                                 Value executionRoleArn, Value taskRoleArn, List<ContainerDefinition> containers,
                                 Map<String, String> tags) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.taskDefinition(this);
        }
    }

    /**
     * One container definition. Zero for {@code memory} / {@code memoryReservation} means "leave out".
     */
    public record ContainerDefinition(String name, Value image, int cpu, int memory, int memoryReservation,
                                      boolean essential, List<PortMapping> portMappings,
                                      List<EnvironmentVariable> environment, List<SecretVariable> secrets,
                                      Optional<Value> repositoryCredentials, Optional<HealthCheck> healthCheck,
                                      List<String> command, List<String> entryPoint,
                                      List<ContainerDependency> dependsOn, Optional<LogConfiguration> logging,
                                      boolean readonlyRootFilesystem) {
    }

    /** @param hostPort 0 means leave out; @param name empty means leave out */
    public record PortMapping(int containerPort, int hostPort, String protocol, String name) {
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

    public record ServiceLoadBalancer(Value targetGroupArn, String containerName, int containerPort) {
    }

    /**
     * An ECS service. {@code launchType} is empty when a capacity provider strategy is given;
     * {@code platformVersion} is empty (leave out) unless the tasks run on Fargate.
     * {@code healthCheckGracePeriodSeconds} is 0 (leave out) unless the service has load balancers: ECS rejects a
     * grace period on a service without one. {@code propagateTags} is empty (leave out) when tags are not
     * propagated.
     */
    public record Service(ResourceId id, String name, Value cluster, Value taskDefinition, int desiredCount,
                          String launchType, List<StrategyItem> capacityProviderStrategy, String platformVersion,
                          List<Value> subnets, List<Value> securityGroups, boolean assignPublicIp,
                          int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback,
                          boolean enableExecuteCommand, int healthCheckGracePeriodSeconds, String propagateTags,
                          List<ServiceLoadBalancer> loadBalancers, List<ResourceId> dependsOn,
                          Map<String, String> tags) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.service(this);
        }
    }
}
