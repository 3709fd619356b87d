package dev.berth.synth.rendering.capacity;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.capacity.CapacityResources.AutoScalingGroup;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::AutoScaling::AutoScalingGroup / aws_autoscaling_group. CloudFormation takes the sizes as strings and tags
 * with {@code PropagateAtLaunch}; the provider takes numbers, {@code tag} blocks, and {@code force_delete} (its
 * destroy otherwise waits for instances that scale-in protection keeps; CloudFormation's deletion terminates them).
 */
public final class AutoScalingGroupRendering extends Rendering<AutoScalingGroup> {

    public AutoScalingGroupRendering() {
        super(AutoScalingGroup.class, cfn("AWS::AutoScaling::AutoScalingGroup", "AutoScalingGroup").ref(Attr.NAME)
                        .getAtt(Attr.ARN, "AutoScalingGroupARN"),
                tf("aws_autoscaling_group").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(AutoScalingGroup r, Body p) {
        p.string("MinSize", String.valueOf(r.minSize()))
                .string("MaxSize", String.valueOf(r.maxSize()))
                .values("VPCZoneIdentifier", r.subnets())
                .bool("NewInstancesProtectedFromScaleIn", r.protectedFromScaleIn())
                .object("MixedInstancesPolicy", m -> m
                        .object("InstancesDistribution", d -> d
                                .integer("OnDemandBaseCapacity", r.onDemandBase())
                                .integer("OnDemandPercentageAboveBaseCapacity", r.onDemandPercentAboveBase())
                                .string("OnDemandAllocationStrategy", r.onDemandAllocationStrategy())
                                .string("SpotAllocationStrategy", r.spotAllocationStrategy()))
                        .object("LaunchTemplate", l -> l
                                .object("LaunchTemplateSpecification", s -> s
                                        .value("LaunchTemplateId", r.launchTemplateId())
                                        .value("Version", r.launchTemplateVersion()))
                                .objects("Overrides", r.instanceTypes(), (o, t) -> o.string("InstanceType", t))))
                .objects("Tags", List.copyOf(r.tags().entrySet()), (t, e) -> t.string("Key", e.getKey())
                        .string("Value", e.getValue()).bool("PropagateAtLaunch", true));
    }

    @Override
    protected void terraform(AutoScalingGroup r, Body b) {
        b.integer("min_size", r.minSize())
                .integer("max_size", r.maxSize())
                .values("vpc_zone_identifier", r.subnets())
                .bool("protect_from_scale_in", r.protectedFromScaleIn())
                .bool("force_delete", r.forceDelete())
                .object("mixed_instances_policy", m -> m
                        .object("instances_distribution", d -> d
                                .integer("on_demand_base_capacity", r.onDemandBase())
                                .integer("on_demand_percentage_above_base_capacity", r.onDemandPercentAboveBase())
                                .string("on_demand_allocation_strategy", r.onDemandAllocationStrategy())
                                .string("spot_allocation_strategy", r.spotAllocationStrategy()))
                        .object("launch_template", l -> l
                                .object("launch_template_specification", s -> s
                                        .value("launch_template_id", r.launchTemplateId())
                                        .value("version", r.launchTemplateVersion()))
                                .objects("override", r.instanceTypes(), (o, t) -> o.string("instance_type", t))))
                .objects("tag", List.copyOf(r.tags().entrySet()), (t, e) -> t.string("key", e.getKey())
                        .string("value", e.getValue()).bool("propagate_at_launch", true));
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.list("types", "MixedInstancesPolicy/LaunchTemplate/Overrides/*/InstanceType",
                        "mixed_instances_policy/launch_template/override/*/instance_type"),
                Parity.sorted("subnets", "VPCZoneIdentifier/*", "vpc_zone_identifier/*"));
    }
}
