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
            once.forEach((name, content) -> assertThat(firstDifference(content, twice.get(name)))
                    .as("%s of\n%s", name, first).isEmpty());
        });
    }

    /** Empty when the texts are equal, else the first line where they differ (the files are long). */
    static String firstDifference(String once, String twice) {
        if (once.equals(twice)) {
            return "";
        }
        String[] a = once.split("\n", -1);
        String[] b = twice.split("\n", -1);
        int line = 0;
        while (line < a.length && line < b.length && a[line].equals(b[line])) {
            line++;
        }
        return "differs between two syntheses at line " + (line + 1) + ":\n  first:  "
                + (line < a.length ? a[line].strip() : "(end of file)") + "\n  second: "
                + (line < b.length ? b[line].strip() : "(end of file)");
    }
}
