package dev.berth.synth.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where two JSON values differ: object members by name, array items by position (an array whose length changed
 * differs as a whole). Formatting plays no part: the values are parsed trees, numbers compare by value ({@code 1} and
 * {@code 1.0} are equal), and a string holding a JSON document (a Terraform {@code container_definitions} or IAM
 * policy) is compared as the document it holds.
 */
final class TreeDiff {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TreeDiff() {
    }

    /** A path into a JSON value: member names and array positions (as decimal strings). */
    static List<List<String>> changedPaths(JsonNode before, JsonNode after) {
        List<List<String>> out = new ArrayList<>();
        collect(normalise(before), normalise(after), new ArrayList<>(), out);
        return out;
    }

    static boolean same(JsonNode before, JsonNode after) {
        return changedPaths(before, after).isEmpty();
    }

    private static void collect(JsonNode a, JsonNode b, List<String> path, List<List<String>> out) {
        if (a == null || b == null) {
            if (a != b) {
                out.add(List.copyOf(path));
            }
            return;
        }
        if (a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                path.add(name);
                collect(a.get(name), b.get(name), path, out);
                path.remove(path.size() - 1);
            }
            return;
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                path.add(Integer.toString(i));
                collect(a.get(i), b.get(i), path, out);
                path.remove(path.size() - 1);
            }
            return;
        }
        if (!scalarEqual(a, b)) {
            out.add(List.copyOf(path));
        }
    }

    private static boolean scalarEqual(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** A copy in which every string that holds a JSON object or array is replaced by that value. */
    static JsonNode normalise(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.textValue().strip();
            if ((text.startsWith("{") && text.endsWith("}")) || (text.startsWith("[") && text.endsWith("]"))) {
                try {
                    return normalise(MAPPER.readTree(text));
                } catch (JsonProcessingException notJson) {
                    return node;
                }
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(e.getKey(), normalise(e.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(normalise(item)));
            return copy;
        }
        return node;
    }

    /** The path without array positions, for comparing with schema paths that name members only. */
    static List<String> names(List<String> path) {
        List<String> out = new ArrayList<>();
        for (String segment : path) {
            if (!segment.equals("*") && !segment.chars().allMatch(Character::isDigit)) {
                out.add(segment);
            }
        }
        return out;
    }

    /** Whether one of the two member paths starts with the other. */
    static boolean overlaps(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        return a.subList(0, n).equals(b.subList(0, n));
    }
}
