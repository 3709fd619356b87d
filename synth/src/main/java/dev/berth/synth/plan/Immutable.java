package dev.berth.synth.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable copies that keep the order a plan decided, for the compact constructors of plan records. */
public final class Immutable {

    private Immutable() {
    }

    public static <T> List<T> list(List<T> list) {
        return List.copyOf(list);
    }

    /** An unmodifiable copy in the same iteration order ({@code Map.copyOf} would lose it). */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** An IAM condition block: operator to key to value, both levels unmodifiable and in order. */
    public static <V> Map<String, Map<String, V>> nested(Map<String, Map<String, V>> map) {
        Map<String, Map<String, V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, map(v)));
        return Collections.unmodifiableMap(copy);
    }
}
