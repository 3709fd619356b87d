package dev.berth.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An ECS cluster.
 *
 * @param name               the cluster name; also the identity of the cluster in the program. Required.
 *                           Valid: lower-case letters, digits and hyphens, starting with a letter, up to 32.
 * @param containerInsights  Default: {@link ContainerInsights#ENABLED}.
 * @param capacityProviders  providers associated with the cluster. Default: FARGATE and FARGATE_SPOT.
 * @param defaultStrategy    the cluster's default capacity provider strategy, for tasks started without a launch type
 *                           or strategy (RunTask, scheduled tasks); a Berth service uses its own strategy or launch
 *                           type, as ECS does. Default: none.
 * @param serviceConnectNamespace the default Service Connect namespace of the cluster's services
 *                           ({@code ServiceConnectDefaults}): a name (Berth creates an AWS Cloud Map HTTP namespace) or an
 *                           existing namespace's ARN. Default: empty (none; a service with Service Connect then names
 *                           its own).
 * @param dnsNamespace       the AWS Cloud Map private DNS namespace the cluster's services register in for DNS service
 *                           discovery ({@code ServiceDiscovery}): a name (Berth creates the namespace in the program's
 *                           VPC, one per name in the program) or an existing namespace's ID ({@code ns-...}). Default:
 *                           empty (none; a service with DNS discovery then names its own).
 * @param managedInstances   the cluster's ECS Managed Instances capacity providers ({@link ManagedInstances}), which
 *                           a strategy names like any other provider. Default: none.
 * @param ec2Capacity        EC2 Auto Scaling group capacity providers Berth creates for the cluster and associates
 *                           with it beside {@code capacityProviders}. Default: none.
 */
public record Cluster(String name, ContainerInsights containerInsights, List<String> capacityProviders,
                      List<CapacityProviderStrategyItem> defaultStrategy, String serviceConnectNamespace,
                      String dnsNamespace, List<ManagedInstances> managedInstances, List<Ec2Capacity> ec2Capacity) {

    /**
     * Creates the Cluster; programs use {@link #builder()} instead.
     *
     * @param name               the cluster name; also the identity of the cluster in the program. Required.
     *     Valid: lower-case letters, digits and hyphens, starting with a letter, up to 32.
     * @param containerInsights  Default: {@link ContainerInsights#ENABLED}.
     * @param capacityProviders  providers associated with the cluster. Default: FARGATE and FARGATE_SPOT.
     * @param defaultStrategy    the cluster's default capacity provider strategy, for tasks started without a
     *                           launch type
     *     or strategy (RunTask, scheduled tasks); a Berth service uses its own strategy or launch
     *     type, as ECS does. Default: none.
     * @param serviceConnectNamespace the default Service Connect namespace's name or ARN. Default: empty (none).
     * @param dnsNamespace       the private DNS namespace's name or ID. Default: empty (none).
     * @param managedInstances   the ECS Managed Instances capacity providers. Default: none.
     * @param ec2Capacity        the EC2 Auto Scaling group capacity providers Berth creates. Default: none.
     * @throws NullPointerException when a reference component is null
     */
    public Cluster {
        managedInstances = List.copyOf(managedInstances);
        ec2Capacity = List.copyOf(ec2Capacity);
        Objects.requireNonNull(dnsNamespace, "dnsNamespace");
        Objects.requireNonNull(serviceConnectNamespace, "serviceConnectNamespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(containerInsights, "containerInsights");
        capacityProviders = List.copyOf(capacityProviders);
        defaultStrategy = List.copyOf(defaultStrategy);
    }

    /**
     * A cluster without a default Service Connect namespace.
     *
     * @param name              the cluster name
     * @param containerInsights the Container Insights setting
     * @param capacityProviders the providers associated with the cluster
     * @param defaultStrategy   the default capacity provider strategy
     */
    public Cluster(String name, ContainerInsights containerInsights, List<String> capacityProviders,
                   List<CapacityProviderStrategyItem> defaultStrategy) {
        this(name, containerInsights, capacityProviders, defaultStrategy, "");
    }

    /**
     * A cluster without a DNS namespace.
     *
     * @param name              the cluster name
     * @param containerInsights the Container Insights setting
     * @param capacityProviders the providers associated with the cluster
     * @param defaultStrategy   the default capacity provider strategy
     * @param serviceConnectNamespace the default Service Connect namespace's name or ARN
     */
    public Cluster(String name, ContainerInsights containerInsights, List<String> capacityProviders,
                   List<CapacityProviderStrategyItem> defaultStrategy, String serviceConnectNamespace) {
        this(name, containerInsights, capacityProviders, defaultStrategy, serviceConnectNamespace, "");
    }

    /**
     * A cluster without ECS Managed Instances capacity providers (the components before they existed).
     *
     * @param name              the cluster name
     * @param containerInsights the Container Insights setting
     * @param capacityProviders the providers associated with the cluster
     * @param defaultStrategy   the default capacity provider strategy
     * @param serviceConnectNamespace the default Service Connect namespace's name or ARN
     * @param dnsNamespace      the private DNS namespace's name or ID
     */
    public Cluster(String name, ContainerInsights containerInsights, List<String> capacityProviders,
                   List<CapacityProviderStrategyItem> defaultStrategy, String serviceConnectNamespace,
                   String dnsNamespace) {
        this(name, containerInsights, capacityProviders, defaultStrategy, serviceConnectNamespace, dnsNamespace,
                List.of());
    }

    /**
     * A cluster without EC2 capacity (the components before EC2 Auto Scaling group capacity providers existed).
     *
     * @param name              the cluster name
     * @param containerInsights the Container Insights setting
     * @param capacityProviders the providers associated with the cluster
     * @param defaultStrategy   the default capacity provider strategy
     * @param serviceConnectNamespace the default Service Connect namespace's name or ARN
     * @param dnsNamespace      the private DNS namespace's name or ID
     * @param managedInstances  the ECS Managed Instances capacity providers
     */
    public Cluster(String name, ContainerInsights containerInsights, List<String> capacityProviders,
                   List<CapacityProviderStrategyItem> defaultStrategy, String serviceConnectNamespace,
                   String dnsNamespace, List<ManagedInstances> managedInstances) {
        this(name, containerInsights, capacityProviders, defaultStrategy, serviceConnectNamespace, dnsNamespace,
                managedInstances, List.of());
    }

    /**
     * Whether {@code provider} names one of the cluster's ECS Managed Instances capacity providers.
     *
     * @param provider a capacity provider's name
     * @return true when a Managed Instances provider of the cluster has that name
     */
    public boolean isManagedInstances(String provider) {
        return managedInstances.stream().anyMatch(m -> m.name().equals(provider));
    }

    /**
     * Every provider associated with the cluster by name in {@code capacityProviders}, then the EC2 capacity
     * providers' names (Managed Instances providers are checked by {@link #isManagedInstances(String)}).
     *
     * @return the associated providers' names, in order
     */
    public List<String> associatedProviders() {
        List<String> all = new ArrayList<>(capacityProviders);
        ec2Capacity.forEach(c -> all.add(c.name()));
        return List.copyOf(all);
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
     * A builder holding this Cluster's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).containerInsights(containerInsights)
                .capacityProviders(capacityProviders).serviceConnectNamespace(serviceConnectNamespace)
                .dnsNamespace(dnsNamespace);
        b.defaultStrategy.addAll(defaultStrategy);
        b.managedInstances.addAll(managedInstances);
        b.ec2Capacity.addAll(ec2Capacity);
        return b;
    }

    /**
     * Builds a {@link Cluster}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String name = "";
        private ContainerInsights containerInsights = ContainerInsights.ENABLED;
        private List<String> capacityProviders = List.of(CapacityProviderStrategyItem.FARGATE,
                CapacityProviderStrategyItem.FARGATE_SPOT);
        private final List<CapacityProviderStrategyItem> defaultStrategy = new ArrayList<>();
        private String serviceConnectNamespace = "";
        private String dnsNamespace = "";
        private final List<ManagedInstances> managedInstances = new ArrayList<>();
        private final List<Ec2Capacity> ec2Capacity = new ArrayList<>();

        private Builder() {
        }

        /**
         * The cluster name; also its identity in the program. Required. Valid: lower-case letters, digits and
         * hyphens, starting with a letter, up to 32.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Default: ENABLED.
         *
         * @param containerInsights the new value of {@code containerInsights}
         * @return this builder
         */
        public Builder containerInsights(ContainerInsights containerInsights) {
            this.containerInsights = containerInsights;
            return this;
        }

        /**
         * Default: FARGATE and FARGATE_SPOT. Valid: FARGATE, FARGATE_SPOT or Auto Scaling group capacity provider
         * names; a service's strategy may only name these.
         *
         * @param providers the new value of {@code capacityProviders}, in order
         * @return this builder
         */
        public Builder capacityProviders(List<String> providers) {
            this.capacityProviders = List.copyOf(providers);
            return this;
        }

        /**
         * Providers associated with the cluster. Default: FARGATE and FARGATE_SPOT. Valid: FARGATE, FARGATE_SPOT or
         * Auto Scaling group capacity provider names; a service's strategy may only name these.
         *
         * @param providers the new value of {@code capacityProviders}, in order
         * @return this builder
         */
        public Builder capacityProviders(String... providers) {
            return capacityProviders(List.of(providers));
        }

        /**
         * Adds one entry to the cluster's default capacity provider strategy, used by tasks started without a
         * launch type or strategy. Default: no default strategy. Valid: providers associated with the cluster, at
         * most one entry with a base above 0.
         *
         * @param provider FARGATE, FARGATE_SPOT or an Auto Scaling group capacity provider's name
         * @param base tasks placed on this provider first. Valid: 0 to 100000; one entry at most above 0
         * @param weight share of the remaining tasks. Valid: 0 to 1000
         * @return this builder
         */
        public Builder defaultStrategy(String provider, int base, int weight) {
            defaultStrategy.add(CapacityProviderStrategyItem.of(provider, base, weight));
            return this;
        }

        /**
         * The default Service Connect namespace of the cluster's services ({@code ServiceConnectDefaults}): a name,
         * for which Berth creates an AWS Cloud Map HTTP namespace (one per name in the program), or an existing
         * namespace's ARN. Default: none. Valid: lower-case DNS labels separated by periods, up to 253 characters,
         * or {@code arn:<partition>:servicediscovery:<region>:<account>:namespace/ns-...}.
         *
         * @param namespace the new value of {@code serviceConnectNamespace}
         * @return this builder
         */
        public Builder serviceConnectNamespace(String namespace) {
            this.serviceConnectNamespace = namespace;
            return this;
        }

        /**
         * The private DNS namespace of the cluster's services with DNS service discovery: a name, for which Berth
         * creates an AWS Cloud Map private DNS namespace in the program's VPC (one per name in the program), or an
         * existing private DNS namespace's ID. Default: none. Valid: lower-case DNS labels separated by periods, up
         * to 253 characters, or {@code ns-} and up to 64 letters and digits.
         *
         * @param namespace the new value of {@code dnsNamespace}
         * @return this builder
         */
        public Builder dnsNamespace(String namespace) {
            this.dnsNamespace = namespace;
            return this;
        }

        /**
         * Adds an ECS Managed Instances capacity provider named {@code name} ({@link ManagedInstances}), e.g.
         * {@code c.managedInstances("gpu", m -> m.vcpu(4, 16).acceleratorTypes(AcceleratorType.GPU))}. Services run
         * on it through a strategy naming it. Default: none. Valid: unique names, none of them also in
         * {@code capacityProviders}.
         *
         * @param name the capacity provider's name
         * @param configure configures a builder holding the ManagedInstances defaults
         * @return this builder
         */
        public Builder managedInstances(String name, Consumer<ManagedInstances.Builder> configure) {
            ManagedInstances.Builder b = ManagedInstances.builder().name(name);
            configure.accept(b);
            managedInstances.add(b.build());
            return this;
        }

        /**
         * Adds an EC2 Auto Scaling group capacity provider, associated with the cluster (see {@link Ec2Capacity}
         * for what Berth creates). A service runs on it through a capacity provider strategy naming it, or with the
         * EC2 launch type. Default: none.
         *
         * @param name      the capacity provider's name. Valid: letters, digits, hyphens and underscores, not
         *                  starting with {@code aws}, {@code ecs} or {@code fargate}; unique in the program
         * @param configure sets the instance types, AMI, sizes and Spot split
         * @return this builder
         */
        public Builder ec2Capacity(String name, java.util.function.Consumer<Ec2Capacity.Builder> configure) {
            Ec2Capacity.Builder b = Ec2Capacity.builder().name(name);
            configure.accept(b);
            ec2Capacity.add(b.build());
            return this;
        }

        /**
         * Adds an EC2 Auto Scaling group capacity provider (see {@link #ec2Capacity(String, java.util.function.Consumer)}).
         *
         * @param capacity the provider
         * @return this builder
         */
        public Builder ec2Capacity(Ec2Capacity capacity) {
            ec2Capacity.add(capacity);
            return this;
        }

        /**
         * Builds the Cluster. Values are checked later, with the whole program, by the validator.
         *
         * @return the Cluster
         */
        public Cluster build() {
            return new Cluster(name, containerInsights, capacityProviders, defaultStrategy, serviceConnectNamespace,
                    dnsNamespace, managedInstances, ec2Capacity);
        }
    }
}
