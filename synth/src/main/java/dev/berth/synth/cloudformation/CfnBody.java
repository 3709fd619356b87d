package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Value;
import dev.berth.synth.rendering.Body;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A {@link Body} in CloudFormation's spelling: plan values as intrinsic functions ({@link CfnValues}), tags as
 * {@code [{"Key": k, "Value": v}]}, documents as JSON objects.
 */
final class CfnBody implements Body {

    private final ObjectNode node = Json.object();
    private final CfnValues values;

    CfnBody(CfnValues values) {
        this.values = values;
    }

    ObjectNode build() {
        return node;
    }

    @Override
    public CfnBody string(String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    @Override
    public CfnBody integer(String key, Integer value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    @Override
    public CfnBody wholeNumber(String key, Long value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    @Override
    public CfnBody number(String key, Double value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    @Override
    public CfnBody bool(String key, Boolean value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    @Override
    public CfnBody value(String key, Value value) {
        if (value != null) {
            node.set(key, values.render(value));
        }
        return this;
    }

    @Override
    public CfnBody base64(String key, Value value) {
        if (value != null) {
            node.putObject(key).set("Fn::Base64", values.render(value));
        }
        return this;
    }

    @Override
    public CfnBody values(String key, List<Value> list) {
        return arrayUnlessEmpty(key, values.renderAll(list));
    }

    @Override
    public CfnBody strings(String key, List<String> list) {
        ArrayNode array = Json.array();
        list.forEach(array::add);
        return arrayUnlessEmpty(key, array);
    }

    @Override
    public CfnBody oneOrMany(String key, List<Value> list) {
        if (list.size() == 1) {
            return value(key, list.get(0));
        }
        return values(key, list);
    }

    @Override
    public CfnBody object(String key, Consumer<Body> fill) {
        CfnBody nested = new CfnBody(values);
        fill.accept(nested);
        node.set(key, nested.build());
        return this;
    }

    @Override
    public <T> CfnBody objects(String key, List<T> items, BiConsumer<Body, T> fill) {
        return arrayUnlessEmpty(key, array(items, fill));
    }

    @Override
    public <T> CfnBody requiredObjects(String key, List<T> items, BiConsumer<Body, T> fill) {
        node.set(key, array(items, fill));
        return this;
    }

    @Override
    public CfnBody valueMap(String key, Map<String, Value> entries) {
        CfnBody nested = new CfnBody(values);
        entries.forEach(nested::value);
        node.set(key, nested.build());
        return this;
    }

    @Override
    public CfnBody document(String key, Consumer<Body> fill) {
        return object(key, fill);
    }

    @Override
    public <T> CfnBody documentArray(String key, List<T> items, BiConsumer<Body, T> fill) {
        node.set(key, array(items, fill));
        return this;
    }

    @Override
    public CfnBody tags(Map<String, String> tags) {
        ArrayNode array = Json.array();
        tags.forEach((k, v) -> array.add(new CfnBody(values).string("Key", k).string("Value", v).build()));
        return arrayUnlessEmpty("Tags", array);
    }

    private <T> ArrayNode array(List<T> items, BiConsumer<Body, T> fill) {
        ArrayNode array = Json.array();
        for (T item : items) {
            CfnBody element = new CfnBody(values);
            fill.accept(element, item);
            array.add(element.build());
        }
        return array;
    }

    private CfnBody arrayUnlessEmpty(String key, ArrayNode array) {
        if (!array.isEmpty()) {
            node.set(key, array);
        }
        return this;
    }

    /**
     * The text is parsed with a placeholder for each reference; a string holding placeholders becomes the
     * concatenation of its text and those references, rendered as CloudFormation writes any value.
     */
    @Override
    public CfnBody jsonText(String key, Value json) {
        if (json == null) {
            return this;
        }
        List<Value> parts = json instanceof Value.Concat c ? c.parts() : List.of(json);
        List<Value> references = new java.util.ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Value part : parts) {
            if (part instanceof Value.Literal l) {
                text.append(l.text());
            } else {
                text.append(PLACEHOLDER).append(references.size()).append(PLACEHOLDER);
                references.add(part);
            }
        }
        try {
            node.set(key, splice(Json.mapper().readTree(text.toString()), references));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the plan holds JSON text that is not JSON (a planner bug): " + text, e);
        }
        return this;
    }

    private static final String PLACEHOLDER = "\u00a7berth-ref\u00a7";

    private com.fasterxml.jackson.databind.JsonNode splice(com.fasterxml.jackson.databind.JsonNode n,
                                                          List<Value> references) {
        if (n.isObject()) {
            ObjectNode out = Json.object();
            n.properties().forEach(e -> out.set(e.getKey(), splice(e.getValue(), references)));
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = Json.array();
            n.forEach(e -> out.add(splice(e, references)));
            return out;
        }
        if (!n.isTextual() || !n.asText().contains(PLACEHOLDER)) {
            return n;
        }
        String[] pieces = n.asText().split(PLACEHOLDER, -1);
        List<Object> joined = new java.util.ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            // odd pieces are reference numbers, even pieces text
            joined.add(i % 2 == 1 ? references.get(Integer.parseInt(pieces[i])) : pieces[i]);
        }
        return values.render(Value.concat(joined.toArray()));
    }
}
