package dev.berth.loadbalancing;

/** Whether a load balancer is reachable from the internet. */
public enum Scheme {
    INTERNET_FACING("internet-facing"),
    INTERNAL("internal");

    private final String value;

    Scheme(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
