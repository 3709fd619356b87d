package dev.berth.synth;

import dev.berth.synth.codedeploy.AppSpecFile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.cloudformation.CloudFormationStack;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.terraform.TerraformModule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of synthesising one program: its diagnostics and, when it has no errors, the plan and both targets.
 *
 * @param stackName            the (shared) CloudFormation stack name, e.g. {@code Shop}
 * @param diagnostics          every error and warning found, in the order found
 * @param plan                 the plan both targets were rendered from; empty with errors
 * @param cloudFormationStacks the stacks written to disk: the one template, or a shared stack and service stacks
 *                             when the program is split ({@code StackLayout}); empty with errors
 * @param terraform            the Terraform module; empty with errors
 */
public record Synthesis(String stackName, Diagnostics diagnostics, Optional<Plan> plan,
                        List<CloudFormationStack> cloudFormationStacks, Optional<TerraformModule> terraform) {

    /**
     * A synthesis of these parts.
     *
     * @param stackName            the (shared) CloudFormation stack name
     * @param diagnostics          the diagnostics
     * @param plan                 the plan, if any
     * @param cloudFormationStacks the CloudFormation stacks
     * @param terraform            the Terraform module, if any
     */
    public Synthesis {
        cloudFormationStacks = List.copyOf(cloudFormationStacks);
    }

    /**
     * The whole program as one template (what a CDK app embeds, and the reference for comparing targets). For a
     * split program it is rendered on demand: the command line never needs it.
     *
     * @return the template; empty with errors
     */
    public Optional<ObjectNode> cloudFormation() {
        if (cloudFormationStacks.size() == 1) {
            return Optional.of(cloudFormationStacks.get(0).template());
        }
        return plan.map(CloudFormationRenderer::render);
    }

    /**
     * Whether the program synthesised: it has no errors (warnings are fine) and so a plan and both targets.
     *
     * @return true if {@link #files()} holds the output
     */
    public boolean succeeded() {
        return !diagnostics.hasErrors() && plan.isPresent();
    }

    static Synthesis failed(String name, Diagnostics diagnostics) {
        return new Synthesis(Names.pascal(name), diagnostics, Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * The files to write, relative to the program's output folder:
     * {@code cloudformation/<Stack>.template.json} (one per stack), {@code terraform/<module>/*} and, for each
     * service deployed by CodeDeploy, {@code codedeploy/<service>.appspec.yaml}. Empty when synthesis failed.
     *
     * @return relative path to content, in the order written
     */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (CloudFormationStack stack : cloudFormationStacks) {
            files.put("cloudformation/" + stack.name() + ".template.json", stack.text());
        }
        terraform.ifPresent(m -> m.files().forEach((name, content) ->
                files.put("terraform/" + m.name() + "/" + name, content)));
        appSpecs().forEach((service, content) -> files.put(AppSpecFile.path(service), content));
        return files;
    }

    /**
     * The {@code appspec.yaml} of each service deployed by CodeDeploy (deployment controller CODE_DEPLOY), for
     * {@code aws deploy create-deployment} or CodePipeline's ECS blue/green action (docs/deployments.md). Its task
     * definition is the placeholder {@code <TASK_DEFINITION>}.
     *
     * @return service name to the file's text; empty without such services or when synthesis failed
     */
    public Map<String, String> appSpecs() {
        return plan.map(AppSpecFile::of).orElse(Map.of());
    }
}
