package dev.berth.synth.plan.compute;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.ServiceConnectConfiguration;

import java.util.List;
import java.util.Map;

/** The planned ECS resources: clusters, task definitions, services, and the log groups of their containers. */
public final class ComputeResources {

    private ComputeResources() {
    }

    /**
     * @param name                  the cluster's readable name: its physical name where a target needs one
     *                              (Terraform), its {@code Name} tag everywhere
     * @param physicalNameGenerated whether a target that can name the cluster itself does so (the naming policy,
     *                              see ServicePlanner): CloudFormation then leaves ClusterName out
     * @param containerInsights     the cluster setting value: {@code disabled}, {@code enabled} or {@code enhanced}
     * @param serviceConnectNamespace the ARN of the default Service Connect namespace of the cluster's services
     *                              ({@code ServiceConnectDefaults}); null: none
     */
    public record Cluster(ResourceId id, String name, boolean physicalNameGenerated, String containerInsights,
                          Map<String, String> tags, Value serviceConnectNamespace)
            implements PlannedResource {
        public Cluster {
            tags = Immutable.map(tags);
        }

        /** A cluster without a default Service Connect namespace. */
        public Cluster(ResourceId id, String name, boolean physicalNameGenerated, String containerInsights,
                       Map<String, String> tags) {
            this(id, name, physicalNameGenerated, containerInsights, tags, null);
        }
    }

    public record StrategyItem(String provider, int base, int weight) {
    }

    /** The capacity providers associated with a cluster, and its default strategy. */
    public record ClusterCapacityProviders(ResourceId id, Value clusterName, List<String> providers,
                                           List<StrategyItem> defaultStrategy) implements PlannedResource {
        public ClusterCapacityProviders {
            providers = Immutable.list(providers);
            defaultStrategy = Immutable.list(defaultStrategy);
        }
    }

    public record LogGroup(ResourceId id, String name, int retentionDays, Map<String, String> tags)
            implements PlannedResource {
        public LogGroup {
            tags = Immutable.map(tags);
        }
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
        public TaskDefinition {
            requiresCompatibilities = Immutable.list(requiresCompatibilities);
            containers = Immutable.list(containers);
            tags = Immutable.map(tags);
        }
    }

    /**
     * One container definition. Null means "leave out": {@code cpu} (ECS reads 0 as unset), {@code memory},
     * {@code memoryReservation}, {@code repositoryCredentials}, {@code healthCheck}, {@code logging},
     * {@code linuxParameters}.
     */
    public record ContainerDefinition(String name, Value image, Integer cpu, Integer memory, Integer memoryReservation,
                                      boolean essential, List<PortMapping> portMappings,
                                      List<EnvironmentVariable> environment, List<SecretVariable> secrets,
                                      Value repositoryCredentials, HealthCheck healthCheck,
                                      List<String> command, List<String> entryPoint,
                                      List<ContainerDependency> dependsOn, LogConfiguration logging,
                                      LinuxParameters linuxParameters, boolean readonlyRootFilesystem) {
        public ContainerDefinition {
            portMappings = Immutable.list(portMappings);
            environment = Immutable.list(environment);
            secrets = Immutable.list(secrets);
            command = Immutable.list(command);
            entryPoint = Immutable.list(entryPoint);
            dependsOn = Immutable.list(dependsOn);
        }
    }

    /** @param initProcessEnabled run an init process (PID 1) that forwards signals and reaps zombie processes */
    public record LinuxParameters(boolean initProcessEnabled) {
    }

    /** @param hostPort null: leave out (awsvpc takes the container port); @param name null: unnamed */
    public record PortMapping(int containerPort, Integer hostPort, String protocol, String name) {
    }

    public record EnvironmentVariable(String name, String value) {
    }

    /**
     * @param valueFrom the parameter's ARN, or the secret's ARN followed by {@code :<json-key>:<version-stage>:}
     *                  {@code <version-id>} where a key or version was asked for; the agent reads it at start
     */
    public record SecretVariable(String name, Value valueFrom) {
    }

    public record HealthCheck(List<String> command, int interval, int timeout, int retries, int startPeriod) {
        public HealthCheck {
            command = Immutable.list(command);
        }
    }

    /** @param condition START, COMPLETE, SUCCESS or HEALTHY */
    public record ContainerDependency(String containerName, String condition) {
    }

    /** @param options in the order to write them, e.g. awslogs-group, awslogs-region, awslogs-stream-prefix */
    public record LogConfiguration(String driver, Map<String, Value> options) {
        public LogConfiguration {
            options = Immutable.map(options);
        }
    }

    /** The network of awsvpc tasks: their subnets, security groups, and whether they get a public IP. */
    public record AwsvpcConfiguration(List<Value> subnets, List<Value> securityGroups, boolean assignPublicIp) {
        public AwsvpcConfiguration {
            subnets = Immutable.list(subnets);
            securityGroups = Immutable.list(securityGroups);
        }
    }

    public record ServiceLoadBalancer(Value targetGroupArn, String containerName, int containerPort) {
    }

    /**
     * An ECS service. Null means "leave out": {@code launchType} when a capacity provider strategy is given;
     * {@code platformVersion} unless the tasks run on Fargate; {@code healthCheckGracePeriodSeconds} unless the
     * service has load balancers (ECS rejects a grace period on a service without one); {@code propagateTags} when
     * tags are not propagated. {@code awsvpc} is null unless the tasks use the awsvpc network mode.
     *
     * @param name                   the service's readable name ({@code <service>}): its physical name where a target
     *                               needs one (Terraform), its {@code Name} tag everywhere
     * @param physicalNameGenerated  whether a target that can name the service itself on creation does so (the
     *                               naming policy, see ServicePlanner): CloudFormation then leaves ServiceName out
     * @param desiredCount           the tasks to run: on every deployment, or only when the service is created when
     *                               {@code desiredCountAutoScaled}
     * @param desiredCountAutoScaled Application Auto Scaling owns the desired count once the service exists: a
     *                               target sets {@code desiredCount} only when it creates the service and never
     *                               resets it on a later update (which would undo a scale-out under load)
     * @param serviceConnect         the Service Connect configuration; null: leave out (no Service Connect)
     */
    public record Service(ResourceId id, String name, boolean physicalNameGenerated, Value cluster, Value taskDefinition, int desiredCount,
                          boolean desiredCountAutoScaled, String launchType,
                          List<StrategyItem> capacityProviderStrategy, String platformVersion, AwsvpcConfiguration awsvpc,
                          int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback,
                          boolean enableExecuteCommand, Integer healthCheckGracePeriodSeconds, String propagateTags,
                          List<ServiceLoadBalancer> loadBalancers, Map<String, String> tags,
                          ServiceConnectConfiguration serviceConnect)
            implements PlannedResource {
        public Service {
            capacityProviderStrategy = Immutable.list(capacityProviderStrategy);
            loadBalancers = Immutable.list(loadBalancers);
            tags = Immutable.map(tags);
        }

        /** A service without Service Connect. */
        public Service(ResourceId id, String name, boolean physicalNameGenerated, Value cluster, Value taskDefinition,
                       int desiredCount, boolean desiredCountAutoScaled, String launchType,
                       List<StrategyItem> capacityProviderStrategy, String platformVersion, AwsvpcConfiguration awsvpc,
                       int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback,
                       boolean enableExecuteCommand, Integer healthCheckGracePeriodSeconds, String propagateTags,
                       List<ServiceLoadBalancer> loadBalancers, Map<String, String> tags) {
            this(id, name, physicalNameGenerated, cluster, taskDefinition, desiredCount, desiredCountAutoScaled,
                    launchType, capacityProviderStrategy, platformVersion, awsvpc, minimumHealthyPercent,
                    maximumPercent, circuitBreaker, rollback, enableExecuteCommand, healthCheckGracePeriodSeconds,
                    propagateTags, loadBalancers, tags, null);
        }
    }
}
