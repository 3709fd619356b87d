package dev.berth.synth;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.service.Service;
import dev.berth.synth.cloudformation.CloudFormationOptions;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.cloudformation.CloudFormationStack;
import dev.berth.synth.cloudformation.StackLayout;
import dev.berth.synth.cloudformation.TemplateFormat;
import dev.berth.synth.cloudformation.TemplateLimits;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.planning.Planner;
import dev.berth.synth.terraform.TerraformRenderer;
import dev.berth.validation.Rule;
import dev.berth.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        diagnostics = diagnostics.plus(limits(stacks)).plus(nearLimit(cloudFormation, stacks, plan))
                .plus(needsS3(stacks));
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
    private static Diagnostics nearLimit(CloudFormationOptions options, List<CloudFormationStack> stacks, Plan plan) {
        if (options.layout() != StackLayout.AUTOMATIC || stacks.size() != 1) {
            return Diagnostics.none();
        }
        CloudFormationStack stack = stacks.get(0);
        // One more service like the largest may cross a limit even below 80% (a service with ten containers brings
        // dozens of resources): warn while that next service would split the program.
        Plan.Ownership owners = plan.owners();
        long resources = stack.template().path("Resources").size();
        long largestService = largest(owners.resourceOwners().values());
        long largestOutputs = largest(owners.outputOwners().values());
        long largestInputs = largest(owners.inputOwners().values());
        double withOneMore = Math.max(Math.max(
                        (double) (resources + largestService) / TemplateLimits.MAX_RESOURCES,
                        (double) (stack.template().path("Outputs").size() + largestOutputs) / TemplateLimits.MAX_OUTPUTS),
                Math.max((double) (stack.template().path("Parameters").size() + largestInputs)
                                / TemplateLimits.MAX_PARAMETERS,
                        resources == 0 ? 0 : (double) stack.bytes() * (resources + largestService) / resources
                                / TemplateLimits.MAX_BYTES));
        double usage = TemplateLimits.usage(stack);
        if (usage < 0.8 && withOneMore <= 1.0) {
            return Diagnostics.none();
        }
        return new Diagnostics(List.of(Rule.STACK_LAYOUT_NEAR_LIMIT.at("cloudFormation.layout",
                "The program's one CloudFormation stack uses " + Math.round(usage * 100)
                        + "% of a CloudFormation template limit (one more service like its largest would use "
                        + Math.round(withOneMore * 100) + "%); with the AUTOMATIC layout, "
                        + "growing past it splits the program into per-service stacks, and CloudFormation replaces "
                        + "resources that move between stacks.",
                "Choose CloudFormationOptions layout(StackLayout.PER_SERVICE) now (before the first deploy), or "
                        + "SINGLE to keep one stack.")));
    }

    /** The largest number of entries one service owns. */
    private static long largest(java.util.Collection<String> owners) {
        return owners.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting())).values().stream()
                .mapToLong(Long::longValue).max().orElse(0);
    }

    /**
     * Template files too large to pass inline: {@code aws cloudformation deploy} then needs {@code --s3-bucket} (it
     * checks the file's size before calling CloudFormation) and {@code create-stack} a {@code --template-url}. With
     * the PRETTY format, suggest the compact one. (A CDK app is not concerned: the CDK uploads every
     * template to its bootstrap bucket; the construct leaves this warning out.)
     */
    private static Diagnostics needsS3(List<CloudFormationStack> stacks) {
        List<Diagnostic> found = new ArrayList<>();
        for (CloudFormationStack stack : stacks) {
            long bytes = stack.bytes();
            if (bytes <= TemplateLimits.MAX_INLINE_BYTES) {
                continue;
            }
            boolean compact = stack.format() == TemplateFormat.COMPACT;
            String problem = "The CloudFormation template " + stack.name() + ".template.json has " + grouped(bytes)
                    + " bytes" + (compact ? " even in the compact format" : "") + ", more than the "
                    + grouped(TemplateLimits.MAX_INLINE_BYTES) + " bytes CloudFormation accepts inline (aws"
                    + " cloudformation deploy without --s3-bucket, create-stack --template-body).";
            String viaS3 = "deploy it through an S3 bucket: aws cloudformation deploy --s3-bucket <bucket> (or"
                    + " create-stack --template-url), which accepts up to 1 MB.";
            String fix = compact ? "D" + viaS3.substring(1)
                    : "Choose CloudFormationOptions templateFormat(TemplateFormat.AUTOMATIC) or COMPACT to write it"
                    + " without indentation, or " + viaS3;
            found.add(Rule.TEMPLATE_NEEDS_S3.at("cloudFormation.templateFormat", problem, fix));
        }
        return new Diagnostics(found);
    }

    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** A stack CloudFormation would reject: only possible with StackLayout.SINGLE or a very large service. */
    private static Diagnostics limits(List<CloudFormationStack> stacks) {
        List<Diagnostic> found = new ArrayList<>();
        for (CloudFormationStack stack : stacks) {
            List<String> problems = TemplateLimits.problems(stack);
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
