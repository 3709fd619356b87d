package dev.berth.service;

import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.loadbalancing.Exposure;
import dev.berth.network.Egress;
import dev.berth.network.SubnetSelection;
import dev.berth.placement.PlacementConstraint;
import dev.berth.placement.PlacementStrategy;
import dev.berth.scaling.AutoScaling;
import dev.berth.servicediscovery.ServiceConnect;
import dev.berth.servicediscovery.ServiceDiscovery;
import dev.berth.task.TaskDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * An ECS service: keeps {@code desiredCount} copies of a task running, optionally behind a load balancer.
 *
 * @param name                 service name and identity in the program. Required. Valid: lower-case letters,
 *                             digits and hyphens, starting with a letter, up to 32.
 * @param cluster              name of the cluster it runs in. Default: the application's only cluster.
 * @param task                 the task definition. Required (at least one container).
 * @param desiredCount         Default: 2 tasks (one per AZ survives an AZ failure). With auto scaling, only the
 *                             count a new service starts with: later deployments leave the count to auto scaling
 *                             (CloudFormation, which cannot set a property only on creation, starts the service with
 *                             one task, and the scalable target raises it to its minimum).
 * @param launchType           used when capacityProviderStrategy is empty. Default: FARGATE.
 * @param capacityProviderStrategy Default: none (the launch type is used).
 * @param platformVersion      Fargate platform version. Default: LATEST.
 * @param subnets              Default: private subnets (also when given {@link SubnetSelection#defaultSubnets()}).
 * @param assignPublicIp       Default: false.
 * @param deployment           Default: {@link Deployment#DEFAULT}.
 * @param enableExecuteCommand ECS Exec. Default: false.
 * @param healthCheckGracePeriodSeconds seconds during which ECS ignores failing load balancer health checks of a
 *                             newly started task; load-balanced only. {@link #NOT_SET} when the program gives none
 *                             (see {@link #healthCheckGracePeriod()}). Default: not set, which the plan turns into 60
 *                             for a load-balanced service and none otherwise. Valid: 0 or more.
 * @param propagateTags        Default: SERVICE.
 * @param exposures            listener rules and target groups; at most one. Default: none (not load-balanced).
 * @param autoScaling          Default: {@link AutoScaling#NONE}.
 * @param allowAllOutbound     when false the tasks' security group allows outbound HTTPS (443) only: AWS APIs,
 *                             VPC endpoints, S3 and HTTPS on the internet, plus {@code egress}. Default: false.
 * @param egress               outbound traffic the tasks need besides HTTPS: to a database, a cache, another
 *                             service of the program ({@link Egress}). Default: none.
 * @param serviceConnect       Amazon ECS Service Connect ({@link ServiceConnect}). Default: {@link ServiceConnect#NONE}.
 * @param serviceDiscovery     AWS Cloud Map DNS service discovery ({@link ServiceDiscovery}). Default:
 *                             {@link ServiceDiscovery#NONE}.
 * @param placementStrategies  how ECS chooses instances for the tasks, in order (EC2 only). Default: none (ECS
 *                             spreads a service's tasks across Availability Zones).
 * @param placementConstraints rules the instances must meet (EC2 and Managed Instances). Default: none.
 * @param schedulingStrategy   {@link SchedulingStrategy#REPLICA} or {@link SchedulingStrategy#DAEMON} (one task per
 *                             instance; no desired count). Default: REPLICA.
 */
public record Service(String name, String cluster, TaskDefinition task, int desiredCount, LaunchType launchType,
                      List<CapacityProviderStrategyItem> capacityProviderStrategy, String platformVersion,
                      SubnetSelection subnets, boolean assignPublicIp, Deployment deployment,
                      boolean enableExecuteCommand, int healthCheckGracePeriodSeconds, PropagateTags propagateTags,
                      List<Exposure> exposures, AutoScaling autoScaling, boolean allowAllOutbound,
                      List<Egress> egress, ServiceConnect serviceConnect, ServiceDiscovery serviceDiscovery,
                      List<PlacementStrategy> placementStrategies, List<PlacementConstraint> placementConstraints,
                      SchedulingStrategy schedulingStrategy) {

    /**
     * The value of {@link #healthCheckGracePeriodSeconds()} when the program did not give one. The model keeps
     * "not given" rather than a default, because the default depends on whether the service is exposed, which a
     * later {@code toBuilder()} may change; the plan decides it.
     */
    public static final int NOT_SET = -1;

    /**
     * Creates the Service; programs use {@link #builder()} instead.
     *
     * @param name                 service name and identity in the program. Required. Valid: lower-case letters,
     *     digits and hyphens, starting with a letter, up to 32.
     * @param cluster              name of the cluster it runs in. Default: the application's only cluster.
     * @param task                 the task definition. Required (at least one container).
     * @param desiredCount         Default: 2 tasks (one per AZ survives an AZ failure). With auto scaling, only the
     *     count a new service starts with: later deployments leave the count to auto scaling
     *     (CloudFormation, which cannot set a property only on creation, starts the service with
     *     one task, and the scalable target raises it to its minimum).
     * @param launchType           used when capacityProviderStrategy is empty. Default: FARGATE.
     * @param capacityProviderStrategy Default: none (the launch type is used).
     * @param platformVersion      Fargate platform version. Default: LATEST.
     * @param subnets              Default: private subnets (also when given {@link SubnetSelection#defaultSubnets()}).
     * @param assignPublicIp       Default: false.
     * @param deployment           Default: {@link Deployment#DEFAULT}.
     * @param enableExecuteCommand ECS Exec. Default: false.
     * @param healthCheckGracePeriodSeconds seconds during which ECS ignores failing load balancer health checks of a
     *     newly started task; load-balanced only. {@link #NOT_SET} when the program gives none
     *     (see {@link #healthCheckGracePeriod()}). Default: not set, which the plan turns into 60
     *     for a load-balanced service and none otherwise. Valid: 0 or more.
     * @param propagateTags        Default: SERVICE.
     * @param exposures            listener rules and target groups; at most one. Default: none (not load-balanced).
     * @param autoScaling          Default: {@link AutoScaling#NONE}.
     * @param allowAllOutbound     when false the tasks' security group allows outbound HTTPS (443) only: AWS APIs,
     *     VPC endpoints, S3 and HTTPS on the internet, plus {@code egress}. Default: false.
     * @param egress               outbound traffic the tasks need besides HTTPS: to a database, a cache, another
     *     service of the program ({@link Egress}). Default: none.
     * @param serviceConnect       Amazon ECS Service Connect. Default: {@link ServiceConnect#NONE}.
     * @param serviceDiscovery     AWS Cloud Map DNS service discovery. Default: {@link ServiceDiscovery#NONE}.
     * @param placementStrategies  placement strategies, in order (EC2 only). Default: none.
     * @param placementConstraints placement constraints (EC2 and Managed Instances). Default: none.
     * @param schedulingStrategy   REPLICA or DAEMON. Default: REPLICA.
     * @throws NullPointerException when a reference component is null
     */
    public Service {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(launchType, "launchType");
        Objects.requireNonNull(platformVersion, "platformVersion");
        Objects.requireNonNull(subnets, "subnets");
        subnets = subnets.isDefault() ? SubnetSelection.privateSubnets() : subnets;
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(propagateTags, "propagateTags");
        Objects.requireNonNull(autoScaling, "autoScaling");
        capacityProviderStrategy = List.copyOf(capacityProviderStrategy);
        exposures = List.copyOf(exposures);
        egress = List.copyOf(egress);
        Objects.requireNonNull(serviceConnect, "serviceConnect");
        Objects.requireNonNull(serviceDiscovery, "serviceDiscovery");
        placementStrategies = List.copyOf(placementStrategies);
        placementConstraints = List.copyOf(placementConstraints);
        Objects.requireNonNull(schedulingStrategy, "schedulingStrategy");
    }

    /**
     * A service without placement settings (the components before they existed).
     *
     * @param name                 the service name
     * @param cluster              the cluster's name
     * @param task                 the task definition
     * @param desiredCount         the tasks to run
     * @param launchType           the launch type
     * @param capacityProviderStrategy the capacity provider strategy
     * @param platformVersion      the Fargate platform version
     * @param subnets              the subnets
     * @param assignPublicIp       whether tasks get a public IP
     * @param deployment           the deployment settings
     * @param enableExecuteCommand ECS Exec
     * @param healthCheckGracePeriodSeconds the grace period, or {@link #NOT_SET}
     * @param propagateTags        the tag propagation
     * @param exposures            the exposures
     * @param autoScaling          the auto scaling
     * @param allowAllOutbound     whether all outbound traffic is allowed
     * @param egress               the declared egress
     * @param serviceConnect       the Service Connect settings
     * @param serviceDiscovery     the DNS service discovery settings
     */
    public Service(String name, String cluster, TaskDefinition task, int desiredCount, LaunchType launchType,
                   List<CapacityProviderStrategyItem> capacityProviderStrategy, String platformVersion,
                   SubnetSelection subnets, boolean assignPublicIp, Deployment deployment,
                   boolean enableExecuteCommand, int healthCheckGracePeriodSeconds, PropagateTags propagateTags,
                   List<Exposure> exposures, AutoScaling autoScaling, boolean allowAllOutbound,
                   List<Egress> egress, ServiceConnect serviceConnect, ServiceDiscovery serviceDiscovery) {
        this(name, cluster, task, desiredCount, launchType, capacityProviderStrategy, platformVersion, subnets,
                assignPublicIp, deployment, enableExecuteCommand, healthCheckGracePeriodSeconds, propagateTags,
                exposures, autoScaling, allowAllOutbound, egress, serviceConnect, serviceDiscovery, List.of(),
                List.of(), SchedulingStrategy.REPLICA);
    }

    /**
     * Whether the service runs one task on each container instance ({@link SchedulingStrategy#DAEMON}).
     *
     * @return true for a daemon service
     */
    public boolean isDaemon() {
        return schedulingStrategy == SchedulingStrategy.DAEMON;
    }

    /**
     * A service without DNS service discovery (the components before it existed).
     *
     * @param name                 the service name
     * @param cluster              the cluster's name
     * @param task                 the task definition
     * @param desiredCount         the tasks to run
     * @param launchType           the launch type
     * @param capacityProviderStrategy the capacity provider strategy
     * @param platformVersion      the Fargate platform version
     * @param subnets              the subnets
     * @param assignPublicIp       whether tasks get a public IP
     * @param deployment           the deployment settings
     * @param enableExecuteCommand ECS Exec
     * @param healthCheckGracePeriodSeconds the grace period, or {@link #NOT_SET}
     * @param propagateTags        the tag propagation
     * @param exposures            the exposures
     * @param autoScaling          the auto scaling
     * @param allowAllOutbound     whether all outbound traffic is allowed
     * @param egress               the declared egress
     * @param serviceConnect       the Service Connect settings
     */
    public Service(String name, String cluster, TaskDefinition task, int desiredCount, LaunchType launchType,
                   List<CapacityProviderStrategyItem> capacityProviderStrategy, String platformVersion,
                   SubnetSelection subnets, boolean assignPublicIp, Deployment deployment,
                   boolean enableExecuteCommand, int healthCheckGracePeriodSeconds, PropagateTags propagateTags,
                   List<Exposure> exposures, AutoScaling autoScaling, boolean allowAllOutbound,
                   List<Egress> egress, ServiceConnect serviceConnect) {
        this(name, cluster, task, desiredCount, launchType, capacityProviderStrategy, platformVersion, subnets,
                assignPublicIp, deployment, enableExecuteCommand, healthCheckGracePeriodSeconds, propagateTags,
                exposures, autoScaling, allowAllOutbound, egress, serviceConnect, ServiceDiscovery.NONE);
    }

    /**
     * A service without Service Connect (the components before it existed).
     *
     * @param name                 the service name
     * @param cluster              the cluster's name
     * @param task                 the task definition
     * @param desiredCount         the tasks to run
     * @param launchType           the launch type
     * @param capacityProviderStrategy the capacity provider strategy
     * @param platformVersion      the Fargate platform version
     * @param subnets              the subnets
     * @param assignPublicIp       whether tasks get a public IP
     * @param deployment           the deployment settings
     * @param enableExecuteCommand ECS Exec
     * @param healthCheckGracePeriodSeconds the grace period, or {@link #NOT_SET}
     * @param propagateTags        the tag propagation
     * @param exposures            the exposures
     * @param autoScaling          the auto scaling
     * @param allowAllOutbound     whether all outbound traffic is allowed
     * @param egress               the declared egress
     */
    public Service(String name, String cluster, TaskDefinition task, int desiredCount, LaunchType launchType,
                   List<CapacityProviderStrategyItem> capacityProviderStrategy, String platformVersion,
                   SubnetSelection subnets, boolean assignPublicIp, Deployment deployment,
                   boolean enableExecuteCommand, int healthCheckGracePeriodSeconds, PropagateTags propagateTags,
                   List<Exposure> exposures, AutoScaling autoScaling, boolean allowAllOutbound,
                   List<Egress> egress) {
        this(name, cluster, task, desiredCount, launchType, capacityProviderStrategy, platformVersion, subnets,
                assignPublicIp, deployment, enableExecuteCommand, healthCheckGracePeriodSeconds, propagateTags,
                exposures, autoScaling, allowAllOutbound, egress, ServiceConnect.NONE);
    }

    /**
     * Whether the service is behind a load balancer.
     *
     * @return true when it has an exposure
     */
    public boolean isLoadBalanced() {
        return !exposures.isEmpty();
    }

    /**
     * The health check grace period the program gave; empty when it gave none (the plan decides then).
     *
     * @return the seconds given, or empty
     */
    public OptionalInt healthCheckGracePeriod() {
        return healthCheckGracePeriodSeconds == NOT_SET ? OptionalInt.empty()
                : OptionalInt.of(healthCheckGracePeriodSeconds);
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this Service's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).cluster(cluster).task(task).desiredCount(desiredCount)
                .launchType(launchType).platformVersion(platformVersion).subnets(subnets)
                .assignPublicIp(assignPublicIp).deployment(deployment).enableExecuteCommand(enableExecuteCommand)
                .healthCheckGracePeriodSeconds(healthCheckGracePeriodSeconds).propagateTags(propagateTags)
                .autoScaling(autoScaling).allowAllOutbound(allowAllOutbound).serviceConnect(serviceConnect)
                .serviceDiscovery(serviceDiscovery).schedulingStrategy(schedulingStrategy);
        b.placementStrategies.addAll(placementStrategies);
        b.placementConstraints.addAll(placementConstraints);
        b.capacityProviderStrategy.addAll(capacityProviderStrategy);
        b.exposures.addAll(exposures);
        b.egress.addAll(egress);
        return b;
    }

    /**
     * Builds a {@link Service}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String name = "";
        private String cluster = "";
        private TaskDefinition task = TaskDefinition.builder().build();
        private int desiredCount = 2;
        private LaunchType launchType = LaunchType.FARGATE;
        private final List<CapacityProviderStrategyItem> capacityProviderStrategy = new ArrayList<>();
        private String platformVersion = "LATEST";
        private SubnetSelection subnets = SubnetSelection.privateSubnets();
        private boolean assignPublicIp;
        private Deployment deployment = Deployment.DEFAULT;
        private boolean enableExecuteCommand;
        private int healthCheckGracePeriodSeconds = NOT_SET;
        private PropagateTags propagateTags = PropagateTags.SERVICE;
        private final List<Exposure> exposures = new ArrayList<>();
        private AutoScaling autoScaling = AutoScaling.NONE;
        private boolean allowAllOutbound;
        private final List<Egress> egress = new ArrayList<>();
        private ServiceConnect serviceConnect = ServiceConnect.NONE;
        private ServiceDiscovery serviceDiscovery = ServiceDiscovery.NONE;
        private final List<PlacementStrategy> placementStrategies = new ArrayList<>();
        private final List<PlacementConstraint> placementConstraints = new ArrayList<>();
        private SchedulingStrategy schedulingStrategy = SchedulingStrategy.REPLICA;

        private Builder() {
        }

        /**
         * Service name and identity in the program. Required. Valid: lower-case letters, digits and hyphens,
         * starting with a letter, up to 32.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Default: the application's only cluster. Valid: a cluster of the program; required when it has several.
         *
         * @param cluster the new value of {@code cluster}
         * @return this builder
         */
        public Builder cluster(String cluster) {
            this.cluster = cluster;
            return this;
        }

        /**
         * The task definition. Required (at least one container). Default: a task definition with the {@link
         * TaskDefinition} defaults and no containers.
         *
         * @param task the new value of {@code task}
         * @return this builder
         */
        public Builder task(TaskDefinition task) {
            this.task = task;
            return this;
        }

        /**
         * Describes the task definition: {@code s.task(t -> t.cpu(512).memory(1024).container(...))}. Required (at
         * least one container). Default: the {@link TaskDefinition} defaults (256 CPU units, 512 MiB).
         *
         * @param configure configures a builder holding the TaskDefinition defaults
         * @return this builder
         */
        public Builder task(Consumer<TaskDefinition.Builder> configure) {
            TaskDefinition.Builder b = task.toBuilder();
            configure.accept(b);
            this.task = b.build();
            return this;
        }

        /**
         * Default: 2. With auto scaling, only the count a new service starts with (see {@link Service}). Valid: 0
         * to 5000; with auto scaling, minCapacity to maxCapacity.
         *
         * @param count the new value of {@code desiredCount}
         * @return this builder
         */
        public Builder desiredCount(int count) {
            this.desiredCount = count;
            return this;
        }

        /**
         * Default: FARGATE (used when no capacity provider strategy is given).
         *
         * @param launchType the new value of {@code launchType}
         * @return this builder
         */
        public Builder launchType(LaunchType launchType) {
            this.launchType = launchType;
            return this;
        }

        /**
         * Adds one entry to the service's capacity provider strategy (which replaces the launch type). Default: no
         * strategy (the launch type is used). Valid: providers associated with the service's cluster, at most one
         * entry with a base above 0.
         *
         * @param provider FARGATE, FARGATE_SPOT or an Auto Scaling group capacity provider's name
         * @param base tasks placed on this provider first. Valid: 0 to 100000; one entry at most above 0
         * @param weight share of the remaining tasks. Valid: 0 to 1000
         * @return this builder
         */
        public Builder capacityProvider(String provider, int base, int weight) {
            capacityProviderStrategy.add(CapacityProviderStrategyItem.of(provider, base, weight));
            return this;
        }

        /**
         * Default: LATEST. Valid: LATEST or a Fargate platform version such as 1.4.0.
         *
         * @param version the new value of {@code platformVersion}
         * @return this builder
         */
        public Builder platformVersion(String version) {
            this.platformVersion = version;
            return this;
        }

        /**
         * Default: private subnets ({@link SubnetSelection#defaultSubnets()} means the same). Valid: public subnets
         * need {@code assignPublicIp(true)}; private subnets need NAT or VPC endpoints.
         *
         * @param subnets the new value of {@code subnets}
         * @return this builder
         */
        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        /**
         * Default: false. Valid: true only in public subnets (in private subnets a public IP is never reachable).
         *
         * @param assign the new value of {@code assignPublicIp}
         * @return this builder
         */
        public Builder assignPublicIp(boolean assign) {
            this.assignPublicIp = assign;
            return this;
        }

        /**
         * Default: {@link Deployment#DEFAULT}.
         *
         * @param deployment the new value of {@code deployment}
         * @return this builder
         */
        public Builder deployment(Deployment deployment) {
            this.deployment = deployment;
            return this;
        }

        /**
         * Describes the deployment: {@code s.deployment(d -> d.strategy(DeploymentStrategy.CANARY).canary(10, 10)
         * .rollbackOnTarget5xx(10))}. Default: {@link Deployment#DEFAULT} (rolling, circuit breaker with rollback).
         *
         * @param configure configures a builder holding the current deployment settings
         * @return this builder
         */
        public Builder deployment(Consumer<Deployment.Builder> configure) {
            Deployment.Builder b = deployment.toBuilder();
            configure.accept(b);
            this.deployment = b.build();
            return this;
        }

        /**
         * Default: false. Adds the ssmmessages channel permissions to the task role.
         *
         * @param enable the new value of {@code enableExecuteCommand}
         * @return this builder
         */
        public Builder enableExecuteCommand(boolean enable) {
            this.enableExecuteCommand = enable;
            return this;
        }

        /**
         * Default: not set, which the plan turns into 60 seconds when the service is load-balanced (also when it is
         * exposed only after this call, e.g. through {@code toBuilder()}) and none otherwise.
         * {@link Service#NOT_SET} unsets it. Valid: 0 or more.
         *
         * @param seconds the new value of {@code healthCheckGracePeriodSeconds}
         * @return this builder
         */
        public Builder healthCheckGracePeriodSeconds(int seconds) {
            this.healthCheckGracePeriodSeconds = seconds;
            return this;
        }

        /**
         * Default: SERVICE.
         *
         * @param propagateTags the new value of {@code propagateTags}
         * @return this builder
         */
        public Builder propagateTags(PropagateTags propagateTags) {
            this.propagateTags = propagateTags;
            return this;
        }

        /**
         * Puts the service behind the load balancer {@code loadBalancer} with a listener rule and a target group of
         * its own. Default: not load-balanced. Valid: at most one exposure per service.
         *
         * @param loadBalancer the name of a load balancer of the program
         * @param configure configures a builder holding the Exposure defaults
         * @return this builder
         */
        public Builder expose(String loadBalancer, Consumer<Exposure.Builder> configure) {
            Exposure.Builder b = Exposure.builder().loadBalancer(loadBalancer);
            configure.accept(b);
            exposures.add(b.build());
            return this;
        }

        /**
         * Puts the service behind a load balancer with an exposure built elsewhere. Default: not load-balanced.
         * Valid: at most one exposure per service.
         *
         * @param exposure the exposure
         * @return this builder
         */
        public Builder expose(Exposure exposure) {
            exposures.add(exposure);
            return this;
        }

        /**
         * Default: {@link AutoScaling#NONE}.
         *
         * @param autoScaling the new value of {@code autoScaling}
         * @return this builder
         */
        public Builder autoScaling(AutoScaling autoScaling) {
            this.autoScaling = autoScaling;
            return this;
        }

        /**
         * Scales the desired count with target tracking, e.g. {@code s.autoScaling(a ->
         * a.minCapacity(2).maxCapacity(10).cpuTargetPercent(60))}. Default: {@link AutoScaling#NONE} (no auto
         * scaling).
         *
         * @param configure configures a builder holding the AutoScaling defaults
         * @return this builder
         */
        public Builder autoScaling(Consumer<AutoScaling.Builder> configure) {
            AutoScaling.Builder b = AutoScaling.builder();
            configure.accept(b);
            this.autoScaling = b.build();
            return this;
        }

        /**
         * Default: false (outbound HTTPS only, plus what {@link #egressTo} declares).
         *
         * @param allow the new value of {@code allowAllOutbound}
         * @return this builder
         */
        public Builder allowAllOutbound(boolean allow) {
            this.allowAllOutbound = allow;
            return this;
        }

        /**
         * Adds outbound traffic the tasks need besides HTTPS, e.g.
         * {@code s.egressTo(Egress.toSecurityGroup("sg-0123456789abcdef0", 5432))} for a database. For a service of
         * the program the plan also admits the traffic on its side. Default: none.
         *
         * @param rule the new value of {@code egressTo}
         * @return this builder
         */
        public Builder egressTo(Egress rule) {
            egress.add(rule);
            return this;
        }

        /**
         * Amazon ECS Service Connect ({@link ServiceConnect}). Default: {@link ServiceConnect#NONE}.
         *
         * @param serviceConnect the new value of {@code serviceConnect}
         * @return this builder
         */
        public Builder serviceConnect(ServiceConnect serviceConnect) {
            this.serviceConnect = serviceConnect;
            return this;
        }

        /**
         * Joins the service to a Service Connect namespace: {@code s.serviceConnect(sc -> sc.server("http"))} to be
         * reachable on the port mapping named {@code http}, {@code s.serviceConnect(sc -> sc.client())} to only call
         * others. Who calls whom is declared with {@link #egressTo} ({@code Egress.toService}). Default: no Service
         * Connect.
         *
         * @param configure configures a builder holding the current Service Connect settings, enabled
         * @return this builder
         */
        public Builder serviceConnect(Consumer<ServiceConnect.Builder> configure) {
            ServiceConnect.Builder b = serviceConnect.toBuilder().enabled(true);
            configure.accept(b);
            this.serviceConnect = b.build();
            return this;
        }

        /**
         * AWS Cloud Map DNS service discovery ({@link ServiceDiscovery}). Default: {@link ServiceDiscovery#NONE}.
         *
         * @param serviceDiscovery the new value of {@code serviceDiscovery}
         * @return this builder
         */
        public Builder serviceDiscovery(ServiceDiscovery serviceDiscovery) {
            this.serviceDiscovery = serviceDiscovery;
            return this;
        }

        /**
         * Registers the service's tasks in a private DNS namespace:
         * {@code s.serviceDiscovery(d -> d.name("orders"))} for A records {@code orders.<namespace>},
         * {@code s.serviceDiscovery(d -> d.srv("app", 8080))} for SRV records. Who calls whom is declared with
         * {@link #egressTo} ({@code Egress.toService}). Default: no DNS service discovery.
         *
         * @param configure configures a builder holding the current settings, enabled
         * @return this builder
         */
        public Builder serviceDiscovery(Consumer<ServiceDiscovery.Builder> configure) {
            ServiceDiscovery.Builder b = serviceDiscovery.toBuilder().enabled(true);
            configure.accept(b);
            this.serviceDiscovery = b.build();
            return this;
        }

        /**
         * Adds a placement strategy, e.g. {@code PlacementStrategy.spreadAcrossZones()} then
         * {@code PlacementStrategy.binpackMemory()}; ECS applies them in order. Default: none (ECS spreads a
         * service's tasks across Availability Zones). Valid: up to 5; EC2 only: not on Fargate
         * ({@code PLACEMENT_ON_FARGATE}), Managed Instances place tasks themselves, and daemons take none.
         *
         * @param strategy the strategy
         * @return this builder
         */
        public Builder placementStrategy(PlacementStrategy strategy) {
            placementStrategies.add(strategy);
            return this;
        }

        /**
         * Adds a placement constraint: {@code PlacementConstraint.distinctInstance()} or
         * {@code PlacementConstraint.memberOf("attribute:ecs.instance-type =~ g5.*")}. Default: none. Valid: up to
         * 10 (with the task definition's); EC2 and Managed Instances only, not on Fargate.
         *
         * @param constraint the constraint
         * @return this builder
         */
        public Builder placementConstraint(PlacementConstraint constraint) {
            placementConstraints.add(constraint);
            return this;
        }

        /**
         * REPLICA (keep the desired count) or DAEMON (one task on each container instance). Default: REPLICA.
         * Valid: DAEMON only on EC2 with a launch type (no capacity provider strategy), without auto scaling or
         * placement strategies; its desired count is left out.
         *
         * @param strategy the new value of {@code schedulingStrategy}
         * @return this builder
         */
        public Builder schedulingStrategy(SchedulingStrategy strategy) {
            this.schedulingStrategy = strategy;
            return this;
        }

        /**
         * Builds the Service. Values are checked later, with the whole program, by the validator.
         *
         * @return the Service
         */
        public Service build() {
            return new Service(name, cluster, task, desiredCount, launchType, capacityProviderStrategy,
                    platformVersion, subnets, assignPublicIp, deployment, enableExecuteCommand,
                    healthCheckGracePeriodSeconds, propagateTags, exposures, autoScaling, allowAllOutbound, egress,
                    serviceConnect, serviceDiscovery, placementStrategies, placementConstraints, schedulingStrategy);
        }
    }
}
