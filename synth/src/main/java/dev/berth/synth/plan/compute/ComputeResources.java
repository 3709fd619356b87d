package dev.berth.synth.plan.compute;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.ServiceConnectConfiguration;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources;

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

    /**
     * A CloudWatch Logs group.
     *
     * @param name      the group's readable name: its name, or when {@code retained} the prefix of its name
     * @param kmsKey    the ARN of the customer managed key that encrypts it; null: leave out (CloudWatch Logs' own
     *                  encryption)
     * @param retained  kept when the stack or module is deleted (and when an update replaces it). A kept group
     *                  outlives its stack, so a fixed name would make creating the stack again fail on the kept one:
     *                  a retained group's name is unique to each creation instead: CloudFormation generates it
     *                  (LogGroupName left out), Terraform appends a unique suffix to {@code name} ({@code
     *                  name_prefix}); its {@code Name} tag keeps the readable name
     */
    public record LogGroup(ResourceId id, String name, int retentionDays, Value kmsKey, boolean retained,
                           Map<String, String> tags)
            implements PlannedResource {
        public LogGroup {
            tags = Immutable.map(tags);
        }
    }

    /**
     * A data volume of a task definition: a task-scoped bind mount, or an EFS file system.
     *
     * @param name the name mount points refer to
     * @param efs  the EFS file system it mounts; null for a bind mount
     */
    public record Volume(String name, EfsVolume efs) {
        /** A task-scoped bind mount. */
        public Volume(String name) {
            this(name, null);
        }
    }

    /**
     * How a task mounts an EFS file system.
     *
     * @param fileSystemId      the file system's ID
     * @param rootDirectory     the directory mounted as the root; null: the root (and always with an access point)
     * @param transitEncryption {@code ENABLED} or {@code DISABLED}
     * @param accessPointId     the access point's ID; null: none
     * @param iam               whether the task role authorizes the mount: {@code ENABLED} or {@code DISABLED}
     */
    public record EfsVolume(Value fileSystemId, String rootDirectory, String transitEncryption, Value accessPointId,
                            String iam) {
    }

    /**
     * @param cpu                     task CPU units
     * @param memory                  task memory, MiB; null: leave out (EC2 tasks whose containers each set memory
     *                                or a reservation)
     * @param networkMode             {@code awsvpc}, {@code bridge} or {@code host}
     * @param requiresCompatibilities e.g. {@code [FARGATE]}
     * @param cpuArchitecture         {@code X86_64} or {@code ARM64}
     * @param operatingSystemFamily   {@code LINUX}
     * @param ephemeralStorageGiB     Fargate ephemeral storage, 21 to 200; null: leave out (Fargate's 20 GiB)
     * @param volumes                 the task's data volumes, in the program's order
     */
    public record TaskDefinition(ResourceId id, String family, int cpu, Integer memory, String networkMode,
                                 List<String> requiresCompatibilities, String cpuArchitecture,
                                 String operatingSystemFamily,
                                 Value executionRoleArn, Value taskRoleArn, List<ContainerDefinition> containers,
                                 Integer ephemeralStorageGiB, List<Volume> volumes,
                                 Map<String, String> tags, List<PlacementConstraint> placementConstraints)
            implements PlannedResource {
        public TaskDefinition {
            requiresCompatibilities = Immutable.list(requiresCompatibilities);
            containers = Immutable.list(containers);
            volumes = Immutable.list(volumes);
            tags = Immutable.map(tags);
            placementConstraints = Immutable.list(placementConstraints);
        }

        /** A task definition without placement constraints. */
        public TaskDefinition(ResourceId id, String family, int cpu, Integer memory, String networkMode,
                              List<String> requiresCompatibilities, String cpuArchitecture,
                              String operatingSystemFamily,
                              Value executionRoleArn, Value taskRoleArn, List<ContainerDefinition> containers,
                              Integer ephemeralStorageGiB, List<Volume> volumes, Map<String, String> tags) {
            this(id, family, cpu, memory, networkMode, requiresCompatibilities, cpuArchitecture,
                    operatingSystemFamily, executionRoleArn, taskRoleArn, containers, ephemeralStorageGiB, volumes,
                    tags, List.of());
        }
    }

    /**
     * A placement strategy of a service.
     *
     * @param type  {@code spread}, {@code binpack} or {@code random}
     * @param field what it spreads or packs on; null: leave out ({@code random})
     */
    public record PlacementStrategy(String type, String field) {
    }

    /**
     * A placement constraint of a service or task definition.
     *
     * @param type       {@code distinctInstance} or {@code memberOf}
     * @param expression the cluster query language expression; null: leave out ({@code distinctInstance})
     */
    public record PlacementConstraint(String type, String expression) {
    }

    /**
     * One container definition. Null means "leave out": {@code cpu} (ECS reads 0 as unset), {@code memory},
     * {@code memoryReservation}, {@code repositoryCredentials}, {@code healthCheck}, {@code logging},
     * {@code linuxParameters}, {@code user}, {@code workingDirectory} (the image's), {@code stopTimeout} (ECS's 30
     * seconds), {@code privileged} (not privileged: ECS's default, left out so the provider sees no difference),
     * {@code firelensConfiguration} (not the task's log router), {@code gpus} (no GPU resource requirement).
     */
    public record ContainerDefinition(String name, Value image, Integer cpu, Integer memory, Integer memoryReservation,
                                      boolean essential, List<PortMapping> portMappings,
                                      List<EnvironmentVariable> environment, List<EnvironmentFile> environmentFiles,
                                      List<SecretVariable> secrets,
                                      Value repositoryCredentials, HealthCheck healthCheck,
                                      List<String> command, List<String> entryPoint, String workingDirectory,
                                      String user, List<ContainerDependency> dependsOn, Integer stopTimeout,
                                      LogConfiguration logging, LinuxParameters linuxParameters, Boolean privileged,
                                      boolean readonlyRootFilesystem, List<MountPoint> mountPoints,
                                      List<VolumeFrom> volumesFrom, List<Ulimit> ulimits,
                                      Map<String, String> dockerLabels, FirelensConfiguration firelensConfiguration,
                                      Integer gpus) {
        /** A container definition without GPUs. */
        public ContainerDefinition(String name, Value image, Integer cpu, Integer memory, Integer memoryReservation,
                                   boolean essential, List<PortMapping> portMappings,
                                   List<EnvironmentVariable> environment, List<EnvironmentFile> environmentFiles,
                                   List<SecretVariable> secrets,
                                   Value repositoryCredentials, HealthCheck healthCheck,
                                   List<String> command, List<String> entryPoint, String workingDirectory,
                                   String user, List<ContainerDependency> dependsOn, Integer stopTimeout,
                                   LogConfiguration logging, LinuxParameters linuxParameters, Boolean privileged,
                                   boolean readonlyRootFilesystem, List<MountPoint> mountPoints,
                                   List<VolumeFrom> volumesFrom, List<Ulimit> ulimits,
                                   Map<String, String> dockerLabels, FirelensConfiguration firelensConfiguration) {
            this(name, image, cpu, memory, memoryReservation, essential, portMappings, environment, environmentFiles,
                    secrets, repositoryCredentials, healthCheck, command, entryPoint, workingDirectory, user,
                    dependsOn, stopTimeout, logging, linuxParameters, privileged, readonlyRootFilesystem,
                    mountPoints, volumesFrom, ulimits, dockerLabels, firelensConfiguration, null);
        }

        public ContainerDefinition {
            portMappings = Immutable.list(portMappings);
            environment = Immutable.list(environment);
            environmentFiles = Immutable.list(environmentFiles);
            secrets = Immutable.list(secrets);
            command = Immutable.list(command);
            entryPoint = Immutable.list(entryPoint);
            dependsOn = Immutable.list(dependsOn);
            mountPoints = Immutable.list(mountPoints);
            volumesFrom = Immutable.list(volumesFrom);
            ulimits = Immutable.list(ulimits);
            dockerLabels = Immutable.map(dockerLabels);
        }
    }

    /**
     * The FireLens configuration of the task's log router.
     *
     * @param type    {@code fluentbit} or {@code fluentd}
     * @param options in the order to write them: {@code enable-ecs-log-metadata}, and {@code config-file-type} /
     *                {@code config-file-value} for an extra configuration file
     */
    public record FirelensConfiguration(String type, Map<String, String> options) {
        public FirelensConfiguration {
            options = Immutable.map(options);
        }
    }

    /**
     * Linux options of a container. Null or empty means "leave out".
     *
     * @param initProcessEnabled run an init process (PID 1) that forwards signals and reaps zombie processes; null
     *                           when not asked for
     * @param addCapabilities    kernel capabilities added to Docker's default set, e.g. {@code SYS_PTRACE}
     * @param dropCapabilities   kernel capabilities removed from it
     * @param sharedMemorySize   the size of {@code /dev/shm} in MiB; null: Docker's default
     */
    public record LinuxParameters(Boolean initProcessEnabled, List<String> addCapabilities,
                                  List<String> dropCapabilities, Integer sharedMemorySize) {
        public LinuxParameters {
            addCapabilities = Immutable.list(addCapabilities);
            dropCapabilities = Immutable.list(dropCapabilities);
        }

        /** Whether capabilities are added or dropped (ECS nests them in one object). */
        public boolean hasCapabilities() {
            return !addCapabilities.isEmpty() || !dropCapabilities.isEmpty();
        }
    }

    /**
     * A file of variables the agent reads at start.
     *
     * @param value the S3 object's ARN
     * @param type  where it is: {@code s3}, the only type ECS has
     */
    public record EnvironmentFile(Value value, String type) {
    }

    /**
     * @param readOnly written either way: ECS describes a mount point with its {@code readOnly}, so Terraform's
     *                 comparison of the container definitions sees no difference
     */
    public record MountPoint(String sourceVolume, String containerPath, boolean readOnly) {
    }

    /** @param readOnly written either way, as for {@link MountPoint} */
    public record VolumeFrom(String sourceContainer, boolean readOnly) {
    }

    /** @param name e.g. {@code nofile} */
    public record Ulimit(String name, int softLimit, int hardLimit) {
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

    /**
     * @param advanced the blue/green traffic settings of a BLUE_GREEN, CANARY or LINEAR deployment; null: leave out
     */
    public record ServiceLoadBalancer(Value targetGroupArn, String containerName, int containerPort,
                                      AdvancedConfiguration advanced) {

        /** A load balancer of a rolling service. */
        public ServiceLoadBalancer(Value targetGroupArn, String containerName, int containerPort) {
            this(targetGroupArn, containerName, containerPort, null);
        }
    }

    /**
     * What ECS shifts in a blue/green family deployment (AWS::ECS::Service {@code LoadBalancers[].AdvancedConfiguration},
     * aws_ecs_service {@code load_balancer.advanced_configuration}).
     *
     * @param alternateTargetGroupArn the green revision's target group
     * @param productionListenerRule  the listener rule whose weights ECS moves
     * @param testListenerRule        the rule test traffic takes; null: leave out (none)
     * @param roleArn                 the infrastructure role ECS assumes to register targets and modify the rule
     */
    public record AdvancedConfiguration(Value alternateTargetGroupArn, Value productionListenerRule,
                                        Value testListenerRule, Value roleArn) {
    }

    /**
     * The deployment settings beyond rolling percents and the circuit breaker. Null means "leave out".
     *
     * @param strategy               {@code ROLLING}, {@code BLUE_GREEN}, {@code CANARY} or {@code LINEAR}
     * @param bakeTimeInMinutes      null: ECS's default
     * @param canaryPercent          with CANARY, else null
     * @param canaryBakeTimeInMinutes with CANARY, else null
     * @param linearStepPercent      with LINEAR, else null
     * @param linearStepBakeTimeInMinutes with LINEAR, else null
     * @param lifecycleHooks         may be empty
     * @param alarmNames             the alarms that roll a deployment back (enabled, with rollback); empty: none
     * @param redeploymentTrigger    Terraform only: the input whose change forces a new deployment; null: none
     * @param codeDeployController   the deployment controller is CODE_DEPLOY: CodeDeploy deploys new revisions, so
     *                               the ECS circuit breaker (ECS controller only) is left out and, after creation, the
     *                               service's task definition and load balancers belong to CodeDeploy (Terraform
     *                               ignores changes to them; CloudFormation cannot update them at all); strategy null
     */
    public record ServiceDeployment(String strategy, Integer bakeTimeInMinutes, Double canaryPercent,
                                    Integer canaryBakeTimeInMinutes, Double linearStepPercent,
                                    Integer linearStepBakeTimeInMinutes, List<DeploymentHook> lifecycleHooks,
                                    List<Value> alarmNames, Value redeploymentTrigger, boolean codeDeployController) {
        public ServiceDeployment {
            lifecycleHooks = Immutable.list(lifecycleHooks);
            alarmNames = Immutable.list(alarmNames);
        }

        /** Settings of the ECS deployment controller. */
        public ServiceDeployment(String strategy, Integer bakeTimeInMinutes, Double canaryPercent,
                                 Integer canaryBakeTimeInMinutes, Double linearStepPercent,
                                 Integer linearStepBakeTimeInMinutes, List<DeploymentHook> lifecycleHooks,
                                 List<Value> alarmNames, Value redeploymentTrigger) {
            this(strategy, bakeTimeInMinutes, canaryPercent, canaryBakeTimeInMinutes, linearStepPercent,
                    linearStepBakeTimeInMinutes, lifecycleHooks, alarmNames, redeploymentTrigger, false);
        }
    }

    /** A Lambda function ECS invokes at {@code stages}, assuming {@code roleArn}. */
    public record DeploymentHook(String targetArn, Value roleArn, List<String> stages) {
        public DeploymentHook {
            stages = Immutable.list(stages);
        }
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
     * @param deployment             the strategy, hooks, alarms and redeployment trigger; null: leave out (a rolling
     *                               deployment with only the percents and the circuit breaker)
     * @param placementStrategies    in the order ECS applies them; empty: ECS's (spread across zones)
     * @param placementConstraints   the service's constraints
     * @param schedulingStrategy     {@code DAEMON}; null: leave out (ECS's REPLICA). A daemon has no desired count
     *                               ({@link #hasDesiredCount()}) and no maximum percent above 100
     */
    public record Service(ResourceId id, String name, boolean physicalNameGenerated, Value cluster, Value taskDefinition, int desiredCount,
                          boolean desiredCountAutoScaled, String launchType,
                          List<StrategyItem> capacityProviderStrategy, String platformVersion, AwsvpcConfiguration awsvpc,
                          int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback,
                          boolean enableExecuteCommand, Integer healthCheckGracePeriodSeconds, String propagateTags,
                          List<ServiceLoadBalancer> loadBalancers, Map<String, String> tags,
                          ServiceConnectConfiguration serviceConnect,
                          List<ServiceDiscoveryResources.ServiceRegistry> serviceRegistries,
                          ServiceDeployment deployment,
                          List<PlacementStrategy> placementStrategies,
                          List<PlacementConstraint> placementConstraints, String schedulingStrategy)
            implements PlannedResource {
        public Service {
            capacityProviderStrategy = Immutable.list(capacityProviderStrategy);
            loadBalancers = Immutable.list(loadBalancers);
            tags = Immutable.map(tags);
            serviceRegistries = Immutable.list(serviceRegistries);
            placementStrategies = Immutable.list(placementStrategies);
            placementConstraints = Immutable.list(placementConstraints);
        }

        /** A replica service without placement settings. */
        public Service(ResourceId id, String name, boolean physicalNameGenerated, Value cluster, Value taskDefinition,
                       int desiredCount, boolean desiredCountAutoScaled, String launchType,
                       List<StrategyItem> capacityProviderStrategy, String platformVersion, AwsvpcConfiguration awsvpc,
                       int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback,
                       boolean enableExecuteCommand, Integer healthCheckGracePeriodSeconds, String propagateTags,
                       List<ServiceLoadBalancer> loadBalancers, Map<String, String> tags,
                       ServiceConnectConfiguration serviceConnect,
                       List<ServiceDiscoveryResources.ServiceRegistry> serviceRegistries, ServiceDeployment deployment) {
            this(id, name, physicalNameGenerated, cluster, taskDefinition, desiredCount, desiredCountAutoScaled,
                    launchType, capacityProviderStrategy, platformVersion, awsvpc, minimumHealthyPercent,
                    maximumPercent, circuitBreaker, rollback, enableExecuteCommand, healthCheckGracePeriodSeconds,
                    propagateTags, loadBalancers, tags, serviceConnect, serviceRegistries, deployment, List.of(),
                    List.of(), null);
        }

        /** Whether a target writes the desired count: not for a daemon, which runs one task per instance. */
        public boolean hasDesiredCount() {
            return !"DAEMON".equals(schedulingStrategy);
        }

        /**
         * Whether CodeDeploy deploys the service (controller {@code CODE_DEPLOY}): then ECS's circuit breaker, which
         * applies to the ECS controller only, is left out.
         */
        public boolean codeDeployController() {
            return deployment != null && deployment.codeDeployController();
        }

        /** A service without Cloud Map DNS registries, with the rolling deployment's settings only. */
        public Service(ResourceId id, String name, boolean physicalNameGenerated, Value cluster, Value taskDefinition,
                       int desiredCount, boolean desiredCountAutoScaled, String launchType,
                       List<StrategyItem> capacityProviderStrategy, String platformVersion, AwsvpcConfiguration awsvpc,
                       int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback,
                       boolean enableExecuteCommand, Integer healthCheckGracePeriodSeconds, String propagateTags,
                       List<ServiceLoadBalancer> loadBalancers, Map<String, String> tags,
                       ServiceConnectConfiguration serviceConnect) {
            this(id, name, physicalNameGenerated, cluster, taskDefinition, desiredCount, desiredCountAutoScaled,
                    launchType, capacityProviderStrategy, platformVersion, awsvpc, minimumHealthyPercent,
                    maximumPercent, circuitBreaker, rollback, enableExecuteCommand, healthCheckGracePeriodSeconds,
                    propagateTags, loadBalancers, tags, serviceConnect, List.of(), null);
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
                    propagateTags, loadBalancers, tags, (ServiceConnectConfiguration) null);
        }
    }

    /**
     * An ECS Managed Instances capacity provider ({@code ManagedInstancesProvider}), created in its cluster
     * ({@code ClusterName}): such a provider is cluster-scoped and ECS refuses it in the cluster's capacity provider
     * associations ("Cannot associate Managed Instances capacity provider to clusters using this API",
     * hashicorp/terraform-provider-aws#44783; aws/aws-cdk#35699 and #35783 removed it from the CDK's associations).
     * Null means "leave out"; empty lists are left out.
     *
     * @param name                  the capacity provider's name (the program's), which strategies name
     * @param clusterName           the cluster it belongs to
     * @param infrastructureRoleArn the role ECS launches and manages the instances with
     * @param instanceProfileArn    the instance profile the instances run with
     * @param subnets               the instances' subnets
     * @param securityGroups        the instances' security groups
     * @param storageSizeGiB        the root volume in GiB; null: ECS's default
     * @param monitoring            {@code BASIC} or {@code DETAILED}
     * @param capacityOptionType    {@code ON_DEMAND} or {@code SPOT}
     * @param vcpuMin               the fewest vCPUs
     * @param vcpuMax               the most vCPUs; null: no limit
     * @param memoryMinMiB          the least memory, MiB
     * @param memoryMaxMiB          the most memory, MiB; null: no limit
     * @param cpuManufacturers      e.g. {@code intel}
     * @param instanceGenerations   {@code current}, {@code previous}
     * @param acceleratorTypes      {@code gpu}, {@code fpga}, {@code inference}
     * @param acceleratorManufacturers e.g. {@code nvidia}
     * @param acceleratorCountMin   null: no limit
     * @param acceleratorCountMax   null: no limit
     * @param allowedInstanceTypes  e.g. {@code g5.*}
     * @param excludedInstanceTypes instance types never launched
     * @param propagateTags         {@code CAPACITY_PROVIDER}: the provider's tags go to the instances
     */
    public record ManagedInstancesCapacityProvider(ResourceId id, String name, Value clusterName,
                                                   Value infrastructureRoleArn, Value instanceProfileArn,
                                                   List<Value> subnets, List<Value> securityGroups,
                                                   Integer storageSizeGiB, String monitoring, String capacityOptionType,
                                                   int vcpuMin, Integer vcpuMax, int memoryMinMiB, Integer memoryMaxMiB,
                                                   List<String> cpuManufacturers, List<String> instanceGenerations,
                                                   List<String> acceleratorTypes,
                                                   List<String> acceleratorManufacturers,
                                                   Integer acceleratorCountMin, Integer acceleratorCountMax,
                                                   List<String> allowedInstanceTypes,
                                                   List<String> excludedInstanceTypes, String propagateTags,
                                                   Map<String, String> tags) implements PlannedResource {
        public ManagedInstancesCapacityProvider {
            subnets = Immutable.list(subnets);
            securityGroups = Immutable.list(securityGroups);
            cpuManufacturers = Immutable.list(cpuManufacturers);
            instanceGenerations = Immutable.list(instanceGenerations);
            acceleratorTypes = Immutable.list(acceleratorTypes);
            acceleratorManufacturers = Immutable.list(acceleratorManufacturers);
            allowedInstanceTypes = Immutable.list(allowedInstanceTypes);
            excludedInstanceTypes = Immutable.list(excludedInstanceTypes);
            tags = Immutable.map(tags);
        }
    }
}
