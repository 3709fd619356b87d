package dev.berth.synth.properties;

import dev.berth.synth.diff.Change;
import dev.berth.synth.diff.DiffInputException;
import dev.berth.synth.diff.OutputDiff;
import dev.berth.synth.diff.ProgramDiff;
import dev.berth.synth.diff.ProgramOutput;
import dev.berth.synth.diff.Section;
import dev.berth.validation.Rule;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code berth diff} on generated programs: a program's output does not differ from itself, and adding a service
 * replaces and removes nothing that exists (what {@link StabilityProperties} checks resource by resource, seen as a
 * user deploying the change would see it) — unless the smaller program was warned that its automatic stack layout
 * is near a limit ({@code STACK_LAYOUT_NEAR_LIMIT}), when the only deletions are moves into per-service stacks.
 */
class DiffProperties {

    private static ProgramOutput output(Synthesized s) {
        try {
            return ProgramOutput.of(s.synthesis().files(), Path.of("out"));
        } catch (DiffInputException e) {
            throw new AssertionError(e);
        }
    }

    private static String printed(OutputDiff diff) {
        StringWriter text = new StringWriter();
        diff.print(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void aProgramDoesNotDifferFromItself() {
        BerthTheories.check(Programs.valid(), spec -> {
            // Synthesis is deterministic (DeterminismProperties); this checks the comparison, so one synthesis
            // read twice will do.
            Synthesized s = Synthesized.of(spec);
            OutputDiff diff = new OutputDiff();
            diff.compare("p", output(s), output(s), "");
            assertThat(diff.hasDifferences()).as("%s\n%s", spec, printed(diff)).isFalse();
        });
    }

    @Test
    void addingAServiceReplacesAndRemovesNothing() {
        BerthTheories.check(Programs.validWithExtraService(), input -> {
            OutputDiff diff = new OutputDiff();
            Synthesized before = Synthesized.of(input.program());
            ProgramDiff program = diff.compare("p", output(before), output(Synthesized.of(input.larger())), "");
            List<Change> destructive = program.sections().stream().map(Section::changes).flatMap(List::stream)
                    .filter(c -> c.resource() && (c.kind() == Change.Kind.REPLACE || c.kind() == Change.Kind.REMOVE))
                    .toList();
            boolean warned = before.synthesis().diagnostics().all().stream()
                    .anyMatch(d -> d.code().equals(Rule.STACK_LAYOUT_NEAR_LIMIT.name()));
            if (warned) {
                // The automatic layout may split the program now, as the warning said: only moves between stacks.
                assertThat(destructive).as("%s\n%s", input, printed(diff))
                        .allMatch(c -> c.kind() == Change.Kind.REMOVE && c.detail().startsWith("moved to stack"));
            } else {
                assertThat(destructive).as("%s\n%s", input, printed(diff)).isEmpty();
            }
            List<Change> added = program.sections().stream().map(Section::changes).flatMap(List::stream)
                    .filter(c -> c.resource() && c.kind() == Change.Kind.ADD).toList();
            assertThat(added).as("%s\n%s", input, printed(diff)).isNotEmpty();
        });
    }
}
