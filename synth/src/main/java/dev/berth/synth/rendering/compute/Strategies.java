package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.compute.ComputeResources.StrategyItem;
import dev.berth.synth.rendering.Body;

/** One item of a capacity provider strategy, as clusters and services spell it. */
final class Strategies {

    private Strategies() {
    }

    static void cloudFormation(Body item, StrategyItem s) {
        item.string("CapacityProvider", s.provider()).integer("Base", s.base()).integer("Weight", s.weight());
    }

    static void terraform(Body block, StrategyItem s) {
        block.string("capacity_provider", s.provider()).integer("base", s.base()).integer("weight", s.weight());
    }
}
