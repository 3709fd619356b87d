package dev.berth.service;

/**
 * Rolling deployment settings.
 *
 * @param minimumHealthyPercent tasks kept running during a deployment. Default: 100. Valid: 0 to 100.
 * @param maximumPercent        tasks allowed during a deployment. Default: 200. Valid: 100 to 200, and above
 *                              minimumHealthyPercent.
 * @param circuitBreaker        stop a deployment whose tasks keep failing. Default: true.
 * @param rollback              roll back to the last working deployment when the breaker trips. Default: true.
 */
public record Deployment(int minimumHealthyPercent, int maximumPercent, boolean circuitBreaker, boolean rollback) {

    /** 100 % minimum healthy, 200 % maximum, circuit breaker with rollback: the default. */
    public static final Deployment DEFAULT = new Deployment(100, 200, true, true);
}
