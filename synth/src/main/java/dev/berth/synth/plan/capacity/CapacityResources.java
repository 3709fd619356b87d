package dev.berth.synth.plan.capacity;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/**
 * The planned EC2 capacity of clusters: for each EC2 capacity provider a launch template, an Auto Scaling group and
 * the ECS capacity provider (its instance role, instance profile and security group are IAM and network records).
 */
public final class CapacityResources {

    private CapacityResources() {
    }

    /**
     * One EBS volume of the instances.
     *
     * @param deviceName e.g. {@code /dev/xvda}
     * @param sizeGiB    null: the AMI snapshot's size
     */
    public record BlockDevice(String deviceName, Integer sizeGiB, String volumeType, boolean encrypted) {
    }

    /**
     * The instances' launch template.
     *
     * @param imageId          {@code resolve:ssm:<public parameter>}: EC2 resolves the ECS-optimized AMI at each launch
     * @param userData         the user data text; targets encode it in base64 at deploy time
     * @param httpTokens       {@code required}: IMDSv2 only
     * @param hopLimit         the IMDS response hop limit
     * @param instanceTags     tags on the instances and their volumes
     */
    public record LaunchTemplate(ResourceId id, String imageId, Value instanceProfileArn, List<Value> securityGroups,
                                 Value userData, String httpTokens, int hopLimit, List<BlockDevice> blockDevices,
                                 Map<String, String> instanceTags, Map<String, String> tags)
            implements PlannedResource {
        public LaunchTemplate {
            securityGroups = Immutable.list(securityGroups);
            blockDevices = Immutable.list(blockDevices);
            instanceTags = Immutable.map(instanceTags);
            tags = Immutable.map(tags);
        }
    }

    /**
     * An Auto Scaling group of mixed instance types. No desired capacity: ECS managed scaling owns it, so a later
     * deploy never resets it.
     *
     * @param launchTemplateVersion the template's latest version, so that a changed template reaches new instances
     * @param instanceTypes         the overrides, in order of preference
     * @param onDemandAllocationStrategy {@code prioritized}: the first available type in order
     * @param spotAllocationStrategy     {@code price-capacity-optimized}
     * @param protectedFromScaleIn  new instances are protected from scale-in (ECS managed termination protection needs
     *                              it; ECS lifts the protection from instances without tasks)
     * @param forceDelete           delete the group without waiting for its protected instances to terminate (a
     *                              destroy would otherwise wait on instances that scale-in protection keeps)
     * @param tags                  propagated to the instances; include {@code AmazonECSManaged}, which ECS adds
     *                              when the group is associated with a capacity provider
     */
    public record AutoScalingGroup(ResourceId id, Value launchTemplateId, Value launchTemplateVersion, int minSize,
                                   int maxSize, List<Value> subnets, List<String> instanceTypes, int onDemandBase,
                                   int onDemandPercentAboveBase, String onDemandAllocationStrategy,
                                   String spotAllocationStrategy, boolean protectedFromScaleIn, boolean forceDelete,
                                   Map<String, String> tags) implements PlannedResource {
        public AutoScalingGroup {
            subnets = Immutable.list(subnets);
            instanceTypes = Immutable.list(instanceTypes);
            tags = Immutable.map(tags);
        }
    }

    /**
     * An ECS capacity provider of an Auto Scaling group.
     *
     * @param name                          its physical name, which strategies and the cluster association name
     * @param managedScaling                {@code ENABLED}
     * @param targetCapacity                managed scaling's target utilisation, percent
     * @param managedTerminationProtection  {@code ENABLED} or {@code DISABLED}
     * @param managedDraining               {@code ENABLED} or {@code DISABLED}
     */
    public record CapacityProvider(ResourceId id, String name, Value autoScalingGroupArn, String managedScaling,
                                   int targetCapacity, String managedTerminationProtection, String managedDraining,
                                   Map<String, String> tags) implements PlannedResource {
        public CapacityProvider {
            tags = Immutable.map(tags);
        }
    }
}
