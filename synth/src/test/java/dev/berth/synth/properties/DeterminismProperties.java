package dev.berth.synth.properties;

import dev.berth.synth.Synthesizer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Property 3: the same program, synthesised twice (each time built afresh), gives byte-identical files. */
@AddLifecycleHook(BerthTries.class)
class DeterminismProperties {

    @Property
    void synthesisIsDeterministic(@ForAll("programs") ProgramSpec program) {
        ProgramSpec.Built first = program.build();
        Map<String, String> once = Synthesizer.synthesize(first.app()).files();
        Map<String, String> twice = Synthesizer.synthesize(program.build().app()).files();
        assertThat(once).as("files of\n%s", first).isNotEmpty();
        assertThat(twice.keySet()).containsExactlyElementsOf(once.keySet());
        once.forEach((name, content) -> assertThat(twice.get(name)).as("%s of\n%s", name, first).isEqualTo(content));
    }

    @Provide
    Arbitrary<ProgramSpec> programs() {
        return Programs.valid();
    }
}
