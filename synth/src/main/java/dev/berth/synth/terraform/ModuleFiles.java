package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Input;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Output;

import java.util.List;

import static dev.berth.synth.terraform.TfValues.interpolate;
import static dev.berth.synth.terraform.TfValues.quoted;
import static dev.berth.synth.terraform.TfValues.text;

/**
 * The module's interface and requirements: variables.tf.json, outputs.tf.json and versions.tf.json. A file with
 * nothing to declare is {@code {}}, which Terraform reads as an empty file.
 *
 * <p>In Terraform JSON, a variable's description and default and an output's description are literal strings;
 * validation rules and output values are templates and are escaped.
 */
final class ModuleFiles {

    static final String TERRAFORM_VERSION = ">= 1.5.0";
    static final String AWS_PROVIDER_SOURCE = "hashicorp/aws";
    static final String AWS_PROVIDER_VERSION = ">= 6.0, < 7.0";

    private ModuleFiles() {
    }

    static ObjectNode variables(List<Input> inputs) {
        ObjectNode file = Json.object();
        if (!inputs.isEmpty()) {
            ObjectNode variables = file.putObject("variable");
            inputs.forEach(input -> variables.set(Names.snake(input.name()), variable(input)));
        }
        return file;
    }

    static ObjectNode outputs(List<Output> outputs, TfValues values) {
        ObjectNode file = Json.object();
        if (!outputs.isEmpty()) {
            ObjectNode section = file.putObject("output");
            for (Output output : outputs) {
                ObjectNode body = section.putObject(Names.snake(output.name()));
                body.put("description", output.description());
                body.put("value", values.render(output.value()));
            }
        }
        return file;
    }

    /** No provider block: a module leaves provider configuration to its caller. */
    static ObjectNode versions() {
        ObjectNode file = Json.object();
        ObjectNode terraform = file.putObject("terraform");
        terraform.put("required_version", TERRAFORM_VERSION);
        ObjectNode aws = terraform.putObject("required_providers").putObject("aws");
        aws.put("source", AWS_PROVIDER_SOURCE);
        aws.put("version", AWS_PROVIDER_VERSION);
        return file;
    }

    private static ObjectNode variable(Input input) {
        String name = Names.snake(input.name());
        ObjectNode body = Json.object();
        body.put("type", "string");
        body.put("description", input.description());
        body.put("default", input.defaultValue());
        if (!input.allowedPattern().isEmpty()) {
            ObjectNode rule = body.putArray("validation").addObject();
            rule.put("condition", interpolate("can(regex(" + quoted(anchored(input.allowedPattern()))
                    + ", var." + name + "))"));
            // Terraform wants a sentence: a capital letter first, a full stop last
            rule.put("error_message", text("The value of " + name + " must match the regular expression "
                    + input.allowedPattern() + "."));
        }
        return body;
    }

    /**
     * CloudFormation's AllowedPattern must match the whole value, Terraform's regex() any part of it: anchoring the
     * pattern makes both targets accept the same values.
     */
    private static String anchored(String pattern) {
        return "^(?:" + pattern + ")$";
    }
}
