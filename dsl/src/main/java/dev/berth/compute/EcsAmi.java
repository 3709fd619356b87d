package dev.berth.compute;

import dev.berth.task.CpuArchitecture;

/**
 * The Amazon ECS-optimized AMI an EC2 capacity provider's instances boot, named by AWS's public Systems Manager
 * parameter. EC2 resolves the parameter when it launches each instance ({@code resolve:ssm:} in the launch
 * template's image ID), so every new instance gets the AMI AWS currently recommends, with no AMI ID in the program.
 * Parameter names: Amazon ECS Developer Guide, "Retrieving Amazon ECS-optimized Linux AMI metadata" and "Retrieving
 * Amazon ECS-optimized Bottlerocket AMI metadata".
 */
public enum EcsAmi {
    /** Amazon Linux 2023, x86_64. */
    AL2023_X86_64("/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id",
            CpuArchitecture.X86_64, false, false),
    /** Amazon Linux 2023, arm64 (Graviton). */
    AL2023_ARM64("/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id",
            CpuArchitecture.ARM64, false, false),
    /** Amazon Linux 2023 with the NVIDIA driver, x86_64 (GPU instances such as g5). */
    AL2023_GPU("/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id",
            CpuArchitecture.X86_64, false, true),
    /** Amazon Linux 2023 with the AWS Neuron driver, x86_64 (Inferentia and Trainium instances). */
    AL2023_NEURON("/aws/service/ecs/optimized-ami/amazon-linux-2023/inf/recommended/image_id",
            CpuArchitecture.X86_64, false, true),
    /** Bottlerocket, variant aws-ecs-2, x86_64. */
    BOTTLEROCKET_X86_64("/aws/service/bottlerocket/aws-ecs-2/x86_64/latest/image_id",
            CpuArchitecture.X86_64, true, false),
    /** Bottlerocket, variant aws-ecs-2, arm64. */
    BOTTLEROCKET_ARM64("/aws/service/bottlerocket/aws-ecs-2/arm64/latest/image_id",
            CpuArchitecture.ARM64, true, false),
    /** Bottlerocket, variant aws-ecs-2-nvidia, x86_64 (GPU instances). */
    BOTTLEROCKET_NVIDIA_X86_64("/aws/service/bottlerocket/aws-ecs-2-nvidia/x86_64/latest/image_id",
            CpuArchitecture.X86_64, true, true);

    private final String parameter;
    private final CpuArchitecture architecture;
    private final boolean bottlerocket;
    private final boolean accelerated;

    EcsAmi(String parameter, CpuArchitecture architecture, boolean bottlerocket, boolean accelerated) {
        this.parameter = parameter;
        this.architecture = architecture;
        this.bottlerocket = bottlerocket;
        this.accelerated = accelerated;
    }

    /**
     * The public Systems Manager parameter holding the AMI's ID.
     *
     * @return e.g. {@code /aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id}
     */
    public String ssmParameter() {
        return parameter;
    }

    /**
     * The CPU architecture the AMI runs on; the instance types and the tasks must match it.
     *
     * @return X86_64 or ARM64
     */
    public CpuArchitecture architecture() {
        return architecture;
    }

    /**
     * Whether the AMI is Bottlerocket, configured with TOML settings instead of {@code /etc/ecs/ecs.config}.
     *
     * @return true for the Bottlerocket variants
     */
    public boolean bottlerocket() {
        return bottlerocket;
    }

    /**
     * Whether the AMI carries an accelerator driver (NVIDIA or Neuron).
     *
     * @return true for the GPU and Neuron variants
     */
    public boolean accelerated() {
        return accelerated;
    }
}
