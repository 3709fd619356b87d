package dev.berth.loadbalancing;

/** Whether a load balancer is reachable from the internet. */
public enum Scheme {
    /** Public IP addresses, reachable from the internet; placed in the public subnets by default. */
    INTERNET_FACING("internet-facing"),
    /** Private IP addresses, reachable from inside the VPC only; placed in the private subnets by default. */
    INTERNAL("internal");

    private final String value;

    Scheme(String value) {
        this.value = value;
    }

    /**
     * The scheme as Elastic Load Balancing spells it.
     *
     * @return {@code internet-facing} or {@code internal}
     */
    public String value() {
        return value;
    }
}
