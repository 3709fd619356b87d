package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.Application;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.testing.ScalePrograms;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StackSplittingTest {

    private static Synthesis synth(Application app) {
        return synth(app, StackLayout.AUTOMATIC);
    }

    private static Synthesis synth(Application app, StackLayout layout) {
        Synthesis s = Synthesizer.synthesize(app, CloudFormationOptions.builder().layout(layout).build());
        assertThat(s.diagnostics().errors()).isEmpty();
        return s;
    }

    private static Map<String, JsonNode> stacks(Synthesis s) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        s.cloudFormationStacks().forEach(st -> byName.put(st.name(), st.template()));
        return byName;
    }

    @Test
    void aSmallProgramIsOneStack() {
        assertThat(synth(ScalePrograms.withServices(3)).cloudFormationStacks()).hasSize(1);
    }

    @Test
    void perServiceGivesASharedStackAndOneStackPerService() {
        Map<String, JsonNode> stacks = stacks(synth(ScalePrograms.withServices(3), StackLayout.PER_SERVICE));

        assertThat(stacks.keySet()).containsExactly("Scale", "ScaleSvc0000", "ScaleSvc0001", "ScaleSvc0002");
        assertThat(stacks.get("Scale").path("Resources").has("ScaleVpc")).isTrue();
        assertThat(stacks.get("ScaleSvc0000").path("Resources").has("Svc0000Service")).isTrue();
        assertThat(stacks.get("ScaleSvc0000").path("Parameters").path("SharedStackName").path("Default").asText())
                .isEqualTo("Scale");
    }

    @Test
    void everyStackIsValidAndEveryImportHasAnExport() {
        Map<String, JsonNode> stacks = stacks(synth(ScalePrograms.withServices(4), StackLayout.PER_SERVICE));

        Set<String> exported = new HashSet<>();
        stacks.get("Scale").path("Outputs").forEach(o -> {
            if (o.has("Export")) {
                exported.add(o.path("Export").path("Name").path("Fn::Sub").asText()
                        .replace("${AWS::StackName}:", ""));
            }
        });
        List<String> imported = new ArrayList<>();
        stacks.forEach((name, template) -> {
            assertThat(CloudFormationTemplateValidator.validate(template)).as(name).isEmpty();
            template.findValues("Fn::ImportValue").forEach(v ->
                    imported.add(v.path("Fn::Sub").asText().replace("${SharedStackName}:", "")));
        });
        assertThat(imported).isNotEmpty();
        assertThat(exported).containsAll(imported);
        assertThat(exported).hasSameElementsAs(new HashSet<>(imported));
    }

    @Test
    void automaticLayoutSplitsAProgramBeyondOneTemplatesLimits() {
        Synthesis s = synth(ScalePrograms.withServices(120));

        assertThat(s.cloudFormationStacks()).hasSize(121);
        s.cloudFormationStacks().forEach(st -> assertThat(TemplateLimits.problems(st)).isEmpty());
    }

    @Test
    void addingAServiceNeverMovesOrChangesAnotherServicesStack() {
        Application before = ScalePrograms.withServices(5);
        Application.Builder grown = before.toBuilder();
        ScalePrograms.addService(grown, 5);
        Map<String, JsonNode> a = stacks(synth(before, StackLayout.PER_SERVICE));
        Map<String, JsonNode> b = stacks(synth(grown.build(), StackLayout.PER_SERVICE));

        assertThat(b.keySet()).containsAll(a.keySet()).contains("ScaleSvc0005");
        a.forEach((name, template) -> {
            if (!name.equals("Scale")) {
                assertThat(b.get(name)).as(name).isEqualTo(template);
            }
        });
        // The shared stack keeps every resource as it was.
        assertThat(b.get("Scale").path("Resources")).isEqualTo(a.get("Scale").path("Resources"));
    }

    @Test
    void anAutomaticLayoutCloseToTheLimitsWarnsBeforeItSplits() {
        Synthesis s = synth(ScalePrograms.withServices(35));

        assertThat(s.cloudFormationStacks()).hasSize(1);
        // 35 services are well beyond what fits inline, even compact: a warning of its own
        assertThat(s.diagnostics().warnings()).extracting(d -> d.code())
                .containsExactly("STACK_LAYOUT_NEAR_LIMIT", "TEMPLATE_NEEDS_S3");
        assertThat(synth(ScalePrograms.withServices(3)).diagnostics().warnings()).isEmpty();
    }

    @Test
    void aSingleLayoutBeyondTheLimitsIsADiagnosticNotABrokenTemplate() {
        Synthesis s = Synthesizer.synthesize(ScalePrograms.withServices(120),
                CloudFormationOptions.builder().layout(StackLayout.SINGLE).build());

        assertThat(s.succeeded()).isFalse();
        assertThat(s.diagnostics().errors()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("TEMPLATE_LIMIT");
            assertThat(d.message()).contains("PER_SERVICE");
        });
        assertThat(s.files()).isEmpty();
    }
}
