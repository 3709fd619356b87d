package dev.berth.synth.plan;

import dev.berth.synth.planning.Planner;
import dev.berth.synth.testing.ScalePrograms;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan is a value: every collection reachable from it (resources, their lists, maps and tags, nested records) is
 * unmodifiable, so no renderer or caller of {@code Synthesis.plan()} can change what another reads.
 */
class PlanImmutabilityTest {

    @Test
    void everyCollectionOfAPlanIsUnmodifiable() {
        Plan plan = Planner.plan(ScalePrograms.withServices(4)).plan();
        List<String> mutable = new ArrayList<>();
        walk(plan, "plan", mutable);
        assertThat(mutable).as("collections of the plan that can be modified").isEmpty();
    }

    private static void walk(Object value, String path, List<String> mutable) {
        if (value == null) {
            return;
        }
        // Children first: the check clears a modifiable collection (the plan is thrown away afterwards).
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", mutable);
            }
            if (modifiable(collection)) {
                mutable.add(path + " (" + value.getClass().getName() + ")");
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "[" + k + "]", mutable));
            if (modifiable(map)) {
                mutable.add(path + " (" + value.getClass().getName() + ")");
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    walk(component.getAccessor().invoke(value), path + "." + component.getName(), mutable);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean modifiable(Collection collection) {
        try {
            collection.clear();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean modifiable(Map map) {
        try {
            map.clear();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
