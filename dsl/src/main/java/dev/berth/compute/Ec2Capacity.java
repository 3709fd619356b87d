package dev.berth.compute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An EC2 Auto Scaling group capacity provider of a cluster: a launch template booting the ECS-optimized AMI, an Auto
 * Scaling group across the private subnets (mixed instance types, On-Demand and Spot), and the ECS capacity provider
 * that scales it (managed scaling: cluster auto scaling), protects instances running tasks from scale-in (managed
 * termination protection) and drains instances before they stop (managed draining). The provider is associated with
 * its cluster; a service's strategy names it by {@link #name()}.
 *
 * @param name                         the capacity provider's name, also its identity in the program. Required.
 *                                     Valid: letters, digits, hyphens and underscores, up to 255, not starting with
 *                                     {@code aws}, {@code ecs} or {@code fargate}; unique in the program.
 * @param instanceTypes                the instance types the group launches, in order of preference. Required: 1 to
 *                                     20, all of the AMI's architecture.
 * @param ami                          Default: {@link EcsAmi#AL2023_X86_64}.
 * @param minSize                      Default: 0. Valid: 0 or more, at most {@code maxSize}.
 * @param maxSize                      Default: 4. Valid: 1 or more.
 * @param onDemandBase                 instances launched On-Demand before any Spot. Default: 0. Valid: 0 or more.
 * @param onDemandPercentAboveBase     the share of On-Demand instances above the base; the rest are Spot. Default:
 *                                     100 (no Spot). Valid: 0 to 100.
 * @param targetCapacityPercent        managed scaling's target utilisation of the instances. Default: 100 (no spare
 *                                     instances). Valid: 1 to 100.
 * @param managedTerminationProtection ECS keeps instances that run tasks from being terminated by scale-in (the group
 *                                     then protects new instances from scale-in). Default: false: managed draining
 *                                     already moves tasks off an instance before it is terminated, and the scale-in
 *                                     protection ECS leaves on the instances blocks deleting the group
 *                                     (CloudFormation's stack deletion hangs: aws/aws-cdk#18179,
 *                                     aws/containers-roadmap#2862).
 * @param managedDraining              ECS drains an instance before the group terminates it. Default: true.
 * @param rootVolumeGiB                the encrypted gp3 root volume's size. Default: 30. Valid: 30 to 16384.
 * @param agentSettings                extra ECS agent settings written to {@code /etc/ecs/ecs.config}, sorted by key
 *                                     (Amazon Linux only). Default: none. Valid: keys {@code ECS_...} other than
 *                                     those Berth writes.
 */
public record Ec2Capacity(String name, List<String> instanceTypes, EcsAmi ami, int minSize, int maxSize,
                          int onDemandBase, int onDemandPercentAboveBase, int targetCapacityPercent,
                          boolean managedTerminationProtection, boolean managedDraining, int rootVolumeGiB,
                          Map<String, String> agentSettings) {

    /**
     * Creates the Ec2Capacity; programs use {@link Cluster.Builder#ec2Capacity} instead.
     *
     * @param name                         the capacity provider's name. Required.
     * @param instanceTypes                the instance types, in order of preference. Required: 1 to 20.
     * @param ami                          Default: {@link EcsAmi#AL2023_X86_64}.
     * @param minSize                      Default: 0.
     * @param maxSize                      Default: 4.
     * @param onDemandBase                 Default: 0.
     * @param onDemandPercentAboveBase     Default: 100. Valid: 0 to 100.
     * @param targetCapacityPercent        Default: 100. Valid: 1 to 100.
     * @param managedTerminationProtection Default: false.
     * @param managedDraining              Default: true.
     * @param rootVolumeGiB                Default: 30. Valid: 30 to 16384.
     * @param agentSettings                extra ECS agent settings, sorted by key. Default: none.
     * @throws NullPointerException when a reference component is null
     */
    public Ec2Capacity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ami, "ami");
        instanceTypes = List.copyOf(instanceTypes);
        agentSettings = Collections.unmodifiableMap(new TreeMap<>(agentSettings));
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
     * A builder holding this Ec2Capacity's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().name(name).instanceTypes(instanceTypes).ami(ami).minSize(minSize).maxSize(maxSize)
                .onDemandBase(onDemandBase).onDemandPercentAboveBase(onDemandPercentAboveBase)
                .targetCapacityPercent(targetCapacityPercent)
                .managedTerminationProtection(managedTerminationProtection).managedDraining(managedDraining)
                .rootVolumeGiB(rootVolumeGiB).agentSettings(agentSettings);
    }

    /**
     * Builds an {@link Ec2Capacity}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String name = "";
        private List<String> instanceTypes = List.of();
        private EcsAmi ami = EcsAmi.AL2023_X86_64;
        private int minSize = 0;
        private int maxSize = 4;
        private int onDemandBase = 0;
        private int onDemandPercentAboveBase = 100;
        private int targetCapacityPercent = 100;
        private boolean managedTerminationProtection = false;
        private boolean managedDraining = true;
        private int rootVolumeGiB = 30;
        private final Map<String, String> agentSettings = new TreeMap<>();

        private Builder() {
        }

        /**
         * The capacity provider's name, also its identity in the program. Required. Valid: letters, digits, hyphens
         * and underscores, up to 255, not starting with {@code aws}, {@code ecs} or {@code fargate}.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The instance types the group launches, in order of preference (the On-Demand part launches the first
         * available; Spot uses price-capacity-optimized allocation across all). Required: 1 to 20 types, all of the
         * AMI's architecture, e.g. {@code m7g.large} with {@link EcsAmi#AL2023_ARM64}.
         *
         * @param types the new value of {@code instanceTypes}, in order
         * @return this builder
         */
        public Builder instanceTypes(List<String> types) {
            this.instanceTypes = List.copyOf(types);
            return this;
        }

        /**
         * The instance types the group launches, in order of preference. Required: 1 to 20.
         *
         * @param types the new value of {@code instanceTypes}, in order
         * @return this builder
         */
        public Builder instanceTypes(String... types) {
            return instanceTypes(List.of(types));
        }

        /**
         * The ECS-optimized AMI, resolved by EC2 from AWS's public SSM parameter at each instance launch. Default:
         * {@link EcsAmi#AL2023_X86_64}.
         *
         * @param ami the new value of {@code ami}
         * @return this builder
         */
        public Builder ami(EcsAmi ami) {
            this.ami = ami;
            return this;
        }

        /**
         * The group's minimum number of instances. Default: 0 (managed scaling launches instances when tasks need
         * them). Valid: 0 to {@code maxSize}.
         *
         * @param minSize the new value of {@code minSize}
         * @return this builder
         */
        public Builder minSize(int minSize) {
            this.minSize = minSize;
            return this;
        }

        /**
         * The group's maximum number of instances. Default: 4. Valid: 1 or more, at least {@code minSize}.
         *
         * @param maxSize the new value of {@code maxSize}
         * @return this builder
         */
        public Builder maxSize(int maxSize) {
            this.maxSize = maxSize;
            return this;
        }

        /**
         * Instances launched On-Demand before any Spot instance. Default: 0. Valid: 0 or more.
         *
         * @param base the new value of {@code onDemandBase}
         * @return this builder
         */
        public Builder onDemandBase(int base) {
            this.onDemandBase = base;
            return this;
        }

        /**
         * The percentage of On-Demand instances above the base; the rest are Spot. Default: 100 (no Spot). Valid: 0
         * to 100.
         *
         * @param percent the new value of {@code onDemandPercentAboveBase}
         * @return this builder
         */
        public Builder onDemandPercentAboveBase(int percent) {
            this.onDemandPercentAboveBase = percent;
            return this;
        }

        /**
         * Managed scaling's target: the utilisation of the group's instances by tasks that ECS keeps (100: no spare
         * instances; lower keeps spare capacity for faster task starts). Default: 100. Valid: 1 to 100.
         *
         * @param percent the new value of {@code targetCapacityPercent}
         * @return this builder
         */
        public Builder targetCapacityPercent(int percent) {
            this.targetCapacityPercent = percent;
            return this;
        }

        /**
         * Managed termination protection: ECS keeps instances that run tasks from being terminated when the group
         * scales in; the group then protects new instances from scale-in, as ECS requires. Default: false. Managed
         * draining (on by default) already drains an instance before it is terminated; with protection on, deleting
         * the stack or module waits on instances ECS left protected (CloudFormation's deletion hangs until the group
         * is emptied by hand: aws/aws-cdk#18179; Terraform deletes the group with {@code force_delete}).
         *
         * @param enabled the new value of {@code managedTerminationProtection}
         * @return this builder
         */
        public Builder managedTerminationProtection(boolean enabled) {
            this.managedTerminationProtection = enabled;
            return this;
        }

        /**
         * Managed draining: ECS drains an instance (moving its tasks) before the group terminates it, for scale-in,
         * instance refresh, Spot interruption and lifetime expiry. Default: true.
         *
         * @param enabled the new value of {@code managedDraining}
         * @return this builder
         */
        public Builder managedDraining(boolean enabled) {
            this.managedDraining = enabled;
            return this;
        }

        /**
         * The size of the instances' root volume (encrypted gp3), which also holds the images. Default: 30 GiB.
         * Valid: 30 to 16384 (the Amazon Linux 2023 ECS AMI's snapshot is 30 GiB).
         *
         * @param gib the new value of {@code rootVolumeGiB}
         * @return this builder
         */
        public Builder rootVolumeGiB(int gib) {
            this.rootVolumeGiB = gib;
            return this;
        }

        /**
         * Adds ECS agent settings to {@code /etc/ecs/ecs.config} beside those Berth writes ({@code ECS_CLUSTER},
         * {@code ECS_ENABLE_TASK_IAM_ROLE}, {@code ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST},
         * {@code ECS_AVAILABLE_LOGGING_DRIVERS}, {@code ECS_ENABLE_SPOT_INSTANCE_DRAINING}, {@code ECS_AWSVPC_BLOCK_IMDS}).
         * Default: none. Valid:
         * keys {@code ECS_} followed by upper-case letters, digits and underscores, values without line breaks;
         * Amazon Linux AMIs only (Bottlerocket takes TOML settings).
         *
         * @param settings the settings to add
         * @return this builder
         */
        public Builder agentSettings(Map<String, String> settings) {
            this.agentSettings.putAll(settings);
            return this;
        }

        /**
         * Adds one ECS agent setting (see {@link #agentSettings(Map)}).
         *
         * @param key   e.g. {@code ECS_CONTAINER_STOP_TIMEOUT}
         * @param value e.g. {@code 60s}
         * @return this builder
         */
        public Builder agentSetting(String key, String value) {
            this.agentSettings.put(key, value);
            return this;
        }

        /**
         * Builds the Ec2Capacity. Values are checked later, with the whole program, by the validator.
         *
         * @return the Ec2Capacity
         */
        public Ec2Capacity build() {
            return new Ec2Capacity(name, new ArrayList<>(instanceTypes), ami, minSize, maxSize, onDemandBase,
                    onDemandPercentAboveBase, targetCapacityPercent, managedTerminationProtection, managedDraining,
                    rootVolumeGiB, agentSettings);
        }
    }
}
