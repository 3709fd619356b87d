package dev.berth.examples;

import dev.berth.synth.Program;
import dev.berth.synth.cli.BerthCli;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code berth diff --out expected}: the committed outputs are the last synth of the examples (same layout as
 * {@code berth synth --out}), so the examples as they are now do not differ from them, and a change shows.
 */
class DiffExamplesTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, Program> programs, String... args) {
        return BerthCli.runPrograms(programs, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theExamplesDoNotDifferFromTheirCommittedOutputs() {
        assertThat(run(BerthExamples.all(), "diff", "--out", "expected")).as("%s%s", out, err).isZero();
        assertThat(out.toString()).isEqualTo("fargate-web-app: no differences\ninternal-workers: no differences\n"
                + "hardened-platform: no differences\nevent-driven: no differences\nec2-platform: no differences\n"
                + "No differences.\n");
    }

    @Test
    void aNewServiceIsAddedInBothTargets() {
        Map<String, Program> programs = new LinkedHashMap<>(BerthExamples.all());
        programs.put("fargate-web-app", Program.of(() -> FargateWebApp.program().toBuilder()
                .service("mailer", s -> s.task(t -> t.container("app", c -> c
                        .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/mailer:1.0.0"))))
                .build()));

        int code = run(programs, "diff", "--out", "expected", "--program", "fargate-web-app");

        assertThat(code).as("%s%s", out, err).isEqualTo(4);
        assertThat(out.toString()).contains("+ MailerService (AWS::ECS::Service)", "+ aws_ecs_service.mailer",
                "nothing is replaced or removed").doesNotContain("internal-workers");
    }
}
