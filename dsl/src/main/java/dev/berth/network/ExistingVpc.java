package dev.berth.network;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 *                              cannot see that, so it trusts this flag: it decides which VPC endpoints
 *                              {@link Endpoints#automatic()} creates (with internet only the free S3 and DynamoDB
 *                              gateway endpoints, without it every endpoint the tasks need) and whether tasks can
 *                              pull images. Default: true.
 * @param existingEndpoints     the VPC endpoints the VPC already has (interface endpoints with private DNS in the
 *                              private subnets, gateway endpoints on the private route tables). Berth never creates
 *                              these again (a second interface endpoint with private DNS fails with "conflicting DNS
 *                              domain", a second gateway endpoint on the same route table with a duplicate route),
 *                              and counts them as reachable. Their security groups must admit HTTPS from the tasks,
 *                              which Berth cannot check. Default: none.
 */
public record ExistingVpc(String vpcId, String cidr, List<String> publicSubnetIds, List<String> privateSubnetIds,
                          List<String> privateRouteTableIds, boolean privateSubnetsReachInternet,
                          Set<EndpointService> existingEndpoints) implements Network {

    /**
     * Creates the ExistingVpc; programs use {@link #builder()} instead.
     *
     * @param vpcId                 the VPC ID, e.g. {@code vpc-0abc...}. Required.
     * @param cidr                  the VPC's IPv4 range; required when Berth creates interface endpoints (their
     *     security group admits HTTPS from the VPC). Default: empty.
     * @param publicSubnetIds       subnets for internet-facing load balancers. Default: none.
     * @param privateSubnetIds      subnets for tasks and internal load balancers. Required.
     * @param privateRouteTableIds  route tables of the private subnets, for the S3 gateway endpoint. Default: none.
     * @param privateSubnetsReachInternet whether the private subnets route to a NAT gateway (or other egress). Berth
     *     cannot see that, so it trusts this flag: it decides which VPC endpoints
     *     {@link Endpoints#automatic()} creates (with internet only the free S3 and DynamoDB
     *     gateway endpoints, without it every endpoint the tasks need) and whether tasks can
     *     pull images. Default: true.
     * @param existingEndpoints     the VPC endpoints the VPC already has (interface endpoints with private DNS in the
     *     private subnets, gateway endpoints on the private route tables). Berth never creates
     *     these again (a second interface endpoint with private DNS fails with "conflicting DNS
     *     domain", a second gateway endpoint on the same route table with a duplicate route),
     *     and counts them as reachable. Their security groups must admit HTTPS from the tasks,
     *     which Berth cannot check. Default: none.
     * @throws NullPointerException when a reference component is null
     */
    public ExistingVpc {
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(cidr, "cidr");
        publicSubnetIds = List.copyOf(publicSubnetIds);
        privateSubnetIds = List.copyOf(privateSubnetIds);
        privateRouteTableIds = List.copyOf(privateRouteTableIds);
        // In enum order, so that whatever iterates it is deterministic.
        existingEndpoints = existingEndpoints.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(existingEndpoints));
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this ExistingVpc's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().vpcId(vpcId).cidr(cidr).publicSubnetIds(publicSubnetIds)
                .privateSubnetIds(privateSubnetIds).privateRouteTableIds(privateRouteTableIds)
                .privateSubnetsReachInternet(privateSubnetsReachInternet).existingEndpoints(existingEndpoints);
    }

    /**
     * Builds a {@link ExistingVpc}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String vpcId = "";
        private String cidr = "";
        private List<String> publicSubnetIds = List.of();
        private List<String> privateSubnetIds = List.of();
        private List<String> privateRouteTableIds = List.of();
        private boolean privateSubnetsReachInternet = true;
        private Set<EndpointService> existingEndpoints = Set.of();

        private Builder() {
        }

        /**
         * The VPC ID, e.g. {@code vpc-0abc12345def67890}, or a CDK token. Required. Valid: {@code vpc-} and 8 or 17
         * hex digits.
         *
         * @param vpcId the new value of {@code vpcId}
         * @return this builder
         */
        public Builder vpcId(String vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        /**
         * The VPC's primary IPv4 range. Default: empty. Required when Berth creates interface endpoints or an
         * internal load balancer (their security groups admit traffic from the VPC). Valid: an aligned IPv4 CIDR
         * with prefix /16 to /28.
         *
         * @param cidr the new value of {@code cidr}
         * @return this builder
         */
        public Builder cidr(String cidr) {
            this.cidr = cidr;
            return this;
        }

        /**
         * Subnets for internet-facing load balancers. Default: none. Valid: subnet IDs ({@code subnet-...}) or CDK
         * tokens; at least two in different availability zones for a load balancer.
         *
         * @param ids the new value of {@code publicSubnetIds}, in order
         * @return this builder
         */
        public Builder publicSubnetIds(List<String> ids) {
            this.publicSubnetIds = List.copyOf(ids);
            return this;
        }

        /**
         * Subnets for internet-facing load balancers. Default: none. Valid: subnet IDs ({@code subnet-...}) or CDK
         * tokens; at least two in different availability zones for a load balancer.
         *
         * @param ids the new value of {@code publicSubnetIds}, in order
         * @return this builder
         */
        public Builder publicSubnetIds(String... ids) {
            return publicSubnetIds(List.of(ids));
        }

        /**
         * Subnets for tasks and internal load balancers. Required. Valid: at least two subnet IDs ({@code
         * subnet-...}) in different availability zones.
         *
         * @param ids the new value of {@code privateSubnetIds}, in order
         * @return this builder
         */
        public Builder privateSubnetIds(List<String> ids) {
            this.privateSubnetIds = List.copyOf(ids);
            return this;
        }

        /**
         * Subnets for tasks and internal load balancers. Required. Valid: at least two subnet IDs ({@code
         * subnet-...}) in different availability zones.
         *
         * @param ids the new value of {@code privateSubnetIds}, in order
         * @return this builder
         */
        public Builder privateSubnetIds(String... ids) {
            return privateSubnetIds(List.of(ids));
        }

        /**
         * Route tables of the private subnets: the S3 and DynamoDB gateway endpoints are added to them. Default:
         * none. Valid: route table IDs ({@code rtb-...}); required when Berth creates a gateway endpoint.
         *
         * @param ids the new value of {@code privateRouteTableIds}, in order
         * @return this builder
         */
        public Builder privateRouteTableIds(List<String> ids) {
            this.privateRouteTableIds = List.copyOf(ids);
            return this;
        }

        /**
         * Route tables of the private subnets, for the S3 gateway endpoint. Default: none. Valid: route table IDs
         * ({@code rtb-...}) or CDK tokens; required when Berth creates a gateway endpoint.
         *
         * @param ids the new value of {@code privateRouteTableIds}, in order
         * @return this builder
         */
        public Builder privateRouteTableIds(String... ids) {
            return privateRouteTableIds(List.of(ids));
        }

        /**
         * Whether the private subnets have a route to the internet (NAT). With it, {@link Endpoints#automatic()}
         * creates only the free S3 and DynamoDB gateway endpoints; without it, every endpoint the tasks need.
         * Default: true.
         *
         * @param reach the new value of {@code privateSubnetsReachInternet}
         * @return this builder
         */
        public Builder privateSubnetsReachInternet(boolean reach) {
            this.privateSubnetsReachInternet = reach;
            return this;
        }

        /**
         * The VPC endpoints the VPC already has: Berth never creates these again and counts them as reachable.
         * Replaces earlier values. Default: none.
         *
         * @param endpoints the new value of {@code existingEndpoints}
         * @return this builder
         */
        public Builder existingEndpoints(Set<EndpointService> endpoints) {
            this.existingEndpoints = Set.copyOf(endpoints);
            return this;
        }

        /**
         * The VPC endpoints the VPC already has. Replaces earlier values. Default: none.
         *
         * @param endpoints the new value of {@code existingEndpoints}, in order
         * @return this builder
         */
        public Builder existingEndpoints(EndpointService... endpoints) {
            return existingEndpoints(Set.of(endpoints));
        }

        /**
         * Builds the ExistingVpc. Values are checked later, with the whole program, by the validator.
         *
         * @return the ExistingVpc
         */
        public ExistingVpc build() {
            return new ExistingVpc(vpcId, cidr, publicSubnetIds, privateSubnetIds, privateRouteTableIds,
                    privateSubnetsReachInternet, existingEndpoints);
        }
    }
}
