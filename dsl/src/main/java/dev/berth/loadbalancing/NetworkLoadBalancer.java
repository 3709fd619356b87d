package dev.berth.loadbalancing;

import dev.berth.network.SubnetSelection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Network Load Balancer, for services that are not HTTP (or that terminate TLS themselves): each service exposed
 * on it brings its own listener (TCP, TLS, UDP or TCP_UDP, see {@link NetworkListener}) forwarding to its own IP
 * target group. It has no listener rules, so exposures on it give no paths or hosts.
 *
 * <p>Berth always gives it a security group: Elastic Load Balancing lets a Network Load Balancer have security
 * groups only if it was created with one, and the tasks then admit exactly that group, even for UDP, where the
 * client's IP address is always preserved.
 *
 * @param name               identity in the program. Required.
 * @param scheme             Default: {@link Scheme#INTERNET_FACING}.
 * @param subnets            the subnets given; {@link SubnetSelection#defaultSubnets()} when none was given, and then
 *                           {@link #effectiveSubnets()} places it by its scheme. Default: public subnets when
 *                           internet-facing, private subnets when internal.
 * @param crossZone          attribute {@code load_balancing.cross_zone.enabled}. Default: true.
 * @param deletionProtection attribute {@code deletion_protection.enabled}. Default: false.
 * @param allowedCidrs       the IPv4 ranges the listeners admit; empty for the default: anywhere when
 *                           internet-facing, the VPC when internal. Default: empty.
 * @param aliasHostedZoneId  the Route 53 hosted zone of an alias record for it; empty for none. Default: empty.
 * @param aliasRecordName    the alias record's name, e.g. {@code mqtt.example.com}. Default: empty.
 */
public record NetworkLoadBalancer(String name, Scheme scheme, SubnetSelection subnets, boolean crossZone,
                                  boolean deletionProtection, List<String> allowedCidrs, String aliasHostedZoneId,
                                  String aliasRecordName) {

    /**
     * Creates the NetworkLoadBalancer; programs use {@link #builder()} instead.
     *
     * @param name               identity in the program. Required.
     * @param scheme             Default: {@link Scheme#INTERNET_FACING}.
     * @param subnets            the subnets given, or {@link SubnetSelection#defaultSubnets()}. Default: by scheme.
     * @param crossZone          attribute {@code load_balancing.cross_zone.enabled}. Default: true.
     * @param deletionProtection attribute {@code deletion_protection.enabled}. Default: false.
     * @param allowedCidrs       the IPv4 ranges the listeners admit; empty for the default. Default: empty.
     * @param aliasHostedZoneId  the Route 53 hosted zone of an alias record; empty for none. Default: empty.
     * @param aliasRecordName    the alias record's name. Default: empty.
     * @throws NullPointerException when a reference component is null
     */
    public NetworkLoadBalancer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(subnets, "subnets");
        Objects.requireNonNull(aliasHostedZoneId, "aliasHostedZoneId");
        Objects.requireNonNull(aliasRecordName, "aliasRecordName");
        allowedCidrs = List.copyOf(allowedCidrs);
    }

    /**
     * The subnets it is placed in: those given, else public subnets when internet-facing and private subnets when
     * internal.
     *
     * @return the subnets the load balancer is placed in
     */
    public SubnetSelection effectiveSubnets() {
        if (!subnets.isDefault()) {
            return subnets;
        }
        return isInternetFacing() ? SubnetSelection.publicSubnets() : SubnetSelection.privateSubnets();
    }

    /**
     * Whether it is reachable from the internet.
     *
     * @return true for {@link Scheme#INTERNET_FACING}
     */
    public boolean isInternetFacing() {
        return scheme == Scheme.INTERNET_FACING;
    }

    /**
     * Whether Berth adds a Route 53 alias record for it.
     *
     * @return true when a hosted zone is given
     */
    public boolean hasAlias() {
        return !aliasHostedZoneId.isEmpty();
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
     * A builder holding this NetworkLoadBalancer's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).scheme(scheme).subnets(subnets).crossZone(crossZone)
                .deletionProtection(deletionProtection).alias(aliasHostedZoneId, aliasRecordName);
        b.allowedCidrs.addAll(allowedCidrs);
        return b;
    }

    /**
     * Builds a {@link NetworkLoadBalancer}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String name = "";
        private Scheme scheme = Scheme.INTERNET_FACING;
        private SubnetSelection subnets = SubnetSelection.defaultSubnets();
        private boolean crossZone = true;
        private boolean deletionProtection;
        private final List<String> allowedCidrs = new ArrayList<>();
        private String aliasHostedZoneId = "";
        private String aliasRecordName = "";

        private Builder() {
        }

        /**
         * Identity in the program. Required. Valid: lower-case letters, digits and hyphens, starting with a letter,
         * up to 32; unique among the program's load balancers and listeners.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Default: INTERNET_FACING.
         *
         * @param scheme the new value of {@code scheme}
         * @return this builder
         */
        public Builder scheme(Scheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /**
         * Makes the load balancer internal: reachable from inside the VPC only, in the private subnets unless
         * subnets are given. Default: internet-facing.
         *
         * @return this builder
         */
        public Builder internal() {
            return scheme(Scheme.INTERNAL);
        }

        /**
         * Default: public subnets when internet-facing, private when internal. Valid: subnets in at least two
         * availability zones; public ones for an internet-facing load balancer.
         *
         * @param subnets the new value of {@code subnets}
         * @return this builder
         */
        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        /**
         * Whether each load balancer node distributes traffic across the tasks in all availability zones (AWS's
         * own default for a Network Load Balancer is off, which with few tasks per zone loads them unevenly;
         * traffic across zones is billed). Default: true.
         *
         * @param enabled the new value of {@code crossZone}
         * @return this builder
         */
        public Builder crossZone(boolean enabled) {
            this.crossZone = enabled;
            return this;
        }

        /**
         * Whether Elastic Load Balancing refuses to delete the load balancer (a stack or {@code terraform destroy}
         * then fails until it is turned off). Default: false.
         *
         * @param enabled the new value of {@code deletionProtection}
         * @return this builder
         */
        public Builder deletionProtection(boolean enabled) {
            this.deletionProtection = enabled;
            return this;
        }

        /**
         * Adds an IPv4 range the listeners admit, in place of the default (anywhere when internet-facing, the VPC
         * when internal). Default: none (the default applies). Valid: IPv4 CIDRs, at most 50 per load balancer.
         *
         * @param cidr an IPv4 CIDR, e.g. {@code 203.0.113.0/24}
         * @return this builder
         */
        public Builder allowFrom(String cidr) {
            allowedCidrs.add(cidr);
            return this;
        }

        /**
         * Adds a Route 53 alias record {@code recordName} (type A) for the load balancer in the hosted zone
         * {@code hostedZoneId}. Default: none. Valid: a hosted zone ID ({@code Z} and up to 31 upper-case letters
         * and digits, or a CDK token) and a record name in that zone.
         *
         * @param hostedZoneId the hosted zone's ID
         * @param recordName   the record's name, e.g. {@code mqtt.example.com}
         * @return this builder
         */
        public Builder alias(String hostedZoneId, String recordName) {
            this.aliasHostedZoneId = hostedZoneId;
            this.aliasRecordName = recordName;
            return this;
        }

        /**
         * Builds the NetworkLoadBalancer. Values are checked later, with the whole program, by the validator.
         *
         * @return the NetworkLoadBalancer
         */
        public NetworkLoadBalancer build() {
            return new NetworkLoadBalancer(name, scheme, subnets, crossZone, deletionProtection, allowedCidrs,
                    aliasHostedZoneId, aliasRecordName);
        }
    }
}
