package dev.berth.synth.testing;

import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.Output;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.planning.CreationOrders;

import java.util.List;

/** Hand-made plans for renderer tests, with the creation order planning decides for their resources. */
public final class TestPlans {

    private TestPlans() {
    }

    public static Plan of(String name, String description, List<PlannedResource> resources, List<Input> inputs,
                          List<Output> outputs, Plan.Ownership owners) {
        return new Plan(name, description, resources, inputs, outputs, owners, CreationOrders.decide(resources));
    }
}
