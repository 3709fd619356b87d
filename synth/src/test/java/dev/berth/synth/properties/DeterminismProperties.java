package dev.berth.synth.properties;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Property 3: the same program, synthesised twice (each time built afresh), gives byte-identical files. */
class DeterminismProperties {

    @Test
    void synthesisIsDeterministic() {
        BerthTheories.check(Programs.valid(), program -> {
            ProgramSpec.Built first = program.build();
            Map<String, String> once = first.synthesize().files();
            Map<String, String> twice = program.build().synthesize().files();
            assertThat(once).as("files of\n%s", first).isNotEmpty();
            assertThat(twice.keySet()).as("file names of\n%s", first).containsExactlyElementsOf(once.keySet());
            once.forEach((name, content) -> assertThat(twice.get(name)).as("%s of\n%s", name, first)
                    .isEqualTo(content));
        });
    }
}
