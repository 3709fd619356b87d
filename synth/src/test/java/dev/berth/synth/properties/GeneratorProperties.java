package dev.berth.synth.properties;

import dev.berth.diagnostics.Diagnostics;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.validation.Validator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator of valid programs is right: every program it makes is one Berth accepts. */
@AddLifecycleHook(BerthTries.class)
class GeneratorProperties {

    @Property
    void generatedProgramsHaveNoErrors(@ForAll("programs") ProgramSpec program) {
        ProgramSpec.Built built = program.build();
        int services = program.services().size();
        int containers = program.services().stream().mapToInt(x -> x.containers().size()).max().orElse(0);
        net.jqwik.api.statistics.Statistics.label("services")
                .collect(services <= 3 ? "1-3" : services <= 8 ? "4-8" : services <= 15 ? "9-15" : "16-20");
        net.jqwik.api.statistics.Statistics.label("most containers in a task")
                .collect(containers <= 3 ? "1-3" : containers <= 7 ? "4-7" : "8-10");
        net.jqwik.api.statistics.Statistics.label("network").collect(program.network().existing() ? "existing VPC"
                : "new VPC, NAT " + program.network().nat());
        Diagnostics diagnostics = Validator.validate(built.app());
        assertThat(diagnostics.errors()).as("errors of\n%s", built).isEmpty();
        Synthesis synthesis = Synthesizer.synthesize(built.app());
        assertThat(synthesis.diagnostics().errors()).as("planner errors of\n%s", built).isEmpty();
        assertThat(synthesis.succeeded()).isTrue();
    }

    @Provide
    Arbitrary<ProgramSpec> programs() {
        return Programs.valid();
    }
}
