package dev.berth.network;

import java.util.List;
import java.util.Objects;

/**
 * A VPC that already exists, given by IDs. The values pass through untouched, so they may also be CDK tokens.
 *
 * @param vpcId                 the VPC ID, e.g. {@code vpc-0abc...}. Required.
 * @param cidr                  the VPC's IPv4 range; required when Berth creates interface endpoints (their
 *                              security group admits HTTPS from the VPC). Default: empty.
 * @param publicSubnetIds       subnets for internet-facing load balancers. Default: none.
 * @param privateSubnetIds      subnets for tasks and internal load balancers. Required.
 * @param privateRouteTableIds  route tables of the private subnets, for the S3 gateway endpoint. Default: none.
 * @param privateSubnetsReachInternet whether the private subnets route to a NAT gateway (or other egress). Berth
 *                              cannot see that, so it trusts this flag when it checks that tasks can pull images.
 *                              Default: true.
 */
public record ExistingVpc(String vpcId, String cidr, List<String> publicSubnetIds, List<String> privateSubnetIds,
                          List<String> privateRouteTableIds, boolean privateSubnetsReachInternet) implements Network {

    public ExistingVpc {
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(cidr, "cidr");
        publicSubnetIds = List.copyOf(publicSubnetIds);
        privateSubnetIds = List.copyOf(privateSubnetIds);
        privateRouteTableIds = List.copyOf(privateRouteTableIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().vpcId(vpcId).cidr(cidr).publicSubnetIds(publicSubnetIds)
                .privateSubnetIds(privateSubnetIds).privateRouteTableIds(privateRouteTableIds)
                .privateSubnetsReachInternet(privateSubnetsReachInternet);
    }

    public static final class Builder {
        private String vpcId = "";
        private String cidr = "";
        private List<String> publicSubnetIds = List.of();
        private List<String> privateSubnetIds = List.of();
        private List<String> privateRouteTableIds = List.of();
        private boolean privateSubnetsReachInternet = true;

        private Builder() {
        }

        /** The VPC ID. Required. */
        public Builder vpcId(String vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        /** The VPC's IPv4 range. Required when Berth creates interface endpoints. */
        public Builder cidr(String cidr) {
            this.cidr = cidr;
            return this;
        }

        public Builder publicSubnetIds(List<String> ids) {
            this.publicSubnetIds = List.copyOf(ids);
            return this;
        }

        public Builder publicSubnetIds(String... ids) {
            return publicSubnetIds(List.of(ids));
        }

        /** Subnets for tasks and internal load balancers. Required. */
        public Builder privateSubnetIds(List<String> ids) {
            this.privateSubnetIds = List.copyOf(ids);
            return this;
        }

        public Builder privateSubnetIds(String... ids) {
            return privateSubnetIds(List.of(ids));
        }

        /** Route tables of the private subnets: the S3 gateway endpoint is added to them. */
        public Builder privateRouteTableIds(List<String> ids) {
            this.privateRouteTableIds = List.copyOf(ids);
            return this;
        }

        public Builder privateRouteTableIds(String... ids) {
            return privateRouteTableIds(List.of(ids));
        }

        /** Whether the private subnets have a route to the internet (NAT). Default: true. */
        public Builder privateSubnetsReachInternet(boolean reach) {
            this.privateSubnetsReachInternet = reach;
            return this;
        }

        public ExistingVpc build() {
            return new ExistingVpc(vpcId, cidr, publicSubnetIds, privateSubnetIds, privateRouteTableIds,
                    privateSubnetsReachInternet);
        }
    }
}
