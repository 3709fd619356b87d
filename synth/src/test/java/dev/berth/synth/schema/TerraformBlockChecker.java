package dev.berth.synth.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the body of a resource (or of one of its nested blocks) against a block of the
 * provider schema: attributes known, required ones present, computed-only ones absent, values of
 * the right type, nested blocks within their nesting mode and item limits.
 */
final class TerraformBlockChecker {

    /** Meta-arguments Terraform handles itself; they are in no resource schema. */
    static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "depends_on", "lifecycle", "provider");

    /** {@code "//"} is Terraform JSON's comment key; {@code dynamic} generates blocks at plan time. */
    private static final String COMMENT = "//";
    private static final String DYNAMIC = "dynamic";

    private final List<String> problems;

    TerraformBlockChecker(List<String> problems) {
        this.problems = problems;
    }

    void checkResource(JsonNode body, JsonNode block, String path) {
        check(body, block, path, true);
    }

    private void check(JsonNode body, JsonNode block, String path, boolean resourceLevel) {
        if (!body.isObject()) {
            problems.add(path + ": a block body must be a JSON object");
            return;
        }
        JsonNode attributes = block.path("attributes");
        JsonNode blockTypes = block.path("block_types");
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            if (name.equals(COMMENT) || resourceLevel && META_ARGUMENTS.contains(name)) {
                continue;
            }
            if (attributes.has(name)) {
                checkAttribute(field.getValue(), attributes.get(name), path + "." + name);
            } else if (blockTypes.has(name)) {
                checkNestedBlocks(field.getValue(), blockTypes.get(name), path + "." + name);
            } else if (name.equals(DYNAMIC)) {
                field.getValue().fieldNames().forEachRemaining(dynamicName -> {
                    if (!blockTypes.has(dynamicName)) {
                        problems.add(path + ".dynamic." + dynamicName + ": not a block type of this block");
                    }
                });
            } else {
                problems.add(path + ": unknown attribute or block " + name);
            }
        }
        for (Map.Entry<String, JsonNode> attribute : attributes.properties()) {
            JsonNode value = body.path(attribute.getKey());
            if (attribute.getValue().path("required").asBoolean() && (value.isMissingNode() || value.isNull())) {
                problems.add(path + ": missing required attribute " + attribute.getKey());
            }
        }
        for (Map.Entry<String, JsonNode> blockType : blockTypes.properties()) {
            int minItems = blockType.getValue().path("min_items").asInt(0);
            boolean generated = body.path(DYNAMIC).has(blockType.getKey());
            if (minItems > 0 && !generated && instances(body.path(blockType.getKey())).isEmpty()) {
                problems.add(path + ": missing required block " + blockType.getKey());
            }
        }
    }

    private void checkAttribute(JsonNode value, JsonNode attribute, String path) {
        boolean computedOnly = attribute.path("computed").asBoolean()
                && !attribute.path("optional").asBoolean() && !attribute.path("required").asBoolean();
        if (computedOnly) {
            problems.add(path + ": is computed by the provider and cannot be set");
            return;
        }
        CtyTypes.check(value, attribute.path("type"), path, problems);
    }

    private void checkNestedBlocks(JsonNode value, JsonNode blockType, String path) {
        String nesting = blockType.path("nesting_mode").asText();
        if (nesting.equals("map")) { // labels map to bodies
            value.properties().forEach(e -> check(e.getValue(), blockType.path("block"), path + "." + e.getKey(), false));
            return;
        }
        List<JsonNode> bodies = instances(value);
        int max = nesting.equals("single") || nesting.equals("group") ? 1 : blockType.path("max_items").asInt(Integer.MAX_VALUE);
        int min = blockType.path("min_items").asInt(0);
        if (bodies.size() > max) {
            problems.add(path + ": " + bodies.size() + " blocks, at most " + max + " allowed (nesting " + nesting + ")");
        }
        if (bodies.size() < min) {
            problems.add(path + ": " + bodies.size() + " blocks, at least " + min + " required");
        }
        for (int i = 0; i < bodies.size(); i++) {
            check(bodies.get(i), blockType.path("block"), value.isArray() ? path + "[" + i + "]" : path, false);
        }
    }

    /** In Terraform JSON a block is written as one object or as a list of objects. */
    static List<JsonNode> instances(JsonNode value) {
        List<JsonNode> bodies = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(bodies::add);
        } else if (!value.isMissingNode() && !value.isNull()) {
            bodies.add(value);
        }
        return bodies;
    }
}
