package dev.berth.network;

/** Which of the VPC's subnets something is placed in. */
public enum SubnetType {
    PRIVATE,
    PUBLIC,
    /** Subnets given by ID in {@link SubnetSelection#subnetIds()}. */
    EXPLICIT
}
