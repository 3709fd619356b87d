package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Value;
import dev.berth.synth.rendering.Body;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static dev.berth.synth.terraform.TfValues.text;

/**
 * A {@link Body} in Terraform JSON's spelling: every string is a template, so plain strings are escaped and plan
 * values interpolate ({@link TfValues}); tags are a map; a document is a string of compact JSON whose strings are
 * themselves templates (the provider's {@code container_definitions} and IAM {@code policy}).
 */
final class TfBody implements Body {

    private final ObjectNode node = Json.object();
    private final TfValues values;

    TfBody(TfValues values) {
        this.values = values;
    }

    ObjectNode build() {
        return node;
    }

    @Override
    public TfBody string(String key, String value) {
        if (value != null) {
            node.put(key, text(value));
        }
        return this;
    }

    @Override
    public TfBody integer(String key, Integer value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    @Override
    public TfBody wholeNumber(String key, Long value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    @Override
    public TfBody number(String key, Double value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    @Override
    public TfBody bool(String key, Boolean value) {
        if (value != null) {
            node.put(key, value);
        }
        return this;
    }

    @Override
    public TfBody value(String key, Value value) {
        if (value != null) {
            node.put(key, values.render(value));
        }
        return this;
    }

    @Override
    public TfBody base64(String key, Value value) {
        if (value != null) {
            node.put(key, TfValues.interpolate("base64encode(" + values.quotedTemplate(value) + ")"));
        }
        return this;
    }

    @Override
    public TfBody values(String key, List<Value> list) {
        if (!list.isEmpty()) {
            node.set(key, values.array(list));
        }
        return this;
    }

    @Override
    public TfBody strings(String key, List<String> list) {
        if (!list.isEmpty()) {
            node.set(key, TfValues.texts(list));
        }
        return this;
    }

    @Override
    public TfBody oneOrMany(String key, List<Value> list) {
        return list.size() == 1 ? value(key, list.get(0)) : values(key, list);
    }

    @Override
    public TfBody object(String key, Consumer<Body> fill) {
        TfBody nested = new TfBody(values);
        fill.accept(nested);
        node.set(key, nested.build());
        return this;
    }

    @Override
    public <T> TfBody objects(String key, List<T> items, BiConsumer<Body, T> fill) {
        if (!items.isEmpty()) {
            node.set(key, array(items, fill));
        }
        return this;
    }

    @Override
    public <T> TfBody requiredObjects(String key, List<T> items, BiConsumer<Body, T> fill) {
        node.set(key, array(items, fill));
        return this;
    }

    @Override
    public TfBody valueMap(String key, Map<String, Value> entries) {
        ObjectNode map = node.putObject(key);
        entries.forEach((k, v) -> map.put(text(k), values.render(v)));
        return this;
    }

    @Override
    public TfBody document(String key, Consumer<Body> fill) {
        TfBody document = new TfBody(values);
        fill.accept(document);
        node.put(key, Json.compact(document.build()));
        return this;
    }

    @Override
    public <T> TfBody documentArray(String key, List<T> items, BiConsumer<Body, T> fill) {
        node.put(key, Json.compact(array(items, fill)));
        return this;
    }

    @Override
    public TfBody tags(Map<String, String> tags) {
        values.putTags(node, tags);
        return this;
    }

    private <T> ArrayNode array(List<T> items, BiConsumer<Body, T> fill) {
        ArrayNode array = Json.array();
        for (T item : items) {
            TfBody element = new TfBody(values);
            fill.accept(element, item);
            array.add(element.build());
        }
        return array;
    }

    @Override
    public TfBody jsonText(String key, Value json) {
        return value(key, json);
    }
}
