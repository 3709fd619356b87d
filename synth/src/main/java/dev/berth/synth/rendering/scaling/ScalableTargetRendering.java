package dev.berth.synth.rendering.scaling;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.scaling.ScalingResources.ScalableTarget;
import dev.berth.synth.plan.scaling.ScalingResources.ScheduledAction;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::ApplicationAutoScaling::ScalableTarget / aws_appautoscaling_target. No role: Application Auto Scaling then
 * uses (and creates if need be) its service-linked role. Scheduled actions are the target's {@code ScheduledActions}
 * in CloudFormation and {@code aws_appautoscaling_scheduled_action} resources beside it for the provider, named
 * {@code <service>_<schedule>}, which read the target's resource ID, dimension and namespace (so they follow it), each
 * created after the one before.
 */
public final class ScalableTargetRendering extends Rendering<ScalableTarget> {

    private static final String SCHEDULED_ACTION = "aws_appautoscaling_scheduled_action";

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
                .objects("ScheduledActions", r.scheduledActions(), (a, action) -> a
                        .object("ScalableTargetAction", t -> t
                                .integer("MaxCapacity", action.maxCapacity())
                                .integer("MinCapacity", action.minCapacity()))
                        .string("Schedule", action.schedule())
                        .string("ScheduledActionName", action.name())
                        .string("Timezone", action.timezone()))
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
    protected List<TerraformCompanion> terraformCompanions(ScalableTarget r) {
        // One after another: Application Auto Scaling rejects concurrent changes of one scalable target
        // (ConcurrentUpdateException; hashicorp/terraform#14258, terraform-provider-aws#17915).
        return r.scheduledActions().stream().map(action -> new TerraformCompanion(SCHEDULED_ACTION, action.key(),
                b -> scheduledAction(r, action, b), true)).toList();
    }

    private static void scheduledAction(ScalableTarget r, ScheduledAction action, Body b) {
        // The provider types the bounds of scalable_target_action as strings.
        b.string("name", action.name())
                .value("resource_id", r.id().attr(Attr.SCALABLE_RESOURCE_ID))
                .value("scalable_dimension", r.id().attr(Attr.SCALABLE_DIMENSION))
                .value("service_namespace", r.id().attr(Attr.SERVICE_NAMESPACE))
                .string("schedule", action.schedule())
                .string("timezone", action.timezone())
                .object("scalable_target_action", t -> t
                        .string("max_capacity", action.maxCapacity() == null ? null : action.maxCapacity().toString())
                        .string("min_capacity", action.minCapacity() == null ? null : action.minCapacity().toString()));
    }

    @Override
    public List<String> terraformCompanionTypes() {
        return List.of(SCHEDULED_ACTION);
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("min", "MinCapacity", "min_capacity"),
                Parity.value("max", "MaxCapacity", "max_capacity"),
                Parity.value("resource", "ResourceId", "resource_id"),
                Parity.value("dimension", "ScalableDimension", "scalable_dimension"));
    }
}
