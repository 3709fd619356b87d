package dev.berth.network;

import dev.berth.RemovalPolicy;

import java.util.Objects;

/**
 * A VPC that Berth creates: public subnets (internet gateway), private subnets, route tables and NAT gateways.
 *
 * <p>Subnets are computed from the CIDR of prefix /<i>n</i>: the private subnet of AZ <i>i</i> (0, 1, 2) is the
 * <i>i</i>-th quarter of the VPC (prefix /<i>n</i>+2); the public subnet of AZ <i>i</i> is the <i>i</i>-th quarter
 * of the VPC's last quarter, that is its (12+<i>i</i>)-th sixteenth (prefix /<i>n</i>+4). With two AZs the third
 * private quarter and the rest of the last quarter stay free. For the default 10.0.0.0/16: private subnets
 * 10.0.0.0/18, 10.0.64.0/18 (and 10.0.128.0/18), public subnets 10.0.192.0/20, 10.0.208.0/20 (and 10.0.224.0/20).
 * AWS reserves 5 addresses in every subnet, and each Fargate task takes one private address.
 *
 * <table>
 *   <caption>Subnet sizes by VPC prefix</caption>
 *   <tr><th>VPC</th><th>private subnets</th><th>public subnets</th><th>internet-facing load balancer</th></tr>
 *   <tr><td>/16</td><td>/18 (16,379 usable)</td><td>/20 (4,091 usable)</td><td>yes</td></tr>
 *   <tr><td>/20</td><td>/22 (1,019 usable)</td><td>/24 (251 usable)</td><td>yes</td></tr>
 *   <tr><td>/23</td><td>/25 (123 usable)</td><td>/27 (27 usable)</td><td>yes (the smallest)</td></tr>
 *   <tr><td>/24</td><td>/26 (59 usable)</td><td>/28 (11 usable)</td><td>no: {@code LOAD_BALANCER_SUBNETS}</td></tr>
 * </table>
 *
 * <p>An Application Load Balancer needs subnets of at least /27, so a load balancer in the public subnets (every
 * internet-facing one, by default) needs a VPC of /23 or larger; a /24 VPC is an error with one. An internal load
 * balancer sits in the private subnets by default, which are /26 even in a /24 VPC, so it works with /16 to /24.
 *
 * @param cidr              the VPC's IPv4 range. Default: 10.0.0.0/16. Valid: an aligned IPv4 CIDR (the address
 *                          is the first of its block) with prefix /16 to /24 ({@code VPC_CIDR}); /16 to /23 when a
 *                          load balancer is in the public subnets ({@code LOAD_BALANCER_SUBNETS}). A range outside
 *                          10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and 100.64.0.0/10 is a warning
 *                          ({@code VPC_CIDR_PUBLIC}).
 * @param availabilityZones how many AZs get a public and a private subnet. Default: 2. Valid: 2 or 3.
 * @param natGateways       NAT gateways for the private subnets. Default: {@link NatGateways#NONE}.
 * @param flowLogs          VPC flow logs (all traffic) to a CloudWatch Logs group kept 90 days, for auditing and
 *                          debugging security groups. Default: true.
 * @param flowLogsRetentionDays how long the flow logs are kept; 0 means the default: 90 days, 365 under
 *                   {@link dev.berth.Hardening#CONTROL_TOWER}. Valid: a CloudWatch Logs retention value.
 * @param flowLogsKmsKeyArn the customer managed KMS key that encrypts the flow logs' group. Default: empty.
 * @param flowLogsRemovalPolicy what happens to the flow logs' group when the stack is deleted. Default:
 *                          {@link RemovalPolicy#DESTROY}.
 */
public record NewVpc(String cidr, int availabilityZones, NatGateways natGateways, boolean flowLogs,
                     int flowLogsRetentionDays, String flowLogsKmsKeyArn, RemovalPolicy flowLogsRemovalPolicy)
        implements Network {

    /**
     * Creates the NewVpc; programs use {@link #builder()} instead.
     *
     * @param cidr              the VPC's IPv4 range. Default: 10.0.0.0/16. Valid: an aligned IPv4 CIDR (the address
     *     is the first of its block) with prefix /16 to /24 ({@code VPC_CIDR}); /16 to /23 when a
     *     load balancer is in the public subnets ({@code LOAD_BALANCER_SUBNETS}). A range outside
     *     10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and 100.64.0.0/10 is a warning
     *     ({@code VPC_CIDR_PUBLIC}).
     * @param availabilityZones how many AZs get a public and a private subnet. Default: 2. Valid: 2 or 3.
     * @param natGateways       NAT gateways for the private subnets. Default: {@link NatGateways#NONE}.
     * @param flowLogs          VPC flow logs (all traffic) to a CloudWatch Logs group kept 90 days, for auditing and
     *     debugging security groups. Default: true.
     * @param flowLogsRetentionDays how long the flow logs are kept; 0 for the default (90 days, 365 under the hardened
     *     profile).
     * @param flowLogsKmsKeyArn the KMS key that encrypts the flow logs' group. Default: empty.
     * @param flowLogsRemovalPolicy what happens to the flow logs' group when the stack is deleted. Default: DESTROY.
     * @throws NullPointerException when a reference component is null
     */
    public NewVpc {
        Objects.requireNonNull(cidr, "cidr");
        Objects.requireNonNull(natGateways, "natGateways");
        Objects.requireNonNull(flowLogsKmsKeyArn, "flowLogsKmsKeyArn");
        Objects.requireNonNull(flowLogsRemovalPolicy, "flowLogsRemovalPolicy");
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
     * A builder holding this NewVpc's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().cidr(cidr).availabilityZones(availabilityZones).natGateways(natGateways)
                .flowLogs(flowLogs).flowLogsRetentionDays(flowLogsRetentionDays).flowLogsKmsKey(flowLogsKmsKeyArn)
                .flowLogsRemovalPolicy(flowLogsRemovalPolicy);
    }

    /** The flow logs' retention when the program sets none and uses no profile: 90 days. */
    public static final int DEFAULT_FLOW_LOGS_RETENTION_DAYS = 90;

    /**
     * Builds a {@link NewVpc}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String cidr = "10.0.0.0/16";
        private int availabilityZones = 2;
        private NatGateways natGateways = NatGateways.NONE;
        private boolean flowLogs = true;
        private int flowLogsRetentionDays = 0;
        private String flowLogsKmsKeyArn = "";
        private RemovalPolicy flowLogsRemovalPolicy = RemovalPolicy.DESTROY;

        private Builder() {
        }

        /**
         * The VPC's IPv4 range, split into subnets as the {@link NewVpc class documentation} describes.
         * Default: 10.0.0.0/16. Valid: an aligned IPv4 CIDR with prefix /16 to /24; /16 to /23 when a load balancer
         * is in the public subnets (its /<i>n</i>+4 subnets must be /27 or larger). Prefer a private range (10.0.0.0/8,
         * 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10); any other is a warning ({@code VPC_CIDR_PUBLIC}).
         *
         * @param cidr the range, e.g. {@code 10.0.0.0/16}
         * @return this builder
         */
        public Builder cidr(String cidr) {
            this.cidr = cidr;
            return this;
        }

        /**
         * How many availability zones. Default: 2. Valid: 2 or 3.
         *
         * @param count the new value of {@code availabilityZones}
         * @return this builder
         */
        public Builder availabilityZones(int count) {
            this.availabilityZones = count;
            return this;
        }

        /**
         * NAT gateways for the private subnets. Default: NONE (egress through VPC endpoints only).
         *
         * @param natGateways the new value of {@code natGateways}
         * @return this builder
         */
        public Builder natGateways(NatGateways natGateways) {
            this.natGateways = natGateways;
            return this;
        }

        /**
         * Default: true (all traffic, to a CloudWatch Logs group kept {@link #flowLogsRetentionDays(int)} days).
         *
         * @param enabled the new value of {@code flowLogs}
         * @return this builder
         */
        public Builder flowLogs(boolean enabled) {
            this.flowLogs = enabled;
            return this;
        }

        /**
         * How long the flow logs are kept. Default: 90 days; 365 under {@link dev.berth.Hardening#CONTROL_TOWER},
         * which rejects less. Valid: a value CloudWatch Logs accepts (1, 3, 5, 7, 14,
         * 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653).
         *
         * @param days the new value of {@code flowLogsRetentionDays}
         * @return this builder
         */
        public Builder flowLogsRetentionDays(int days) {
            this.flowLogsRetentionDays = days;
            return this;
        }

        /**
         * Encrypts the flow logs' group with a customer managed KMS key, whose policy must allow the CloudWatch Logs
         * service principal of the region to use it. Default: empty (CloudWatch Logs' own encryption). Valid: a KMS
         * key ARN ({@code LOG_KMS_KEY}).
         *
         * @param keyArn the key's ARN
         * @return this builder
         */
        public Builder flowLogsKmsKey(String keyArn) {
            this.flowLogsKmsKeyArn = keyArn;
            return this;
        }

        /**
         * What happens to the flow logs' group when the stack is deleted; {@link RemovalPolicy#RETAIN} keeps it under
         * a name unique to each creation of the stack ({@code /vpc/<application>/flow-logs} becomes its prefix).
         * Default: {@link RemovalPolicy#DESTROY}.
         *
         * @param policy the new value of {@code flowLogsRemovalPolicy}
         * @return this builder
         */
        public Builder flowLogsRemovalPolicy(RemovalPolicy policy) {
            this.flowLogsRemovalPolicy = policy;
            return this;
        }

        /**
         * Builds the NewVpc. Values are checked later, with the whole program, by the validator.
         *
         * @return the NewVpc
         */
        public NewVpc build() {
            return new NewVpc(cidr, availabilityZones, natGateways, flowLogs, flowLogsRetentionDays, flowLogsKmsKeyArn,
                    flowLogsRemovalPolicy);
        }
    }
}
