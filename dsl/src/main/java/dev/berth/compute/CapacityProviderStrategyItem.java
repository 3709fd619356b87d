package dev.berth.compute;

import java.util.Objects;

/**
 * One entry of a capacity provider strategy.
 *
 * @param provider {@link #FARGATE}, {@link #FARGATE_SPOT}, or the name of an Auto Scaling group capacity provider
 * @param base     tasks placed on this provider first. Default: 0. Valid: 0 to 100000; at most one entry of a
 *                 strategy may have a base above 0.
 * @param weight   share of the remaining tasks. Default: 1. Valid: 0 to 1000.
 */
public record CapacityProviderStrategyItem(String provider, int base, int weight) {

    /** The Fargate capacity provider (on-demand). */
    public static final String FARGATE = "FARGATE";
    /** The Fargate Spot capacity provider: spare capacity, cheaper, tasks may be stopped with two minutes' notice. */
    public static final String FARGATE_SPOT = "FARGATE_SPOT";

    /**
     * Creates the CapacityProviderStrategyItem.
     *
     * @param provider {@link #FARGATE}, {@link #FARGATE_SPOT}, or the name of an Auto Scaling group capacity provider
     * @param base     tasks placed on this provider first. Default: 0. Valid: 0 to 100000; at most one entry of a
     *     strategy may have a base above 0.
     * @param weight   share of the remaining tasks. Default: 1. Valid: 0 to 1000.
     * @throws NullPointerException when a reference component is null
     */
    public CapacityProviderStrategyItem {
        Objects.requireNonNull(provider, "provider");
    }

    /**
     * An entry with a base.
     *
     * @param provider the capacity provider
     * @param base     tasks placed on this provider first. Valid: 0 to 100000
     * @param weight   share of the remaining tasks. Valid: 0 to 1000
     * @return the entry
     */
    public static CapacityProviderStrategyItem of(String provider, int base, int weight) {
        return new CapacityProviderStrategyItem(provider, base, weight);
    }

    /**
     * An entry with base 0.
     *
     * @param provider the capacity provider
     * @param weight   share of the tasks. Valid: 0 to 1000
     * @return the entry
     */
    public static CapacityProviderStrategyItem of(String provider, int weight) {
        return new CapacityProviderStrategyItem(provider, 0, weight);
    }

    /**
     * Whether this is one of the Fargate providers (as opposed to an Auto Scaling group provider).
     *
     * @return true for {@link #FARGATE} and {@link #FARGATE_SPOT}
     */
    public boolean isFargate() {
        return isFargate(provider);
    }

    /**
     * Whether a provider is one of the Fargate providers.
     *
     * @param provider a capacity provider's name
     * @return true for {@link #FARGATE} and {@link #FARGATE_SPOT}
     */
    public static boolean isFargate(String provider) {
        return FARGATE.equals(provider) || FARGATE_SPOT.equals(provider);
    }
}
