package dev.berth.synth.rendering.capacity;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.capacity.CapacityResources.CapacityProvider;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::ECS::CapacityProvider / aws_ecs_capacity_provider of an Auto Scaling group ({@code Ref} is its name). */
public final class CapacityProviderRendering extends Rendering<CapacityProvider> {

    public CapacityProviderRendering() {
        super(CapacityProvider.class, cfn("AWS::ECS::CapacityProvider", "CapacityProvider").ref(Attr.NAME),
                tf("aws_ecs_capacity_provider").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(CapacityProvider r, Body p) {
        p.string("Name", r.name())
                .object("AutoScalingGroupProvider", a -> a
                        .value("AutoScalingGroupArn", r.autoScalingGroupArn())
                        .object("ManagedScaling", m -> m.string("Status", r.managedScaling())
                                .integer("TargetCapacity", r.targetCapacity()))
                        .string("ManagedTerminationProtection", r.managedTerminationProtection())
                        .string("ManagedDraining", r.managedDraining()))
                .tags(r.tags());
    }

    @Override
    protected void terraform(CapacityProvider r, Body b) {
        b.string("name", r.name())
                .object("auto_scaling_group_provider", a -> a
                        .value("auto_scaling_group_arn", r.autoScalingGroupArn())
                        .string("managed_termination_protection", r.managedTerminationProtection())
                        .string("managed_draining", r.managedDraining())
                        .object("managed_scaling", m -> m.string("status", r.managedScaling())
                                .integer("target_capacity", r.targetCapacity())))
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "Name", "name"),
                Parity.value("asg", "AutoScalingGroupProvider/AutoScalingGroupArn",
                        "auto_scaling_group_provider/auto_scaling_group_arn"),
                Parity.value("termination", "AutoScalingGroupProvider/ManagedTerminationProtection",
                        "auto_scaling_group_provider/managed_termination_protection"));
    }
}
