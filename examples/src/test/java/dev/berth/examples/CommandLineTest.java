package dev.berth.examples;

import dev.berth.Application;
import dev.berth.synth.Program;
import dev.berth.synth.cli.BerthCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, Program> programs, String... args) {
        return BerthCli.runPrograms(programs, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void synthWritesEveryExampleAndPrintsASummary(@TempDir Path dir) throws IOException {
        int code = run(BerthExamples.all(), "synth", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(dir.resolve("fargate-web-app/cloudformation/Shop.template.json")).isRegularFile();
        assertThat(dir.resolve("fargate-web-app/terraform/shop/main.tf.json")).isRegularFile();
        assertThat(out.toString()).contains("fargate-web-app:", "resources", "Shop.template.json");
    }

    @Test
    void aProgramWithErrorsExitsNonZeroPrintsEveryDiagnosticAndWritesNothing(@TempDir Path dir) throws IOException {
        Map<String, Program> programs = new LinkedHashMap<>(BerthExamples.all());
        programs.put("broken", Program.of(() -> FargateWebApp.program().toBuilder()
                .service("worker", s -> s.task(t -> t.cpu(256).memory(4096)
                        .container("app", c -> c.image("nginx:1.27").port(70000))))
                .build()));
        Files.writeString(dir.resolve("keep.txt"), "the user's file");

        int code = run(programs, "synth", "--out", dir.toString());

        assertThat(code).isEqualTo(BerthCli.PROGRAM_ERRORS);
        assertThat(out.toString()).contains("FARGATE_CPU_MEMORY", "PORT_RANGE", "service[worker]",
                "nothing was written");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("keep.txt"));
        }
    }

    @Test
    void checkPrintsDiagnosticsAndWritesNothing() {
        int code = run(BerthExamples.all(), "check");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("fargate-web-app: ok");
    }

    @Test
    void unknownProgramPrintsTheSynthUsageAndTheProgramList(@TempDir Path dir) {
        int code = run(BerthExamples.all(), "synth", "--out", dir.toString(), "--program", "nope");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown program 'nope'", "Programs: fargate-web-app",
                "Usage: berth synth", "--out");
    }

    @Test
    void anUnknownCodeToAcknowledgeIsAnErrorNamingTheKnownOnes() {
        int code = run(BerthExamples.all(), "check", "--acknowledge", "IMAGE_MUTABLE_TAGS");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown code 'IMAGE_MUTABLE_TAGS'", "Known codes:",
                "IMAGE_MUTABLE_TAG,");
    }

    @Test
    void anEmptyOutputFolderIsAnError() {
        int code = run(BerthExamples.all(), "synth", "--out", "");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--out must name a folder");
    }

    @Test
    void aProgramWhoseBuilderThrowsIsTheProgramsFailureWithItsOwnFrames(@TempDir Path dir) throws IOException {
        Map<String, Program> programs = new LinkedHashMap<>(BerthExamples.all());
        programs.put("broken", Program.of(com.example.shop.BrokenShop::build));

        int code = run(programs, "synth", "--out", dir.toString());

        assertThat(code).isEqualTo(BerthCli.PROGRAM_ERRORS);
        assertThat(err.toString())
                .contains("berth: program broken failed to build: java.lang.NullPointerException")
                .containsPattern("\tat com\\.example"
                        + "\\.shop\\.BrokenShop\\.lambda\\$build\\$\\d+\\(BrokenShop\\.java:16\\)")
                .contains("\tat com.example.shop.BrokenShop.build(BrokenShop.java:")
                .doesNotContain("bug in Berth", "dev.berth.dsl", "java.util.", "org.junit");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aProgramThatThrowsWithANullNameIsTheProgramsFailure(@TempDir Path dir) {
        Map<String, Program> programs = Map.of("nameless", Program.of(() -> FargateWebApp.program().toBuilder()
                .service(null, s -> s.task(t -> t.container("app", c -> c.image("nginx:1.27"))))
                .build()));

        int code = run(programs, "check");

        assertThat(code).isEqualTo(BerthCli.PROGRAM_ERRORS);
        assertThat(err.toString()).contains("berth: program nameless failed to build:",
                "dev.berth.examples.CommandLineTest.lambda$").doesNotContain("bug in Berth");
    }

    @Test
    void anOutputFolderThatIsAFileIsAnIoErrorWithThePath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "a file");

        int code = run(BerthExamples.all(), "synth", "--out", file.toString());

        assertThat(code).isEqualTo(BerthCli.FAILURE);
        assertThat(err.toString()).contains("could not write the output folder", file.toString())
                .doesNotContain("bug in Berth", "\tat ");
        assertThat(file).hasContent("a file");
    }

    @Test
    void aMissingParentThatCannotBeCreatedIsAnIoErrorWithThePath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "a file");
        Path out = file.resolve("sub/out");

        int code = run(BerthExamples.all(), "synth", "--out", out.toString());

        assertThat(code).isEqualTo(BerthCli.FAILURE);
        assertThat(err.toString()).contains("could not write the output folder", out.toString())
                .doesNotContain("bug in Berth", "\tat ");
    }

    @Test
    void synthAgainRemovesWhatAProgramNoLongerProducesAndKeepsTheUsersFiles(@TempDir Path dir)
            throws IOException {
        Map<String, Program> programs = Map.of("shop", Program.of(FargateWebApp::program));
        assertThat(run(programs, "synth", "--out", dir.toString())).isZero();
        Path module = dir.resolve("shop/terraform/shop");
        Files.writeString(module.resolve("stale.tf.json"), "{}"); // as if an earlier Berth had written it
        Files.writeString(dir.resolve("shop/.berth-manifest"), Files.readString(dir.resolve(
                "shop/.berth-manifest")) + "terraform/shop/stale.tf.json\n");
        Files.writeString(module.resolve("terraform.tfvars.json"), "{}"); // the user's

        assertThat(run(programs, "synth", "--out", dir.toString())).isZero();

        assertThat(module.resolve("stale.tf.json")).doesNotExist();
        assertThat(module.resolve("terraform.tfvars.json")).hasContent("{}");
        assertThat(module.resolve("main.tf.json")).isRegularFile();
    }

    @Test
    void synthHelpSaysTheOutputFolderIsBerths() {
        int code = run(BerthExamples.all(), "synth", "--help");

        assertThat(code).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("complete or not at all", "umask",
                ".berth-manifest", "Files Berth did not write");
    }

    @Test
    void helpExplainsTheCommands() {
        int code = run(BerthExamples.all(), "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("synth", "check", "Exit codes");
    }
}
