package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.compute.ComputeResources.ManagedInstancesCapacityProvider;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * AWS::ECS::CapacityProvider / aws_ecs_capacity_provider with a {@code ManagedInstancesProvider}
 * ({@code managed_instances_provider}), created in its cluster ({@code ClusterName} / {@code cluster}). The
 * instance requirements use the same names in both targets (PascalCase / snake_case), except that CloudFormation
 * writes {@code VCpuCount} and {@code MemoryMiB} where the provider writes {@code vcpu_count} and {@code memory_mib}.
 */
public final class ManagedInstancesCapacityProviderRendering extends Rendering<ManagedInstancesCapacityProvider> {

    public ManagedInstancesCapacityProviderRendering() {
        super(ManagedInstancesCapacityProvider.class,
                cfn("AWS::ECS::CapacityProvider", "CapacityProvider").ref(Attr.NAME),
                tf("aws_ecs_capacity_provider").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(ManagedInstancesCapacityProvider r, Body p) {
        p.string("Name", r.name())
                .value("ClusterName", r.clusterName())
                .object("ManagedInstancesProvider", m -> m
                        .value("InfrastructureRoleArn", r.infrastructureRoleArn())
                        .object("InstanceLaunchTemplate", t -> launchTemplate(r, t, RENAME_CFN))
                        .string("PropagateTags", r.propagateTags()))
                .tags(r.tags());
    }

    @Override
    protected void terraform(ManagedInstancesCapacityProvider r, Body b) {
        b.string("name", r.name())
                .value("cluster", r.clusterName())
                .object("managed_instances_provider", m -> m
                        .value("infrastructure_role_arn", r.infrastructureRoleArn())
                        .object("instance_launch_template", t -> launchTemplate(r, t, key -> key))
                        .string("propagate_tags", r.propagateTags()))
                .tags(r.tags());
    }

    /** CloudFormation's spelling of a Terraform key. */
    private static final UnaryOperator<String> RENAME_CFN = key -> switch (key) {
        case "ec2_instance_profile_arn" -> "Ec2InstanceProfileArn";
        case "vcpu_count" -> "VCpuCount";
        case "memory_mib" -> "MemoryMiB";
        case "storage_size_gib" -> "StorageSizeGiB";
        default -> java.util.Arrays.stream(key.split("_"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).reduce("", String::concat);
    };

    private static void launchTemplate(ManagedInstancesCapacityProvider r, Body t, UnaryOperator<String> k) {
        t.value(k.apply("ec2_instance_profile_arn"), r.instanceProfileArn())
                .object(k.apply("network_configuration"), n -> n
                        .values(k.apply("subnets"), r.subnets())
                        .values(k.apply("security_groups"), r.securityGroups()));
        if (r.storageSizeGiB() != null) {
            t.object(k.apply("storage_configuration"), s -> s.integer(k.apply("storage_size_gib"),
                    r.storageSizeGiB()));
        }
        t.string(k.apply("monitoring"), r.monitoring())
                .string(k.apply("capacity_option_type"), r.capacityOptionType())
                .object(k.apply("instance_requirements"), q -> {
                    q.object(k.apply("vcpu_count"), v -> v.integer(k.apply("min"), r.vcpuMin())
                                    .integer(k.apply("max"), r.vcpuMax()))
                            .object(k.apply("memory_mib"), v -> v.integer(k.apply("min"), r.memoryMinMiB())
                                    .integer(k.apply("max"), r.memoryMaxMiB()))
                            .strings(k.apply("cpu_manufacturers"), r.cpuManufacturers())
                            .strings(k.apply("instance_generations"), r.instanceGenerations())
                            .strings(k.apply("accelerator_types"), r.acceleratorTypes())
                            .strings(k.apply("accelerator_manufacturers"), r.acceleratorManufacturers());
                    if (r.acceleratorCountMin() != null || r.acceleratorCountMax() != null) {
                        q.object(k.apply("accelerator_count"), v -> v.integer(k.apply("min"), r.acceleratorCountMin())
                                .integer(k.apply("max"), r.acceleratorCountMax()));
                    }
                    q.strings(k.apply("allowed_instance_types"), r.allowedInstanceTypes())
                            .strings(k.apply("excluded_instance_types"), r.excludedInstanceTypes());
                });
    }

    @Override
    public List<Parity> parity() {
        String cfn = "ManagedInstancesProvider/InstanceLaunchTemplate/";
        String tf = "managed_instances_provider/instance_launch_template/";
        return List.of(Parity.value("name", "Name", "name"),
                Parity.value("cluster", "ClusterName", "cluster"),
                Parity.value("role", "ManagedInstancesProvider/InfrastructureRoleArn",
                        "managed_instances_provider/infrastructure_role_arn"),
                Parity.value("profile", cfn + "Ec2InstanceProfileArn", tf + "ec2_instance_profile_arn"),
                Parity.list("subnets", cfn + "NetworkConfiguration/Subnets/*", tf + "network_configuration/subnets/*"),
                Parity.value("vcpuMin", cfn + "InstanceRequirements/VCpuCount/Min",
                        tf + "instance_requirements/vcpu_count/min"),
                Parity.value("memoryMin", cfn + "InstanceRequirements/MemoryMiB/Min",
                        tf + "instance_requirements/memory_mib/min"),
                Parity.sorted("accelerators", cfn + "InstanceRequirements/AcceleratorTypes/*",
                        tf + "instance_requirements/accelerator_types/*"),
                Parity.value("capacityOption", cfn + "CapacityOptionType", tf + "capacity_option_type"));
    }
}
