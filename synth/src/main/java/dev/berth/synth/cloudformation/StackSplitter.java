package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Output;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.rendering.Renderings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits a plan into a shared stack (everything no service owns) and one stack per service group. Service stacks
 * import what they reference from the shared stack through its exports; nothing references a service stack, so
 * the shared stack deploys first and service stacks deploy independently. A service's stack depends only on its
 * group name, so adding a service never moves another.
 */
final class StackSplitter {

    private StackSplitter() {
    }

    static List<CloudFormationStack> split(Plan plan, CloudFormationOptions options, String sharedName) {
        Groups groups = new Groups(plan.owners(), options);
        Map<String, List<PlannedResource>> byGroup = new LinkedHashMap<>();
        List<PlannedResource> shared = new ArrayList<>();
        for (PlannedResource r : plan.resources()) {
            String group = groups.of(plan.owners().ofResource(r.id()));
            if (group.isEmpty()) {
                shared.add(r);
            } else {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
            }
        }

        List<CloudFormationStack> serviceStacks = new ArrayList<>();
        byGroup.forEach((group, resources) -> {
            Set<ResourceId> local = new HashSet<>();
            resources.forEach(r -> local.add(r.id()));
            ObjectNode template = serviceStack(plan, groups, group, resources, new CfnValues(StackScope.of(local)),
                    sharedName);
            serviceStacks.add(CloudFormationStack.of(sharedName + Names.pascal(group), template,
                    options.templateFormat()));
        });

        Set<ResourceId> sharedIds = new HashSet<>();
        shared.forEach(r -> sharedIds.add(r.id()));
        SortedMap<String, Value.Ref> exports = exports(shared, serviceStacks);
        List<CloudFormationStack> stacks = new ArrayList<>();
        stacks.add(CloudFormationStack.of(sharedName, sharedStack(plan, groups, shared, new CfnValues(
                StackScope.of(sharedIds)), exports), options.templateFormat()));
        stacks.addAll(serviceStacks);
        return stacks;
    }

    /**
     * What the shared stack exports: exactly what the service stacks import, read from their templates (every
     * {@code Fn::ImportValue} names {@code ${SharedStackName}:<LogicalId>:<Attribute>}), by export suffix.
     */
    private static SortedMap<String, Value.Ref> exports(List<PlannedResource> shared,
                                                        List<CloudFormationStack> serviceStacks) {
        Map<String, Value.Ref> exportable = new HashMap<>();
        for (PlannedResource r : shared) {
            for (Attr attr : Renderings.of(r).cloudFormation().readings().keySet()) {
                Value.Ref ref = r.id().attr(attr);
                exportable.put(StackScope.exportSuffix(ref), ref);
            }
        }
        String prefix = "${" + StackScope.SHARED_STACK_PARAMETER + "}:";
        SortedMap<String, Value.Ref> exports = new TreeMap<>();
        for (CloudFormationStack stack : serviceStacks) {
            for (JsonNode imported : stack.template().findValues("Fn::ImportValue")) {
                String suffix = imported.path("Fn::Sub").asText().substring(prefix.length());
                Value.Ref ref = exportable.get(suffix);
                if (ref == null) {
                    throw new IllegalStateException("stack " + stack.name() + " imports " + suffix
                            + ", which no shared resource has (a planner bug)");
                }
                exports.put(suffix, ref);
            }
        }
        return exports;
    }

    /** The stack group of each owner: empty for shared things (no owner). */
    private record Groups(Plan.Ownership owners, CloudFormationOptions options) {
        String of(String service) {
            return service == null ? "" : options.stackGroupOf(service);
        }

        String ofInput(Input input) {
            return of(owners.ofInput(input.name()));
        }

        String ofOutput(Output output) {
            return of(owners.ofOutput(output.name()));
        }
    }

    private static ObjectNode sharedStack(Plan plan, Groups groups, List<PlannedResource> resources,
                                          CfnValues values, SortedMap<String, Value.Ref> exports) {
        ObjectNode template = header(plan.description() + " - shared resources");
        List<Input> inputs = plan.inputs().stream()
                .filter(i -> groups.ofInput(i).isEmpty()).toList();
        if (!inputs.isEmpty()) {
            template.set("Parameters", CloudFormationRenderer.parameters(inputs));
        }
        template.set("Resources", CloudFormationRenderer.resources(resources, plan.order(), values));
        ObjectNode outputs = CloudFormationRenderer.outputs(plan.outputs().stream()
                .filter(o -> groups.ofOutput(o).isEmpty()).toList(), values);
        exports.forEach((suffix, ref) -> {
            ObjectNode exportName = Json.object();
            exportName.put("Fn::Sub", "${AWS::StackName}:" + suffix);
            ObjectNode export = Json.object();
            export.set("Name", exportName);
            ObjectNode output = Json.object();
            output.put("Description", "Exported for the service stacks");
            output.set("Value", values.render(ref));
            output.set("Export", export);
            CloudFormationRenderer.put(outputs, "Export" + suffix.replace(":", ""), output, "output");
        });
        if (!outputs.isEmpty()) {
            template.set("Outputs", outputs);
        }
        return template;
    }

    private static ObjectNode serviceStack(Plan plan, Groups groups, String group, List<PlannedResource> resources,
                                           CfnValues values, String sharedName) {
        ObjectNode template = header(plan.description() + " - stack " + group);
        ObjectNode parameters = Json.object();
        ObjectNode shared = Json.object();
        shared.put("Type", "String");
        shared.put("Description", "Name of the deployed shared stack whose exports this stack imports");
        shared.put("Default", sharedName);
        parameters.set(StackScope.SHARED_STACK_PARAMETER, shared);
        List<Input> inputs = plan.inputs().stream()
                .filter(i -> group.equals(groups.ofInput(i))).toList();
        CloudFormationRenderer.parameters(inputs).properties().forEach(f -> parameters.set(f.getKey(),
                f.getValue()));
        template.set("Parameters", parameters);
        template.set("Resources", CloudFormationRenderer.resources(resources, plan.order(), values));
        List<Output> outputs = plan.outputs().stream()
                .filter(o -> group.equals(groups.ofOutput(o))).toList();
        if (!outputs.isEmpty()) {
            template.set("Outputs", CloudFormationRenderer.outputs(outputs, values));
        }
        return template;
    }

    private static ObjectNode header(String description) {
        ObjectNode template = Json.object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", description);
        return template;
    }
}
