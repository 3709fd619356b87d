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
        ObjectNode rendered = CloudFormationRenderer.resources(resources, plan.order(), values);
        // A shared input (an existing listener's ARN) goes where it is referenced; one referenced nowhere stays here.
        Set<String> here = parametersReferenced(rendered);
        List<Input> inputs = plan.inputs().stream()
                .filter(i -> groups.ofInput(i).isEmpty())
                .filter(i -> here.contains(id(i)) || !referencedByServiceStacks(plan, groups, i))
                .toList();
        if (!CloudFormationRenderer.parameters(inputs).isEmpty()) {
            template.set("Parameters", CloudFormationRenderer.parameters(inputs));
        }
        template.set("Resources", rendered);
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
        ObjectNode rendered = CloudFormationRenderer.resources(resources, plan.order(), values);
        Set<String> referenced = parametersReferenced(rendered);
        List<Input> inputs = plan.inputs().stream()
                .filter(i -> group.equals(groups.ofInput(i))
                        || (groups.ofInput(i).isEmpty() && referenced.contains(id(i)))).toList();
        CloudFormationRenderer.parameters(inputs).properties().forEach(f -> parameters.set(f.getKey(),
                f.getValue()));
        template.set("Parameters", parameters);
        template.set("Resources", rendered);
        List<Output> outputs = plan.outputs().stream()
                .filter(o -> group.equals(groups.ofOutput(o))).toList();
        if (!outputs.isEmpty()) {
            template.set("Outputs", CloudFormationRenderer.outputs(outputs, values));
        }
        return template;
    }

    private static String id(Input input) {
        return CfnValues.parameterId(new Value.Input(input.name()));
    }

    /** Whether a service's resource refers to the shared input (then its service stack declares it). */
    private static boolean referencedByServiceStacks(Plan plan, Groups groups, Input input) {
        Value.Input value = new Value.Input(input.name());
        return plan.resources().stream()
                .filter(r -> !groups.of(plan.owners().ofResource(r.id())).isEmpty())
                .anyMatch(r -> mentions(r, value));
    }

    /** Whether a record (a plan resource, or a value nested in one) holds the value. */
    private static boolean mentions(Object node, Value.Input value) {
        if (node == null) {
            return false;
        }
        if (node.equals(value)) {
            return true;
        }
        if (node instanceof java.util.Collection<?> c) {
            return c.stream().anyMatch(e -> mentions(e, value));
        }
        if (node instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(e -> mentions(e, value));
        }
        if (node instanceof Record) {
            for (java.lang.reflect.RecordComponent component : node.getClass().getRecordComponents()) {
                try {
                    if (mentions(component.getAccessor().invoke(node), value)) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    /** The parameters a rendered template part refers to: {@code Ref} and {@code ${...}} in {@code Fn::Sub}. */
    private static Set<String> parametersReferenced(JsonNode node) {
        Set<String> found = new HashSet<>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, Set<String> found) {
        if (node.isObject()) {
            if (node.has("Ref") && node.get("Ref").isTextual()) {
                found.add(node.get("Ref").asText());
            }
            if (node.has("Fn::Sub") && node.get("Fn::Sub").isTextual()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Za-z0-9]+)}")
                        .matcher(node.get("Fn::Sub").asText());
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
            node.forEach(child -> collect(child, found));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, found));
        }
    }

    private static ObjectNode header(String description) {
        ObjectNode template = Json.object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", description);
        return template;
    }
}
