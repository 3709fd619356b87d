package dev.berth.loadbalancing;

/** How an Application Load Balancer target group picks a task for a request (attribute {@code load_balancing.algorithm.type}). */
public enum LoadBalancingAlgorithm {
    /** In turn (Elastic Load Balancing's default). */
    ROUND_ROBIN("round_robin"),
    /** The task with the fewest requests in flight: better for requests of uneven cost. */
    LEAST_OUTSTANDING_REQUESTS("least_outstanding_requests");

    private final String value;

    LoadBalancingAlgorithm(String value) {
        this.value = value;
    }

    /**
     * The algorithm as Elastic Load Balancing spells it.
     *
     * @return e.g. {@code round_robin}
     */
    public String value() {
        return value;
    }
}
