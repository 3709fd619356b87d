package dev.berth.synth;

import dev.berth.Application;
import dev.berth.synth.cloudformation.CloudFormationOptions;
import dev.berth.synth.cloudformation.StackLayout;
import dev.berth.synth.testing.ScalePrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The front door a program's {@code main} calls: {@link Berth}. */
class BerthTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(Map<String, ? extends Supplier<Application>> programs, String... args) {
        return Berth.execute(args, programs, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    static Application small() {
        return ScalePrograms.withServices(2);
    }

    @Test
    void mapOfMethodReferencesIsAProgramList() {
        // Map.of infers Supplier<Application> from the parameter: what a user's main writes.
        int code = execute(Map.of("zeta", BerthTest::small, "alpha", BerthTest::small, "mid-1", BerthTest::small),
                "list");

        assertThat(code).isEqualTo(Berth.OK);
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(), "alpha", "mid-1", "zeta", ""));
    }

    @Test
    void synthWritesBothTargetsWithDefaultOptionsForAPlainSupplier(@TempDir Path dir) {
        int code = execute(Map.of("shop", BerthTest::small), "synth", "--out", dir.toString());

        assertThat(code).as(err.toString()).isEqualTo(Berth.OK);
        assertThat(dir.resolve("shop/cloudformation/Scale.template.json")).isRegularFile();
        assertThat(dir.resolve("shop/terraform/scale/main.tf.json")).isRegularFile();
    }

    @Test
    void aProgramValueBringsItsCloudFormationOptions(@TempDir Path dir) throws IOException {
        Program perService = Program.of(BerthTest::small)
                .withCloudFormation(CloudFormationOptions.builder().layout(StackLayout.PER_SERVICE).build());

        int code = execute(Map.of("split", perService), "synth", "--out", dir.toString());

        assertThat(code).as(err.toString()).isEqualTo(Berth.OK);
        try (Stream<Path> stacks = Files.list(dir.resolve("split/cloudformation"))) {
            assertThat(stacks).hasSize(3); // the shared stack and one per service
        }
    }

    @Test
    void exitCodesAreTheCommandLines() {
        assertThat(execute(Map.of("shop", BerthTest::small), "check")).isEqualTo(Berth.OK);
        assertThat(execute(Map.of("shop", BerthTest::small), "nope")).isEqualTo(Berth.USAGE);
        assertThat(execute(Map.of("shop", () -> {
            throw new IllegalStateException("no image tag given");
        }), "check")).isEqualTo(Berth.PROGRAM_ERRORS);
        assertThat(err.toString()).contains("berth: program shop failed to build:", "no image tag given");
    }

    @Test
    void aProgramNameMustBeAPlainFolderName() {
        for (String name : new String[] {"", "..", ".hidden", "a/b", "a\\b", "../escape", "with space"}) {
            assertThatThrownBy(() -> execute(Map.of(name, BerthTest::small), "list"))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a plain folder name");
        }
        assertThat(execute(Map.of("Shop_eu-west-1.v2", BerthTest::small), "list")).isEqualTo(Berth.OK);
    }

    @Test
    void noProgramsIsAMistakeOfTheMain() {
        assertThatThrownBy(() -> execute(Map.of(), "list"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one program");
    }
}
