package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds one JSON object of a template in insertion order. The {@code ...UnlessEmpty} / {@code ...IfPositive}
 * methods leave a property out where the plan says "leave out", so emitters read as a list of properties.
 */
final class Props {

    private final ObjectNode node = Json.object();

    ObjectNode build() {
        return node;
    }

    Props string(String key, String value) {
        node.put(key, value);
        return this;
    }

    Props stringUnlessEmpty(String key, String value) {
        return value.isEmpty() ? this : string(key, value);
    }

    Props integer(String key, int value) {
        node.put(key, value);
        return this;
    }

    Props integerIfPositive(String key, int value) {
        return value > 0 ? integer(key, value) : this;
    }

    Props number(String key, double value) {
        node.put(key, value);
        return this;
    }

    Props bool(String key, boolean value) {
        node.put(key, value);
        return this;
    }

    Props value(String key, Value value) {
        return json(key, CfnValues.render(value));
    }

    Props value(String key, Optional<Value> value) {
        return value.map(v -> value(key, v)).orElse(this);
    }

    Props values(String key, List<Value> values) {
        return arrayUnlessEmpty(key, CfnValues.renderAll(values));
    }

    Props strings(String key, List<String> values) {
        return arrayUnlessEmpty(key, each(values, Json.mapper().getNodeFactory()::textNode));
    }

    Props json(String key, JsonNode value) {
        node.set(key, value);
        return this;
    }

    Props arrayUnlessEmpty(String key, ArrayNode array) {
        return array.isEmpty() ? this : json(key, array);
    }

    /** {@code [{"Key": k, "Value": v}, ...]} in the plan's (sorted) order; left out when there are no tags. */
    Props tags(Map<String, String> tags) {
        ArrayNode array = Json.array();
        tags.forEach((k, v) -> array.add(keyValue("Key", k, "Value", v)));
        return arrayUnlessEmpty("Tags", array);
    }

    static <T> ArrayNode each(List<T> items, Function<T, ? extends JsonNode> render) {
        ArrayNode array = Json.array();
        items.forEach(item -> array.add(render.apply(item)));
        return array;
    }

    /** A two-property object such as {@code {"Name": n, "Value": v}}. */
    static ObjectNode keyValue(String keyName, String key, String valueName, String value) {
        return new Props().string(keyName, key).string(valueName, value).build();
    }
}
