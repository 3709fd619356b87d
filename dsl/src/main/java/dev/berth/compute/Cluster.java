package dev.berth.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 */
public record Cluster(String name, ContainerInsights containerInsights, List<String> capacityProviders,
                      List<CapacityProviderStrategyItem> defaultStrategy) {

    public Cluster {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(containerInsights, "containerInsights");
        capacityProviders = List.copyOf(capacityProviders);
        defaultStrategy = List.copyOf(defaultStrategy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().name(name).containerInsights(containerInsights)
                .capacityProviders(capacityProviders);
        b.defaultStrategy.addAll(defaultStrategy);
        return b;
    }

    public static final class Builder {
        private String name = "";
        private ContainerInsights containerInsights = ContainerInsights.ENABLED;
        private List<String> capacityProviders = List.of(CapacityProviderStrategyItem.FARGATE,
                CapacityProviderStrategyItem.FARGATE_SPOT);
        private final List<CapacityProviderStrategyItem> defaultStrategy = new ArrayList<>();

        private Builder() {
        }

        /** The cluster name. Required. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Default: ENABLED. */
        public Builder containerInsights(ContainerInsights containerInsights) {
            this.containerInsights = containerInsights;
            return this;
        }

        /** Default: FARGATE and FARGATE_SPOT. */
        public Builder capacityProviders(List<String> providers) {
            this.capacityProviders = List.copyOf(providers);
            return this;
        }

        public Builder capacityProviders(String... providers) {
            return capacityProviders(List.of(providers));
        }

        /** Adds one entry to the cluster's default capacity provider strategy. */
        public Builder defaultStrategy(String provider, int base, int weight) {
            defaultStrategy.add(CapacityProviderStrategyItem.of(provider, base, weight));
            return this;
        }

        public Cluster build() {
            return new Cluster(name, containerInsights, capacityProviders, defaultStrategy);
        }
    }
}
