package dev.berth.synth.properties;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the tries of Berth's properties from the system property {@code berth.tries} (default 200), which the
 * surefire configuration passes on: {@code mvn verify -Dberth.tries=5000} is the long soak. Only the properties that
 * add this hook are affected; other jqwik properties keep jqwik's own default.
 */
public final class BerthTries implements AroundPropertyHook {

    static final int DEFAULT_TRIES = 200;

    static int tries() {
        String value = System.getProperty("berth.tries", "").strip();
        return value.isEmpty() ? DEFAULT_TRIES : Integer.parseInt(value);
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        boolean generated = java.util.Arrays.stream(context.targetMethod().getParameters())
                .anyMatch(p -> p.isAnnotationPresent(net.jqwik.api.ForAll.class));
        if (generated) {
            context.attributes().setTries(tries());
        }
        return property.execute();
    }

    /** Registered on a container class, the hook applies to the properties in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundPropertyProximity() {
        return -100; // outside (before) jqwik's own hooks, so the tries are set before generation starts
    }
}
