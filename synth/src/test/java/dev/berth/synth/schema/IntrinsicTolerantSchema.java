package dev.berth.synth.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a CloudFormation registry schema into a plain draft-07 schema for a resource's
 * {@code Properties} in which an intrinsic function is accepted wherever a value is expected.
 *
 * <p>Every schema in a value position (a property, an array item, a map value) becomes
 * {@code {"if": <intrinsic>, "then": true, "else": <original>}}. {@code if/else} rather than
 * {@code anyOf} keeps the error messages to those of the original schema. Combinator branches
 * ({@code allOf}, {@code not}, ...) are not wrapped: they constrain a value that is already
 * wrapped, and wrapping {@code not} would tighten instead of loosen.
 *
 * <p>Only draft-07 validation keywords are kept. That drops custom {@code format} values
 * (e.g. {@code AWS::EC2::VPC.Id}), the registry's own keywords ({@code readOnlyProperties},
 * {@code $schema} pointing at the provider meta-schema, ...) and cfn-lint's additions
 * ({@code requiredXor}, {@code dependentExcluded}, {@code propertyTransform}, ...).
 */
final class IntrinsicTolerantSchema {

    static final String INTRINSIC_DEFINITION = "BerthIntrinsicFunction";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> VALUE_POSITION_SCHEMAS = Set.of("items", "additionalProperties", "additionalItems", "contains");
    private static final Set<String> SAME_VALUE_SCHEMAS = Set.of("not", "if", "then", "else", "propertyNames");
    private static final Set<String> SAME_VALUE_LISTS = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> PLAIN_KEYWORDS = Set.of(
            "$ref", "type", "enum", "const", "required", "minItems", "maxItems", "uniqueItems",
            "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf", "minProperties", "maxProperties");

    private IntrinsicTolerantSchema() {
    }

    static ObjectNode of(JsonNode registrySchema) {
        ObjectNode root = (ObjectNode) clean(registrySchema);
        ObjectNode definitions = NODES.objectNode();
        registrySchema.path("definitions").properties().forEach(e -> definitions.set(e.getKey(), clean(e.getValue())));
        definitions.set(INTRINSIC_DEFINITION, intrinsicShape());
        root.set("definitions", definitions);
        return root;
    }

    private static JsonNode clean(JsonNode schema) {
        if (!schema.isObject()) {
            return schema; // boolean schema
        }
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String keyword = e.getKey();
            JsonNode value = e.getValue();
            if (keyword.equals("properties")) {
                ObjectNode map = out.putObject(keyword);
                value.properties().forEach(p -> map.set(p.getKey(), tolerant(p.getValue())));
            } else if (keyword.equals("patternProperties")) {
                ObjectNode map = out.putObject(keyword);
                value.properties().forEach(p -> map.set(javaRegex(p.getKey()), tolerant(p.getValue())));
            } else if (keyword.equals("pattern")) {
                out.put(keyword, javaRegex(value.asText()));
            } else if (VALUE_POSITION_SCHEMAS.contains(keyword)) {
                out.set(keyword, valuePosition(value));
            } else if (SAME_VALUE_SCHEMAS.contains(keyword)) {
                out.set(keyword, clean(value));
            } else if (SAME_VALUE_LISTS.contains(keyword)) {
                ArrayNode branches = out.putArray(keyword);
                value.forEach(branch -> branches.add(clean(branch)));
            } else if (keyword.equals("dependencies")) {
                ObjectNode deps = out.putObject(keyword);
                value.properties().forEach(d -> deps.set(d.getKey(), d.getValue().isObject() ? clean(d.getValue()) : d.getValue()));
            } else if (PLAIN_KEYWORDS.contains(keyword)) {
                out.set(keyword, value);
            }
            // anything else (format, definitions handled by of(), registry and cfn-lint keywords) is dropped
        }
        return out;
    }

    /**
     * The registry writes ECMAScript/Python patterns, where {@code [} inside a character class is a
     * literal; Java would read it as a nested class, so escape it.
     */
    static String javaRegex(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
                continue;
            }
            if (c == '[' && inClass) {
                out.append('\\');
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']' && inClass) {
                inClass = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A schema, a tuple of schemas ({@code items: [...]}) or a boolean in a value position. */
    private static JsonNode valuePosition(JsonNode value) {
        if (value.isArray()) {
            ArrayNode tuple = NODES.arrayNode();
            value.forEach(item -> tuple.add(tolerant(item)));
            return tuple;
        }
        return value.isObject() ? tolerant(value) : value;
    }

    /** A value-position schema that also accepts an intrinsic function. */
    private static JsonNode tolerant(JsonNode schema) {
        ObjectNode wrapper = NODES.objectNode();
        wrapper.putObject("if").put("$ref", "#/definitions/" + INTRINSIC_DEFINITION);
        wrapper.set("then", BooleanNode.TRUE);
        wrapper.set("else", clean(schema));
        return wrapper;
    }

    /** An object with exactly one key, and that key names an intrinsic function. */
    private static ObjectNode intrinsicShape() {
        ObjectNode shape = NODES.objectNode();
        shape.put("type", "object").put("minProperties", 1).put("maxProperties", 1);
        ArrayNode names = shape.putObject("propertyNames").putArray("enum");
        Intrinsics.FUNCTIONS.forEach(names::add);
        return shape;
    }
}
