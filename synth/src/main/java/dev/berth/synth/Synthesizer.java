package dev.berth.synth;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.Planner;
import dev.berth.validation.Validator;

/** Berth's main job as a library call: validate a program, plan it, render both targets. No I/O. */
public final class Synthesizer {

    private Synthesizer() {
    }

    public static Synthesis synthesize(Application app) {
        Diagnostics diagnostics = Validator.validate(app);
        if (diagnostics.hasErrors()) {
            return Synthesis.failed(app.name(), diagnostics);
        }
        Plan plan = Planner.plan(app);
        diagnostics = diagnostics.plus(Planner.nameCollisions(plan));
        if (diagnostics.hasErrors()) {
            return Synthesis.failed(app.name(), diagnostics);
        }
        return Synthesis.of(plan, diagnostics);
    }
}
