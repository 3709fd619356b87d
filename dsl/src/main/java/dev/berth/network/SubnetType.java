package dev.berth.network;

/** Which of the VPC's subnets something is placed in. */
public enum SubnetType {
    /** The private subnets: no route from the internet. */
    PRIVATE,
    /** The public subnets: routed through the internet gateway. */
    PUBLIC,
    /** Subnets given by ID in {@link SubnetSelection#subnetIds()}. */
    EXPLICIT,
    /**
     * None chosen: the default of what is placed applies. A load balancer keeps this, because its default depends
     * on its scheme ({@code LoadBalancer.effectiveSubnets()}: public subnets when internet-facing, private when
     * internal); a service's default is the private subnets.
     */
    DEFAULT
}
