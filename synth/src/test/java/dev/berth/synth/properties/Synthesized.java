package dev.berth.synth.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.synth.Synthesis;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.terraform.TerraformModule;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One generated program, synthesised: its plan, template and module, parsed for the properties to inspect. */
record Synthesized(ProgramSpec.Built program, Synthesis synthesis, Plan plan, JsonNode template,
                   Map<String, JsonNode> moduleFiles) {

    static final ObjectMapper JSON = new ObjectMapper();

    static Synthesized of(ProgramSpec spec) {
        return of(spec.build());
    }

    static Synthesized of(ProgramSpec.Built program) {
        Synthesis synthesis = program.synthesize();
        assertThat(synthesis.succeeded()).as("synthesis of\n%s\n%s", program, synthesis.diagnostics()).isTrue();
        TerraformModule module = synthesis.terraform().orElseThrow();
        Map<String, JsonNode> files = new LinkedHashMap<>();
        module.files().forEach((name, content) -> {
            if (name.endsWith(".tf.json")) {
                files.put(name, parse(content));
            }
        });
        return new Synthesized(program, synthesis, synthesis.plan().orElseThrow(),
                synthesis.cloudFormation().orElseThrow(), files);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CloudFormation resources, by logical ID. */
    JsonNode cfnResources() {
        return template.path("Resources");
    }

    /** The Terraform resources: type to name to body. */
    JsonNode tfResources() {
        return moduleFiles.get("main.tf.json").path("resource");
    }

    /** Terraform resources by address ({@code type.name}). */
    Map<String, JsonNode> tfByAddress() {
        Map<String, JsonNode> byAddress = new LinkedHashMap<>();
        tfResources().properties().forEach(type -> type.getValue().properties()
                .forEach(r -> byAddress.put(type.getKey() + "." + r.getKey(), r.getValue())));
        return byAddress;
    }

    /** CloudFormation resources by logical ID. */
    Map<String, JsonNode> cfnByLogicalId() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        cfnResources().properties().forEach(r -> byId.put(r.getKey(), r.getValue()));
        return byId;
    }
}
