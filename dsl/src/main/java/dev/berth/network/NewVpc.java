package dev.berth.network;

import java.util.Objects;

/**
 * A VPC that Berth creates: public subnets (internet gateway), private subnets, route tables and NAT gateways.
 *
 * <p>Subnets are computed from the CIDR: the private subnet of AZ <i>i</i> is the <i>i</i>-th quarter of the VPC
 * range, the public subnet of AZ <i>i</i> the <i>i</i>-th sixteenth of its last quarter. A /16 gives /18 private
 * and /20 public subnets.
 *
 * @param cidr              the VPC's IPv4 range. Default: 10.0.0.0/16. Valid: prefix /16 to /24.
 * @param availabilityZones how many AZs get a public and a private subnet. Default: 2. Valid: 2 or 3.
 * @param natGateways       NAT gateways for the private subnets. Default: {@link NatGateways#NONE}.
 * @param flowLogs          VPC flow logs (all traffic) to a CloudWatch Logs group kept 90 days, for auditing and
 *                          debugging security groups. Default: true.
 */
public record NewVpc(String cidr, int availabilityZones, NatGateways natGateways, boolean flowLogs)
        implements Network {

    public NewVpc {
        Objects.requireNonNull(cidr, "cidr");
        Objects.requireNonNull(natGateways, "natGateways");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().cidr(cidr).availabilityZones(availabilityZones).natGateways(natGateways)
                .flowLogs(flowLogs);
    }

    public static final class Builder {
        private String cidr = "10.0.0.0/16";
        private int availabilityZones = 2;
        private NatGateways natGateways = NatGateways.NONE;
        private boolean flowLogs = true;

        private Builder() {
        }

        /** The VPC's IPv4 range. Default: 10.0.0.0/16. Valid: prefix /16 to /24. */
        public Builder cidr(String cidr) {
            this.cidr = cidr;
            return this;
        }

        /** How many availability zones. Default: 2. Valid: 2 or 3. */
        public Builder availabilityZones(int count) {
            this.availabilityZones = count;
            return this;
        }

        /** NAT gateways for the private subnets. Default: NONE (egress through VPC endpoints only). */
        public Builder natGateways(NatGateways natGateways) {
            this.natGateways = natGateways;
            return this;
        }

        /** Default: true (all traffic, to a CloudWatch Logs group kept 90 days). */
        public Builder flowLogs(boolean enabled) {
            this.flowLogs = enabled;
            return this;
        }

        public NewVpc build() {
            return new NewVpc(cidr, availabilityZones, natGateways, flowLogs);
        }
    }
}
