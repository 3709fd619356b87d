package dev.berth.synth.planning;

import dev.berth.synth.plan.CreationOrder;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The planned resources a plan record refers to: every {@link Value.Ref} among its components, and every
 * {@link ResourceId} other than its own {@code id}, however deeply nested in records, lists, maps and
 * concatenations. Renderers write each of them as a reference ({@code Ref}, {@code Fn::GetAtt}, a {@code Fn::Sub}
 * variable, an import; {@code ${type.name.attribute}}), and both targets create a resource after everything it
 * references: this is the creation order a reference already implies ({@link CreationOrder}).
 *
 * <p>A plan record holds only values this walker reads (records, collections, maps, values, resource IDs, strings,
 * numbers, booleans and enums): anything else is a planner bug, reported rather than skipped, so that a reference
 * cannot hide where the walker does not look.
 */
public final class References {

    /** The record components of each record class, read once. */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor)
                    .peek(m -> m.setAccessible(true)).toList();
        }
    };

    private References() {
    }

    /** What {@code resource} refers to, in the order its components name them; never its own ID. */
    public static Set<ResourceId> of(PlannedResource resource) {
        Set<ResourceId> found = new LinkedHashSet<>();
        walk(resource, found);
        found.remove(resource.id());
        return found;
    }

    private static void walk(Object value, Set<ResourceId> found) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Value.Ref ref) {
            found.add(ref.target());
        } else if (value instanceof Value.Concat concat) {
            concat.parts().forEach(part -> walk(part, found));
        } else if (value instanceof Value) {
            return; // literals, inputs, pseudo values and zone names refer to no resource
        } else if (value instanceof ResourceId id) {
            found.add(id);
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> walk(element, found));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                walk(key, found);
                walk(element, found);
            });
        } else if (value.getClass().isRecord()) {
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                walk(read(accessor, value), found);
            }
        } else {
            throw new IllegalStateException("a plan record holds a " + value.getClass().getName()
                    + ", which References cannot read (a planner bug): use records, lists, maps and values");
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of " + record.getClass().getName(), e);
        }
    }
}
