package dev.berth.synth;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.service.Service;
import dev.berth.synth.cloudformation.CloudFormationOptions;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.cloudformation.CloudFormationStack;
import dev.berth.synth.cloudformation.StackLayout;
import dev.berth.synth.cloudformation.TemplateLimits;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.planning.Planner;
import dev.berth.synth.terraform.TerraformRenderer;
import dev.berth.validation.Rule;
import dev.berth.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Berth's main job as a library call: validate a program, plan it, render both targets. No I/O. */
public final class Synthesizer {

    private Synthesizer() {
    }

    /**
     * Synthesises with the default CloudFormation options (one stack while the program fits).
     *
     * @param app the program's application
     * @return the synthesis: its diagnostics and, when it has no errors, the plan and both targets
     */
    public static Synthesis synthesize(Application app) {
        return synthesize(app, CloudFormationOptions.defaults());
    }

    /**
     * Validates the program and the CloudFormation options, plans, and renders both targets. Every diagnostic is
     * collected; with errors, nothing is rendered.
     *
     * @param app            the program's application
     * @param cloudFormation how the CloudFormation output is split into stacks
     * @return the synthesis: its diagnostics and, when it has no errors, the plan and both targets
     */
    public static Synthesis synthesize(Application app, CloudFormationOptions cloudFormation) {
        Diagnostics diagnostics = Validator.validate(app);
        if (!diagnostics.hasErrors()) {
            diagnostics = diagnostics.plus(cloudFormation.check(app.services().stream().map(Service::name)
                    .collect(Collectors.toSet())));
        }
        if (diagnostics.hasErrors()) {
            return Synthesis.failed(app.name(), diagnostics);
        }
        Planner.Planned planned = Planner.plan(app);
        Plan plan = planned.plan();
        diagnostics = diagnostics.plus(planned.diagnostics());
        if (diagnostics.hasErrors()) {
            return Synthesis.failed(app.name(), diagnostics);
        }
        List<CloudFormationStack> stacks = CloudFormationRenderer.renderStacks(plan, cloudFormation);
        diagnostics = diagnostics.plus(limits(stacks)).plus(nearLimit(cloudFormation, stacks));
        if (diagnostics.hasErrors()) {
            return Synthesis.failed(app.name(), diagnostics);
        }
        return new Synthesis(Names.pascal(plan.name()), diagnostics, Optional.of(plan), stacks,
                Optional.of(TerraformRenderer.render(plan)));
    }

    /**
     * An automatic layout still in one stack but close to the limits: once it crosses them, the next synthesis
     * splits it, and moving resources between stacks makes CloudFormation replace them. Pinning the layout now
     * avoids that.
     */
    private static Diagnostics nearLimit(CloudFormationOptions options, List<CloudFormationStack> stacks) {
        if (options.layout() != StackLayout.AUTOMATIC || stacks.size() != 1
                || TemplateLimits.usage(stacks.get(0).template()) < 0.8) {
            return Diagnostics.none();
        }
        return new Diagnostics(List.of(Rule.STACK_LAYOUT_NEAR_LIMIT.at("cloudFormation.layout",
                "The program's one CloudFormation stack uses " + Math.round(TemplateLimits.usage(stacks.get(0)
                        .template()) * 100) + "% of a CloudFormation template limit; with the AUTOMATIC layout, "
                        + "growing past it splits the program into per-service stacks, and CloudFormation replaces "
                        + "resources that move between stacks.",
                "Choose CloudFormationOptions layout(StackLayout.PER_SERVICE) now (before the first deploy), or "
                        + "SINGLE to keep one stack.")));
    }

    /** A stack CloudFormation would reject: only possible with StackLayout.SINGLE or a very large service. */
    private static Diagnostics limits(List<CloudFormationStack> stacks) {
        List<Diagnostic> found = new ArrayList<>();
        for (CloudFormationStack stack : stacks) {
            List<String> problems = TemplateLimits.problems(stack.template());
            if (!problems.isEmpty()) {
                found.add(Rule.TEMPLATE_LIMIT.at("cloudFormation.layout",
                        "The CloudFormation stack " + stack.name() + " would have " + String.join(", ", problems)
                                + ", beyond what CloudFormation accepts in one template.",
                        "Use CloudFormationOptions layout(StackLayout.PER_SERVICE) (or AUTOMATIC) to give each "
                                + "service, or each stack group, a stack of its own."));
            }
        }
        return new Diagnostics(found);
    }
}
