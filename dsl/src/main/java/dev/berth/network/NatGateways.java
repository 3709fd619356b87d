package dev.berth.network;

/** How many NAT gateways a new VPC gets. */
public enum NatGateways {
    /** No NAT gateway: private subnets reach AWS only through VPC endpoints. */
    NONE,
    /** One NAT gateway in the first public subnet, shared by every AZ (cheaper, one AZ's failure cuts egress). */
    SINGLE,
    /** One NAT gateway per availability zone (resilient, one charge per AZ). */
    PER_AZ
}
