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
    void unknownProgramIsAUsageError(@TempDir Path dir) {
        int code = run(BerthExamples.all(), "synth", "--out", dir.toString(), "--program", "nope");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown program 'nope'");
    }

    @Test
    void helpExplainsTheCommands() {
        int code = run(BerthExamples.all(), "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("synth", "check", "Exit codes");
    }
}
