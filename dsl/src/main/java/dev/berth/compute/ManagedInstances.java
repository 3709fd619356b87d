package dev.berth.compute;

import dev.berth.network.SubnetSelection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An Amazon ECS Managed Instances capacity provider of a cluster: EC2 instances that ECS launches, patches, scales
 * and replaces itself, chosen by the instance requirements below ({@code AWS::ECS::CapacityProvider
 * .ManagedInstancesProvider}). Berth creates with it the infrastructure role ECS manages the instances with
 * ({@code AmazonECSInfrastructureRolePolicyForManagedInstances}), the instance role and instance profile the
 * instances run with ({@code AmazonECSInstanceRolePolicyForManagedInstances}), and a security group for the
 * instances' primary network interface (outbound HTTPS only). A service runs on it through a capacity provider
 * strategy naming it ({@code s.capacityProvider("gpu", 0, 1)}); its task definition must be compatible with
 * {@code MANAGED_INSTANCES} and use the awsvpc or host network mode.
 *
 * @param name                   the capacity provider's name, also its identity in the program and the name a
 *                               strategy uses. Required. Valid: 1 to 255 letters, digits, hyphens and underscores, not
 *                               starting with {@code aws}, {@code ecs} or {@code fargate}; unique in the account and
 *                               region.
 * @param vcpuMin                the fewest vCPUs an instance type may have. Default: 1. Valid: 1 or more.
 * @param vcpuMax                the most vCPUs; 0 means no upper limit. Default: 0.
 * @param memoryMinMiB           the least memory an instance type may have, in MiB. Default: 2048. Valid: 1 or more.
 * @param memoryMaxMiB           the most memory in MiB; 0 means no upper limit. Default: 0.
 * @param cpuManufacturers       the CPU makers allowed. Default: none (any).
 * @param instanceGenerations    the generations allowed. Default: CURRENT.
 * @param acceleratorTypes       the accelerators an instance type must have (GPU for GPU tasks). Default: none.
 * @param acceleratorManufacturers the accelerator makers allowed. Default: none (any).
 * @param acceleratorCountMin    the fewest accelerators; 0 means no lower limit. Default: 0.
 * @param acceleratorCountMax    the most accelerators; 0 means no upper limit. Default: 0.
 * @param allowedInstanceTypes   instance types (wildcards allowed, e.g. {@code g5.*}) to choose from. Default: none
 *                               (any that meets the requirements). Valid: not together with excludedInstanceTypes.
 * @param excludedInstanceTypes  instance types never to launch. Default: none.
 * @param storageSizeGiB         the root volume of each instance in GiB; 0 means ECS's default. Default: 0.
 *                               Valid: 0, or 1 or more.
 * @param detailedMonitoring     one-minute CloudWatch metrics for the instances ({@code DETAILED}) instead of five
 *                               minutes ({@code BASIC}). Default: false.
 * @param spot                   launch Spot instances instead of On-Demand ({@code CapacityOptionType}).
 *                               Default: false.
 * @param subnets                the subnets the instances are launched in. Default: private subnets.
 */
public record ManagedInstances(String name, int vcpuMin, int vcpuMax, int memoryMinMiB, int memoryMaxMiB,
                               List<CpuManufacturer> cpuManufacturers, List<InstanceGeneration> instanceGenerations,
                               List<AcceleratorType> acceleratorTypes,
                               List<AcceleratorManufacturer> acceleratorManufacturers, int acceleratorCountMin,
                               int acceleratorCountMax, List<String> allowedInstanceTypes,
                               List<String> excludedInstanceTypes, int storageSizeGiB, boolean detailedMonitoring,
                               boolean spot, SubnetSelection subnets) {

    /** A CPU maker an instance type may have ({@code CpuManufacturers}). */
    public enum CpuManufacturer {
        /** Intel. */
        INTEL("intel"),
        /** AMD. */
        AMD("amd"),
        /** AWS Graviton (ARM64). */
        AMAZON_WEB_SERVICES("amazon-web-services");

        private final String value;

        CpuManufacturer(String value) {
            this.value = value;
        }

        /**
         * The value as EC2 spells it.
         *
         * @return e.g. {@code amazon-web-services}
         */
        public String value() {
            return value;
        }
    }

    /** An instance generation ({@code InstanceGenerations}). */
    public enum InstanceGeneration {
        /** Current generation instance types. */
        CURRENT,
        /** Previous generation instance types. */
        PREVIOUS
    }

    /** An accelerator an instance type must have ({@code AcceleratorTypes}). */
    public enum AcceleratorType {
        /** GPUs, for containers that ask for GPUs. */
        GPU,
        /** FPGAs. */
        FPGA,
        /** Inference accelerators (AWS Inferentia). */
        INFERENCE
    }

    /** An accelerator maker ({@code AcceleratorManufacturers}). */
    public enum AcceleratorManufacturer {
        /** NVIDIA. */
        NVIDIA("nvidia"),
        /** AMD. */
        AMD("amd"),
        /** AWS (Inferentia, Trainium). */
        AMAZON_WEB_SERVICES("amazon-web-services"),
        /** Xilinx. */
        XILINX("xilinx"),
        /** Habana. */
        HABANA("habana");

        private final String value;

        AcceleratorManufacturer(String value) {
            this.value = value;
        }

        /**
         * The value as EC2 spells it.
         *
         * @return e.g. {@code nvidia}
         */
        public String value() {
            return value;
        }
    }

    /**
     * Creates the ManagedInstances; programs use {@link Cluster.Builder#managedInstances} instead.
     *
     * @param name                   the capacity provider's name. Required.
     * @param vcpuMin                the fewest vCPUs. Default: 1.
     * @param vcpuMax                the most vCPUs; 0 means no limit. Default: 0.
     * @param memoryMinMiB           the least memory in MiB. Default: 2048.
     * @param memoryMaxMiB           the most memory in MiB; 0 means no limit. Default: 0.
     * @param cpuManufacturers       the CPU makers allowed. Default: any.
     * @param instanceGenerations    the generations allowed. Default: CURRENT.
     * @param acceleratorTypes       the accelerators required. Default: none.
     * @param acceleratorManufacturers the accelerator makers allowed. Default: any.
     * @param acceleratorCountMin    the fewest accelerators; 0 means no limit. Default: 0.
     * @param acceleratorCountMax    the most accelerators; 0 means no limit. Default: 0.
     * @param allowedInstanceTypes   instance types to choose from. Default: any.
     * @param excludedInstanceTypes  instance types never to launch. Default: none.
     * @param storageSizeGiB         root volume in GiB; 0 means ECS's default. Default: 0.
     * @param detailedMonitoring     one-minute metrics. Default: false.
     * @param spot                   Spot instead of On-Demand. Default: false.
     * @param subnets                the instances' subnets. Default: private subnets.
     * @throws NullPointerException when a reference component is null
     */
    public ManagedInstances {
        Objects.requireNonNull(name, "name");
        cpuManufacturers = List.copyOf(cpuManufacturers);
        instanceGenerations = List.copyOf(instanceGenerations);
        acceleratorTypes = List.copyOf(acceleratorTypes);
        acceleratorManufacturers = List.copyOf(acceleratorManufacturers);
        allowedInstanceTypes = List.copyOf(allowedInstanceTypes);
        excludedInstanceTypes = List.copyOf(excludedInstanceTypes);
        Objects.requireNonNull(subnets, "subnets");
        subnets = subnets.isDefault() ? SubnetSelection.privateSubnets() : subnets;
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
     * A builder holding this ManagedInstances' values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).vcpu(vcpuMin, vcpuMax).memoryMiB(memoryMinMiB, memoryMaxMiB)
                .acceleratorCount(acceleratorCountMin, acceleratorCountMax).storageSizeGiB(storageSizeGiB)
                .detailedMonitoring(detailedMonitoring).spot(spot).subnets(subnets)
                .instanceGenerations(instanceGenerations.toArray(InstanceGeneration[]::new));
        b.cpuManufacturers.addAll(cpuManufacturers);
        b.acceleratorTypes.addAll(acceleratorTypes);
        b.acceleratorManufacturers.addAll(acceleratorManufacturers);
        b.allowedInstanceTypes.addAll(allowedInstanceTypes);
        b.excludedInstanceTypes.addAll(excludedInstanceTypes);
        return b;
    }

    /**
     * Builds a {@link ManagedInstances}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String name = "";
        private int vcpuMin = 1;
        private int vcpuMax;
        private int memoryMinMiB = 2048;
        private int memoryMaxMiB;
        private final List<CpuManufacturer> cpuManufacturers = new ArrayList<>();
        private List<InstanceGeneration> instanceGenerations = List.of(InstanceGeneration.CURRENT);
        private final List<AcceleratorType> acceleratorTypes = new ArrayList<>();
        private final List<AcceleratorManufacturer> acceleratorManufacturers = new ArrayList<>();
        private int acceleratorCountMin;
        private int acceleratorCountMax;
        private final List<String> allowedInstanceTypes = new ArrayList<>();
        private final List<String> excludedInstanceTypes = new ArrayList<>();
        private int storageSizeGiB;
        private boolean detailedMonitoring;
        private boolean spot;
        private SubnetSelection subnets = SubnetSelection.privateSubnets();

        private Builder() {
        }

        /**
         * The capacity provider's name and identity. Required. Valid: 1 to 255 letters, digits, hyphens and
         * underscores, not starting with {@code aws}, {@code ecs} or {@code fargate}.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The vCPUs an instance type may have. Default: 1 to no limit. Valid: min 1 or more; max 0 (no limit) or at
         * least min.
         *
         * @param min the fewest vCPUs
         * @param max the most vCPUs, or 0 for no limit
         * @return this builder
         */
        public Builder vcpu(int min, int max) {
            this.vcpuMin = min;
            this.vcpuMax = max;
            return this;
        }

        /**
         * The memory an instance type may have, in MiB. Default: 2048 to no limit. Valid: min 1 or more; max 0 (no
         * limit) or at least min.
         *
         * @param min the least memory
         * @param max the most memory, or 0 for no limit
         * @return this builder
         */
        public Builder memoryMiB(int min, int max) {
            this.memoryMinMiB = min;
            this.memoryMaxMiB = max;
            return this;
        }

        /**
         * Adds CPU makers allowed. Default: any.
         *
         * @param manufacturers the makers
         * @return this builder
         */
        public Builder cpuManufacturers(CpuManufacturer... manufacturers) {
            cpuManufacturers.addAll(List.of(manufacturers));
            return this;
        }

        /**
         * The instance generations allowed. Default: CURRENT.
         *
         * @param generations the generations
         * @return this builder
         */
        public Builder instanceGenerations(InstanceGeneration... generations) {
            this.instanceGenerations = List.of(generations);
            return this;
        }

        /**
         * Adds accelerators an instance type must have, e.g. GPU for containers that ask for GPUs. Default: none.
         *
         * @param types the accelerator types
         * @return this builder
         */
        public Builder acceleratorTypes(AcceleratorType... types) {
            acceleratorTypes.addAll(List.of(types));
            return this;
        }

        /**
         * Adds accelerator makers allowed. Default: any.
         *
         * @param manufacturers the makers
         * @return this builder
         */
        public Builder acceleratorManufacturers(AcceleratorManufacturer... manufacturers) {
            acceleratorManufacturers.addAll(List.of(manufacturers));
            return this;
        }

        /**
         * The number of accelerators an instance type may have. Default: no limits (0, 0). Valid: 0 or more; max 0
         * (no limit) or at least min.
         *
         * @param min the fewest, or 0 for no limit
         * @param max the most, or 0 for no limit
         * @return this builder
         */
        public Builder acceleratorCount(int min, int max) {
            this.acceleratorCountMin = min;
            this.acceleratorCountMax = max;
            return this;
        }

        /**
         * Adds instance types to choose from (wildcards allowed, e.g. {@code g5.*}). Default: any that meets the
         * requirements. Valid: up to 400, not together with excluded types.
         *
         * @param types the instance types
         * @return this builder
         */
        public Builder allowedInstanceTypes(String... types) {
            allowedInstanceTypes.addAll(List.of(types));
            return this;
        }

        /**
         * Adds instance types never to launch (wildcards allowed). Default: none. Valid: up to 400.
         *
         * @param types the instance types
         * @return this builder
         */
        public Builder excludedInstanceTypes(String... types) {
            excludedInstanceTypes.addAll(List.of(types));
            return this;
        }

        /**
         * The root volume of each instance in GiB. Default: 0 (ECS's default). Valid: 0, or 1 or more.
         *
         * @param gib the new value of {@code storageSizeGiB}
         * @return this builder
         */
        public Builder storageSizeGiB(int gib) {
            this.storageSizeGiB = gib;
            return this;
        }

        /**
         * One-minute CloudWatch metrics for the instances. Default: false (five minutes).
         *
         * @param detailed the new value of {@code detailedMonitoring}
         * @return this builder
         */
        public Builder detailedMonitoring(boolean detailed) {
            this.detailedMonitoring = detailed;
            return this;
        }

        /**
         * Launch Spot instances instead of On-Demand. Default: false.
         *
         * @param spot the new value of {@code spot}
         * @return this builder
         */
        public Builder spot(boolean spot) {
            this.spot = spot;
            return this;
        }

        /**
         * The subnets the instances are launched in. Default: private subnets.
         *
         * @param subnets the new value of {@code subnets}
         * @return this builder
         */
        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        /**
         * Builds the ManagedInstances. Values are checked later, with the whole program, by the validator.
         *
         * @return the ManagedInstances
         */
        public ManagedInstances build() {
            return new ManagedInstances(name, vcpuMin, vcpuMax, memoryMinMiB, memoryMaxMiB, cpuManufacturers,
                    instanceGenerations, acceleratorTypes, acceleratorManufacturers, acceleratorCountMin,
                    acceleratorCountMax, allowedInstanceTypes, excludedInstanceTypes, storageSizeGiB,
                    detailedMonitoring, spot, subnets);
        }
    }
}
