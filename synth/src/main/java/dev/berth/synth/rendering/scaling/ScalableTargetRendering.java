package dev.berth.synth.rendering.scaling;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.scaling.ScalingResources.ScalableTarget;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::ApplicationAutoScaling::ScalableTarget / aws_appautoscaling_target. No role: Application Auto Scaling then
 * uses (and creates if need be) its service-linked role.
 */
public final class ScalableTargetRendering extends Rendering<ScalableTarget> {

    public ScalableTargetRendering() {
        super(ScalableTarget.class, cfn("AWS::ApplicationAutoScaling::ScalableTarget", "ScalableTarget").ref(Attr.ID),
                tf("aws_appautoscaling_target").attr(Attr.ID, "id")
                        .attr(Attr.SCALABLE_RESOURCE_ID, "resource_id")
                        .attr(Attr.SCALABLE_DIMENSION, "scalable_dimension")
                        .attr(Attr.SERVICE_NAMESPACE, "service_namespace"));
    }

    @Override
    protected void cloudFormation(ScalableTarget r, Body p) {
        p.integer("MaxCapacity", r.maxCapacity())
                .integer("MinCapacity", r.minCapacity())
                .value("ResourceId", r.resourceId())
                .string("ScalableDimension", r.scalableDimension())
                .string("ServiceNamespace", r.serviceNamespace());
    }

    @Override
    protected void terraform(ScalableTarget r, Body b) {
        b.integer("max_capacity", r.maxCapacity())
                .integer("min_capacity", r.minCapacity())
                .value("resource_id", r.resourceId())
                .string("scalable_dimension", r.scalableDimension())
                .string("service_namespace", r.serviceNamespace());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("min", "MinCapacity", "min_capacity"),
                Parity.value("max", "MaxCapacity", "max_capacity"),
                Parity.value("resource", "ResourceId", "resource_id"),
                Parity.value("dimension", "ScalableDimension", "scalable_dimension"));
    }
}
