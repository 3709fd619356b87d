package dev.berth.synth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.terraform.TerraformModule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The result of synthesising one program: its diagnostics and, when it has no errors, the plan and both targets.
 *
 * @param stackName the CloudFormation stack name, e.g. {@code Shop}
 */
public record Synthesis(String stackName, Diagnostics diagnostics, Optional<Plan> plan,
                        Optional<ObjectNode> cloudFormation, Optional<TerraformModule> terraform) {

    public boolean succeeded() {
        return !diagnostics.hasErrors() && plan.isPresent();
    }

    static Synthesis failed(String name, Diagnostics diagnostics) {
        return new Synthesis(Names.pascal(name), diagnostics, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Synthesis of(Plan plan, Diagnostics diagnostics) {
        return new Synthesis(Names.pascal(plan.name()), diagnostics, Optional.of(plan),
                Optional.of(CloudFormationRenderer.render(plan)), Optional.of(
                dev.berth.synth.terraform.TerraformRenderer.render(plan)));
    }

    /**
     * The files to write, relative to the program's output folder:
     * {@code cloudformation/<Stack>.template.json} and {@code terraform/<module>/*}. Empty when synthesis failed.
     */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        cloudFormation.ifPresent(t -> files.put("cloudformation/" + stackName + ".template.json", Json.pretty(t)));
        terraform.ifPresent(m -> m.files().forEach((name, content) ->
                files.put("terraform/" + m.name() + "/" + name, content)));
        return files;
    }
}
