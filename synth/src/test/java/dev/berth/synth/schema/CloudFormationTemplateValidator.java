package dev.berth.synth.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.ValidationMessage;
import dev.berth.synth.schema.CloudFormationReferences.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a synthesised CloudFormation template against the registry schemas of its resource
 * types (subset in {@code src/test/resources/schemas/cloudformation}) and against the rules
 * CloudFormation applies before it creates anything: references resolve, no dependency cycle,
 * service quotas on template size.
 *
 * <p>Deliberately not checked: {@code format} values, cfn-lint-only keywords, the arguments of
 * intrinsic functions other than the names they refer to, {@code Fn::FindInMap} keys,
 * {@code Mappings}, {@code Rules}, {@code Metadata} and the resource policies
 * ({@code CreationPolicy}, {@code UpdatePolicy}, ...) beyond their names.
 */
public final class CloudFormationTemplateValidator {

    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
    static final int MAX_RESOURCES = 500;
    static final int MAX_OUTPUTS = 200;
    static final int MAX_PARAMETERS = 200;
    /** Template body in S3; measured on the compact serialisation, the smallest a template can be. */
    static final int MAX_TEMPLATE_BYTES = 1_000_000;

    private static final Set<String> SECTIONS = Set.of(
            "AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Rules", "Mappings",
            "Conditions", "Transform", "Resources", "Outputs");
    private static final Set<String> RESOURCE_KEYS = Set.of(
            "Type", "Properties", "DependsOn", "Condition", "Metadata", "DeletionPolicy",
            "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy");

    private final JsonNode template;
    private final Map<String, String> resourceTypes = new LinkedHashMap<>();
    private final Set<String> parameters = new HashSet<>();
    private final Set<String> conditions = new HashSet<>();
    private final DependencyGraph dependencies = new DependencyGraph();
    private final List<String> problems = new ArrayList<>();

    private CloudFormationTemplateValidator(JsonNode template) {
        this.template = template;
        template.path("Resources").properties().forEach(
                r -> resourceTypes.put(r.getKey(), r.getValue().path("Type").asText("")));
        template.path("Parameters").fieldNames().forEachRemaining(parameters::add);
        template.path("Conditions").fieldNames().forEachRemaining(conditions::add);
    }

    /** Every problem found, each naming the resource or output and the property; empty when valid. */
    public static List<String> validate(JsonNode template) {
        return new CloudFormationTemplateValidator(template).run();
    }

    private List<String> run() {
        checkSectionsAndLimits();
        template.path("Resources").properties().forEach(r -> checkResource(r.getKey(), r.getValue()));
        template.path("Outputs").properties().forEach(
                o -> checkReferences("Outputs." + o.getKey(), o.getValue(), Optional.empty()));
        template.path("Conditions").properties().forEach(
                c -> checkReferences("Conditions." + c.getKey(), c.getValue(), Optional.empty()));
        dependencies.findCycle().ifPresent(
                cycle -> problems.add("Resources: dependency cycle " + String.join(" -> ", cycle)));
        return problems;
    }

    private void checkSectionsAndLimits() {
        if (!template.isObject()) {
            problems.add("template: must be a JSON object");
            return;
        }
        template.fieldNames().forEachRemaining(section -> {
            if (!SECTIONS.contains(section)) {
                problems.add(section + ": not a template section (one of " + new TreeSet<>(SECTIONS) + ")");
            }
        });
        if (!template.path("Resources").isObject() || template.path("Resources").isEmpty()) {
            problems.add("Resources: a template needs at least one resource");
        }
        limit("Resources", MAX_RESOURCES);
        limit("Outputs", MAX_OUTPUTS);
        limit("Parameters", MAX_PARAMETERS);
        int bytes = compactBytes();
        if (bytes > MAX_TEMPLATE_BYTES) {
            problems.add("template: " + bytes + " bytes, CloudFormation accepts at most " + MAX_TEMPLATE_BYTES);
        }
    }

    private void limit(String section, int max) {
        int count = template.path(section).size();
        if (count > max) {
            problems.add(section + ": " + count + " entries, CloudFormation accepts at most " + max);
        }
    }

    private int compactBytes() {
        try {
            return SchemaResources.MAPPER.writeValueAsString(template).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkResource(String logicalId, JsonNode resource) {
        String type = resourceTypes.get(logicalId);
        String label = "Resources." + logicalId + " (" + (type.isEmpty() ? "no Type" : type) + ")";
        dependencies.addNode(logicalId);
        if (!resource.isObject() || type.isEmpty()) {
            problems.add(label + ": a resource must be an object with a string Type");
            return;
        }
        resource.fieldNames().forEachRemaining(key -> {
            if (!RESOURCE_KEYS.contains(key)) {
                problems.add(label + ": " + key + " is not a resource attribute");
            }
        });
        JsonNode properties = resource.has("Properties") ? resource.get("Properties") : JsonNodeFactory.instance.objectNode();
        if (!properties.isObject()) {
            problems.add(label + ": Properties must be an object");
        } else if (!CloudFormationResourceType.ALLOWED_WITHOUT_SCHEMA.contains(type)) {
            Optional<CloudFormationResourceType> schema = CloudFormationResourceType.named(type);
            if (schema.isEmpty()) {
                problems.add(label + ": unknown resource type " + type + " (not in the schema subset; see schemas/cloudformation/SOURCE.md)");
            } else {
                checkProperties(label, schema.get(), properties);
            }
        }
        checkReferences(label, properties, Optional.of(logicalId));
        if (resource.has("Condition") && !conditions.contains(resource.get("Condition").asText())) {
            problems.add(label + ": Condition " + resource.get("Condition") + " is not declared in Conditions");
        }
        checkDependsOn(label, logicalId, resource.path("DependsOn"));
    }

    private void checkProperties(String label, CloudFormationResourceType type, JsonNode properties) {
        type.propertiesSchema().validate(properties).stream()
                .map(ValidationMessage::getMessage)
                .map(message -> label + ": " + message.replaceFirst("^\\$", "Properties"))
                .sorted()
                .forEach(problems::add);
        for (List<String> path : type.readOnlyPaths()) {
            JsonNode value = properties;
            for (String step : path) {
                value = value.path(step);
            }
            if (!value.isMissingNode() && !value.isNull()) {
                problems.add(label + ": Properties." + String.join(".", path)
                        + " is read-only (AWS sets it; read it with Fn::GetAtt instead)");
            }
        }
    }

    /** Checks what {@code node} refers to; {@code from} is the resource whose dependencies these are. */
    private void checkReferences(String label, JsonNode node, Optional<String> from) {
        for (Reference reference : CloudFormationReferences.in(node)) {
            String target = reference.target();
            switch (reference.kind()) {
                case CONDITION -> {
                    if (!conditions.contains(target)) {
                        problems.add(label + ": " + reference.spelling() + " names a condition not declared in Conditions");
                    }
                }
                case REF -> {
                    if (!resourceTypes.containsKey(target) && !parameters.contains(target)
                            && !Intrinsics.PSEUDO_PARAMETERS.contains(target)) {
                        problems.add(label + ": " + reference.spelling() + " names no resource, parameter or pseudo parameter");
                    }
                }
                case GET_ATT -> checkAttribute(label, reference);
            }
            if (reference.kind() != CloudFormationReferences.Kind.CONDITION && resourceTypes.containsKey(target)) {
                from.ifPresent(source -> dependencies.addEdge(source, target));
            }
        }
    }

    private void checkAttribute(String label, Reference reference) {
        String type = resourceTypes.get(reference.target());
        if (type == null) {
            problems.add(label + ": " + reference.spelling() + " names no declared resource");
            return;
        }
        if (reference.attribute() == null) {
            return; // attribute name computed by an intrinsic
        }
        CloudFormationResourceType.named(type)
                .filter(schema -> !schema.hasAttribute(reference.attribute()))
                .ifPresent(schema -> problems.add(label + ": " + reference.spelling() + ": " + type
                        + " has no attribute " + reference.attribute() + " (it has " + schema.attributes() + ")"));
    }

    private void checkDependsOn(String label, String logicalId, JsonNode dependsOn) {
        List<JsonNode> names = new ArrayList<>();
        if (dependsOn.isArray()) {
            dependsOn.forEach(names::add);
        } else if (!dependsOn.isMissingNode()) {
            names.add(dependsOn);
        }
        for (JsonNode name : names) {
            if (!name.isTextual() || !resourceTypes.containsKey(name.asText())) {
                problems.add(label + ": DependsOn " + name + " names no declared resource");
            } else {
                dependencies.addEdge(logicalId, name.asText());
            }
        }
    }
}
