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

    public static final String FARGATE = "FARGATE";
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

    public static CapacityProviderStrategyItem of(String provider, int base, int weight) {
        return new CapacityProviderStrategyItem(provider, base, weight);
    }

    public static CapacityProviderStrategyItem of(String provider, int weight) {
        return new CapacityProviderStrategyItem(provider, 0, weight);
    }

    /** Whether this is one of the Fargate providers (as opposed to an Auto Scaling group provider). */
    public boolean isFargate() {
        return isFargate(provider);
    }

    public static boolean isFargate(String provider) {
        return FARGATE.equals(provider) || FARGATE_SPOT.equals(provider);
    }
}
