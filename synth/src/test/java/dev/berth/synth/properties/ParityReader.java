package dev.berth.synth.properties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.rendering.Parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads one {@link Parity} key from a resource body: follows its path ({@code a/b}, {@code *} for every element,
 * a number for one, {@code [Key=v]} for the elements whose field {@code Key} is {@code v} ({@code [=v]}: that are
 * {@code v}), {@code a|b} for the first
 * field present, {@code p||q} for the first path that finds anything,
 * JSON documents held in strings read as documents), then
 * puts what it found in the key's form, in a neutral spelling, with the target-specific spellings mapped to their
 * meaning.
 */
final class ParityReader {

    private ParityReader() {
    }

    static Object read(JsonNode body, String path, Parity parity, Function<JsonNode, String> neutral) {
        List<JsonNode> found = new ArrayList<>();
        for (String alternative : path.split("\\|\\|")) {
            follow(body, alternative.split("/"), 0, found);
            if (!found.isEmpty()) {
                break;
            }
        }
        return switch (parity.form()) {
            case VALUE -> found.isEmpty() ? parity.meanings().getOrDefault(Parity.ABSENT, Parity.ABSENT)
                    : spell(found.get(0), parity, neutral);
            case LIST -> values(found, parity, neutral);
            case SORTED -> {
                List<String> values = values(found, parity, neutral);
                values.sort(null);
                yield values;
            }
            case ENTRIES -> {
                Map<String, String> entries = new TreeMap<>();
                for (JsonNode object : found) {
                    entries(object, "", entries, parity, neutral);
                }
                yield entries;
            }
        };
    }

    private static void follow(JsonNode node, String[] steps, int i, List<JsonNode> found) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (i == steps.length) {
            found.add(node);
            return;
        }
        JsonNode here = node.isTextual() ? document(node) : node;
        String step = steps[i];
        if (step.equals("*")) {
            if (here.isArray()) {
                here.forEach(element -> follow(element, steps, i + 1, found));
            } else if (here.isObject() && !isIntrinsic(here)) {
                here.forEach(value -> follow(value, steps, i + 1, found)); // every value of a map (Terraform tags)
            } else {
                follow(here, steps, i + 1, found); // IAM's single value stands for a list of one
            }
        } else if (step.startsWith("[") && step.endsWith("]") && step.contains("=")) {
            // [Key=value]: the elements of a list whose field Key is value (CloudFormation's key/value attributes);
            // [=value]: the elements that are value themselves (one name in Terraform's ignore_changes)
            String field = step.substring(1, step.indexOf('='));
            String value = step.substring(step.indexOf('=') + 1, step.length() - 1);
            here.forEach(element -> {
                if ((field.isEmpty() ? element.asText() : element.path(field).asText()).equals(value)) {
                    follow(element, steps, i + 1, found);
                }
            });
        } else if (step.matches("\\d+")) {
            follow(here.path(Integer.parseInt(step)), steps, i + 1, found);
        } else {
            for (String field : step.split("\\|")) {
                if (here.has(field)) {
                    follow(here.get(field), steps, i + 1, found);
                    return;
                }
            }
        }
    }

    /** A string holding a JSON document (Terraform's policies, container definitions) as that document. */
    private static JsonNode document(JsonNode text) {
        String s = text.asText().strip();
        return s.startsWith("{") || s.startsWith("[") ? Synthesized.parse(s) : text;
    }

    private static List<String> values(List<JsonNode> found, Parity parity, Function<JsonNode, String> neutral) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : found) {
            if (node.isArray()) {
                node.forEach(element -> out.add(spell(element, parity, neutral)));
            } else {
                out.add(spell(node, parity, neutral));
            }
        }
        return out;
    }

    private static void entries(JsonNode node, String prefix, Map<String, String> out, Parity parity,
                                Function<JsonNode, String> neutral) {
        if (node.isObject() && !isIntrinsic(node)) {
            node.properties().forEach(e -> entries(e.getValue(), prefix + e.getKey() + "/", out, parity, neutral));
        } else {
            out.put(prefix, spell(node, parity, neutral));
        }
    }

    /** A CloudFormation intrinsic function is a value, not an object of entries. */
    private static boolean isIntrinsic(JsonNode node) {
        return node.size() == 1 && (node.has("Ref") || node.fieldNames().next().startsWith("Fn::"));
    }

    private static String spell(JsonNode node, Parity parity, Function<JsonNode, String> neutral) {
        String value = node.isNumber() ? number(node) : neutral.apply(node);
        return parity.meanings().getOrDefault(value, value);
    }

    /** 60 and 60.0 are one number. */
    private static String number(JsonNode node) {
        double d = node.asDouble();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
