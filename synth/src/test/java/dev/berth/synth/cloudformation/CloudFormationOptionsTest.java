package dev.berth.synth.cloudformation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.testing.ScalePrograms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The CloudFormation-only settings: checked against the program, then used to split it. */
class CloudFormationOptionsTest {

    private final Application app = ScalePrograms.withServices(3);

    @Test
    void aGroupPutsItsServicesIntoOneStack() {
        CloudFormationOptions options = CloudFormationOptions.builder().layout(StackLayout.PER_SERVICE)
                .stackGroup("batch", "svc-0000", "svc-0001").build();
        Synthesis s = Synthesizer.synthesize(app, options);

        assertThat(s.succeeded()).isTrue();
        assertThat(s.cloudFormationStacks()).extracting(CloudFormationStack::name)
                .containsExactly("Scale", "ScaleBatch", "ScaleSvc0002");
    }

    @Test
    void groupsWithASingleLayoutAreAConflict() {
        Synthesis s = Synthesizer.synthesize(app, CloudFormationOptions.builder().layout(StackLayout.SINGLE)
                .stackGroup("batch", "svc-0000").build());

        assertThat(s.succeeded()).isFalse();
        assertThat(s.files()).isEmpty();
        assertThat(s.diagnostics().errors()).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("STACK_LAYOUT_CONFLICT", "cloudFormation.stackGroup[batch]"));
    }

    @Test
    void aGroupNeedsAValidNameAndAServiceOfTheProgram() {
        Synthesis s = Synthesizer.synthesize(app, CloudFormationOptions.builder().layout(StackLayout.PER_SERVICE)
                .stackGroup("batch_jobs", "svc-0000").stackGroup("night", "nightly").build());

        assertThat(s.diagnostics().errors()).extracting(Diagnostic::code, Diagnostic::path).containsExactlyInAnyOrder(
                tuple("STACK_GROUP", "cloudFormation.stackGroup[batch_jobs]"),
                tuple("STACK_GROUP", "cloudFormation.stackGroup[night]"));
        assertThat(s.diagnostics().errors()).anySatisfy(d -> assertThat(d.message()).contains("nightly"));
    }

    @Test
    void theDefaultsAreOneStackWhileItFits() {
        assertThat(CloudFormationOptions.defaults().layout()).isEqualTo(StackLayout.AUTOMATIC);
        assertThat(CloudFormationOptions.defaults().stackGroupOf("api")).isEqualTo("api");
        assertThat(Synthesizer.synthesize(app).cloudFormationStacks()).hasSize(1);
    }
}
