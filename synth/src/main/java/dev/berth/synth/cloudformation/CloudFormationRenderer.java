package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.CreationOrder;
import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Output;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.rendering.Renderings;

import java.util.List;

/**
 * Translates a {@link Plan} into a CloudFormation template. A pure translation: it decides nothing the plan did
 * not decide and does no I/O. Keys are inserted in a fixed order, so the same plan always gives the same bytes.
 */
public final class CloudFormationRenderer {

    private CloudFormationRenderer() {
    }

    /**
     * The template: AWSTemplateFormatVersion, Description, Parameters (if the plan has inputs), Resources in the
     * plan's order, Outputs (if the plan has outputs).
     *
     * @throws IllegalStateException if the plan is inconsistent (a planner bug), e.g. two resources with the same
     *                               logical ID or a reference to an attribute a resource does not have
     */
    public static ObjectNode render(Plan plan) {
        ObjectNode template = Json.object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", plan.description());
        ObjectNode parameters = parameters(plan.inputs());
        if (!parameters.isEmpty()) {
            template.set("Parameters", parameters);
        }
        template.set("Resources", resources(plan.resources(), plan.order(), CfnValues.SINGLE_TEMPLATE));
        if (!plan.outputs().isEmpty()) {
            template.set("Outputs", outputs(plan.outputs(), CfnValues.SINGLE_TEMPLATE));
        }
        return template;
    }

    /**
     * The stacks to deploy: one template while the program fits in one stack (or the layout says SINGLE), else a
     * shared stack and one stack per service group (layout PER_SERVICE, or AUTOMATIC beyond the limits); each
     * template in the form the options' {@link TemplateFormat} gives it.
     */
    public static List<CloudFormationStack> renderStacks(Plan plan, CloudFormationOptions options) {
        String sharedName = Names.pascal(plan.name());
        StackLayout layout = options.layout();
        if (layout != StackLayout.PER_SERVICE) {
            // the limits are checked on the file as it is written (its format decides its size)
            CloudFormationStack single = CloudFormationStack.of(sharedName, render(plan), options.templateFormat());
            if (layout == StackLayout.SINGLE || TemplateLimits.problems(single).isEmpty()) {
                return List.of(single);
            }
        }
        return StackSplitter.split(plan, options, sharedName);
    }

    /** The logical ID of a planned resource, e.g. {@code ApiTaskRole} for {@code (ROLE, [api, task])}. */
    public static String logicalId(ResourceId id) {
        return CfnNames.logicalId(id);
    }

    /** The CloudFormation resource type of a kind, e.g. {@code AWS::ECS::Service}. */
    public static String type(Class<? extends PlannedResource> kind) {
        return Renderings.of(kind).cloudFormation().type();
    }

    static ObjectNode parameters(List<Input> inputs) {
        ObjectNode parameters = Json.object();
        for (Input input : inputs) {
            if (input.terraformOnly()) {
                continue;
            }
            ObjectNode parameter = new CfnBody(CfnValues.SINGLE_TEMPLATE)
                    .string("Type", "String")
                    .string("Description", input.description())
                    .string("Default", input.defaultValue())
                    .string("AllowedPattern", input.allowedPattern())
                    .build();
            put(parameters, CfnValues.parameterId(new Value.Input(input.name())), parameter, "parameter");
        }
        return parameters;
    }

    /**
     * Resources, each with the {@code DependsOn} the plan's creation order states for it, kept to resources in the
     * same stack: a stack that imports from the shared stack is created after all of it.
     */
    static ObjectNode resources(List<PlannedResource> planned, CreationOrder order, CfnValues values) {
        ObjectNode resources = Json.object();
        for (PlannedResource resource : planned) {
            put(resources, logicalId(resource.id()), resource(resource, order, values), "resource");
        }
        return resources;
    }

    private static ObjectNode resource(PlannedResource resource, CreationOrder order, CfnValues values) {
        ObjectNode node = Json.object();
        node.put("Type", CfnNames.type(resource.id()));
        Renderings.of(resource).cloudFormationAttributesOf(resource).forEach(node::put);
        List<ResourceId> dependsOn = order.dependsOn(resource.id()).stream().filter(values::isLocal).toList();
        if (!dependsOn.isEmpty()) {
            ArrayNode ids = node.putArray("DependsOn");
            dependsOn.forEach(id -> ids.add(logicalId(id)));
        }
        CfnBody properties = new CfnBody(values);
        Renderings.of(resource).writeCloudFormation(resource, properties);
        node.set("Properties", properties.build());
        return node;
    }

    static ObjectNode outputs(List<Output> outputs, CfnValues values) {
        ObjectNode section = Json.object();
        for (Output output : outputs) {
            ObjectNode node = new CfnBody(values)
                    .string("Description", output.description())
                    .value("Value", output.value())
                    .build();
            put(section, Names.pascal(output.name()), node, "output");
        }
        return section;
    }

    /** Names derive from hyphenated names, so two (e.g. {@code a-b} and {@code [a, b]}) could collide. */
    static void put(ObjectNode section, String key, ObjectNode value, String what) {
        if (section.has(key)) {
            throw new IllegalStateException("two " + what + "s have the logical ID " + key + " (a planner bug)");
        }
        section.set(key, value);
    }
}
