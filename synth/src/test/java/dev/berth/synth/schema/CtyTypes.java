package dev.berth.synth.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a Terraform JSON value against a type in the provider schema's cty JSON form:
 * {@code "string"}, {@code "number"}, {@code "bool"}, {@code "dynamic"}, {@code ["list", T]},
 * {@code ["set", T]}, {@code ["map", T]}, {@code ["object", {name: T}]}, {@code ["tuple", [T...]]}.
 *
 * <p>A string holding an expression is accepted for any type: its value is known only at plan
 * time. JSON null means "not set" and is accepted too. Numbers and booleans are accepted where a
 * string is expected because Terraform always converts them; a string is not accepted where a
 * number or bool is expected, since that conversion can fail. An object value may leave
 * attributes out (Terraform fills them with null) but not add unknown ones.
 */
final class CtyTypes {

    private CtyTypes() {
    }

    static void check(JsonNode value, JsonNode type, String path, List<String> problems) {
        if (value.isNull() || value.isTextual() && TerraformExpressions.hasExpression(value.asText())) {
            return;
        }
        if (type.isTextual()) {
            checkPrimitive(value, type.asText(), path, problems);
            return;
        }
        String kind = type.get(0).asText();
        JsonNode element = type.get(1);
        switch (kind) {
            case "list", "set" -> {
                if (expect(value.isArray(), value, type, path, problems)) {
                    int i = 0;
                    for (JsonNode item : value) {
                        check(item, element, path + "[" + i++ + "]", problems);
                    }
                }
            }
            case "map" -> {
                if (expect(value.isObject(), value, type, path, problems)) {
                    value.properties().forEach(e -> check(e.getValue(), element, path + "." + e.getKey(), problems));
                }
            }
            case "object" -> {
                if (expect(value.isObject(), value, type, path, problems)) {
                    for (Map.Entry<String, JsonNode> e : value.properties()) {
                        if (element.has(e.getKey())) {
                            check(e.getValue(), element.get(e.getKey()), path + "." + e.getKey(), problems);
                        } else {
                            problems.add(path + ": unknown attribute " + e.getKey() + " (object has " + fieldNames(element) + ")");
                        }
                    }
                }
            }
            case "tuple" -> {
                if (expect(value.isArray() && value.size() == element.size(), value, type, path, problems)) {
                    for (int i = 0; i < value.size(); i++) {
                        check(value.get(i), element.get(i), path + "[" + i + "]", problems);
                    }
                }
            }
            default -> problems.add(path + ": unsupported type " + type + " in the schema");
        }
    }

    private static void checkPrimitive(JsonNode value, String type, String path, List<String> problems) {
        boolean fits = switch (type) {
            case "string" -> value.isTextual() || value.isNumber() || value.isBoolean();
            case "number" -> value.isNumber();
            case "bool" -> value.isBoolean();
            case "dynamic" -> true;
            default -> false;
        };
        expect(fits, value, type, path, problems);
    }

    private static boolean expect(boolean fits, JsonNode value, Object type, String path, List<String> problems) {
        if (!fits) {
            problems.add(path + ": " + value.getNodeType().toString().toLowerCase() + " found, " + type + " expected");
        }
        return fits;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
