package dev.berth.synth.properties;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.cli.BerthCli;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Property 7: a valid program with one mutation that breaks exactly one rule is rejected well: the errors carry
 * exactly that rule's code, one names the mutated element, no exception escapes, and the command line exits with 1
 * and writes nothing.
 */
class InvalidProgramProperties {

    /** A valid program, the rule to break and the service to break it in; prints as the program and the mutation. */
    record Invalid(ProgramSpec program, String code, int pick) {
        Mutations.Mutated mutate(Application valid) {
            return Mutations.TABLE.get(code).apply(valid, pick);
        }

        @Override
        public String toString() {
            ProgramSpec.Built built = program.build();
            return built + "\nwith mutation " + code + ": " + mutate(built.app()).description();
        }
    }

    /** A valid program and a pick of the service to mutate; prints as the program and the pick. */
    record WithPick(ProgramSpec program, int pick) {
        @Override
        public String toString() {
            return program + "\nwith pick " + pick;
        }
    }

    @Test
    void invalidProgramsAreRejectedWell() {
        BerthTheories.check(invalidPrograms(), InvalidProgramProperties::rejectedWell);
    }

    private static void rejectedWell(Invalid invalid) {
        try {
            rejectedWellOrIo(invalid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rejectedWellOrIo(Invalid invalid) throws IOException {
        Mutations.Mutated mutated = invalid.mutate(invalid.program().build().app());
        Application app = mutated.app();

        Synthesis[] result = new Synthesis[1];
        assertThatCode(() -> result[0] = Synthesizer.synthesize(app)).as("%s", invalid).doesNotThrowAnyException();
        List<Diagnostic> errors = result[0].diagnostics().errors();
        assertThat(result[0].succeeded()).as("%s", invalid).isFalse();
        assertThat(errors).as("errors of %s", invalid).isNotEmpty()
                .allSatisfy(d -> assertThat(d.code()).as("%s", d).isEqualTo(invalid.code()))
                .anySatisfy(d -> assertThat(d.path()).as("%s", d).contains(mutated.path()));
        assertThat(result[0].files()).isEmpty();

        Path out = Files.createTempDirectory("berth-invalid");
        try {
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int exit = BerthCli.run(Map.of("p", () -> app), new PrintWriter(stdout, true), new PrintWriter(stderr, true),
                    "synth", "--out", out.toString());
            assertThat(exit).as("exit code for %s\n%s%s", invalid, stdout, stderr).isEqualTo(BerthCli.PROGRAM_ERRORS);
            try (Stream<Path> written = Files.list(out)) {
                assertThat(written).as("written for %s", invalid).isEmpty();
            }
        } finally {
            delete(out);
        }
    }

    /**
     * The same check for every mutation of the table on each generated program (without the command line, which
     * the property above runs), so every rule is exercised on as many programs as there are tries.
     */
    @Test
    void everyMutationIsRejectedWithItsCode() {
        Gen<ProgramSpec> programs = Programs.valid();
        Gen<Integer> picks = Programs.between(0, 19);
        Gen<WithPick> gen = in -> new WithPick(programs.generate(in), picks.generate(in));
        BerthTheories.check(gen.describedAs(WithPick::toString),
                InvalidProgramProperties::everyMutationRejected);
    }

    private static void everyMutationRejected(WithPick input) {
        ProgramSpec.Built built = input.program().build();
        int pick = input.pick();
        List<String> problems = new ArrayList<>();
        Mutations.TABLE.forEach((code, mutation) -> {
            Mutations.Mutated mutated = mutation.apply(built.app(), pick);
            try {
                List<Diagnostic> errors = Synthesizer.synthesize(mutated.app()).diagnostics().errors();
                boolean named = errors.stream().anyMatch(d -> d.code().equals(code)
                        && d.path().contains(mutated.path()));
                boolean onlyThisRule = errors.stream().allMatch(d -> d.code().equals(code));
                if (errors.isEmpty() || !named || !onlyThisRule) {
                    problems.add(code + " (" + mutated.description() + ", expected at " + mutated.path() + "): "
                            + errors);
                }
            } catch (RuntimeException e) {
                problems.add(code + " (" + mutated.description() + "): " + e);
            }
        });
        assertThat(problems).as("mutations of\n%s", input).isEmpty();
    }

    /** Every ERROR rule has a mutation in the table (and the table names no code that is not an ERROR rule). */
    @Test
    void everyErrorRuleHasAMutation() {
        assertThat(Mutations.TABLE.keySet()).as("mutation table")
                .containsExactlyInAnyOrderElementsOf(Mutations.errorCodes());
    }

    /** A valid program, one rule of the mutation table, and the service to break it in. */
    static Gen<Invalid> invalidPrograms() {
        Gen<ProgramSpec> programs = Programs.valid();
        Gen<String> codes = org.quicktheories.generators.Generate.pick(List.copyOf(Mutations.TABLE.keySet()));
        Gen<Integer> picks = Programs.between(0, 19);
        Gen<Invalid> gen = in -> new Invalid(programs.generate(in), codes.generate(in), picks.generate(in));
        return gen.describedAs(Invalid::toString);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
