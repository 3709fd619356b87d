package dev.berth.synth.cli;

import dev.berth.Application;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;
import dev.berth.synth.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code berth diff} on outputs of real syntheses: what it prints and the exit codes a CI job reads. */
class DiffCommandTest {

    private static final String IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:1.0";

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** The shop: one load-balanced service; the knobs are what the tests change between two syntheses. */
    private static Application shop(int desiredCount, String logGroupName, boolean queue) {
        return shop(desiredCount, logGroupName, queue, "main");
    }

    private static Application shop(int desiredCount, String logGroupName, boolean queue, String cluster) {
        Application.Builder app = Application.builder("shop")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2).natGateways(NatGateways.NONE))
                .endpoints(Endpoints.automatic())
                .cluster("main", c -> { })
                .cluster("spare", c -> { })
                .loadBalancer("web", lb -> { })
                .service("api", s -> s.desiredCount(desiredCount).cluster(cluster)
                        .task(t -> t.container("app", c -> {
                            c.image(IMAGE).port(8080);
                            if (logGroupName != null) {
                                c.logging(l -> l.logGroupName(logGroupName));
                            }
                        }))
                        .expose("web", e -> e.path("/*")));
        if (queue) {
            app.queue("jobs", q -> { });
        }
        return app.build();
    }

    private static Map<String, Program> programs(Application shop) {
        Map<String, Program> programs = new LinkedHashMap<>();
        programs.put("shop", Program.of(() -> shop));
        return programs;
    }

    private int run(Map<String, Program> programs, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return BerthCli.runPrograms(programs, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Synthesises the program into {@code dir} (as {@code dir/shop/...}). */
    private void synth(Application shop, Path dir) {
        assertThat(run(programs(shop), "synth", "--out", dir.toString())).as("synth: %s %s", out, err).isZero();
    }

    private int diff(Path before, Path after) {
        return run(programs(shop(2, null, false)), "diff", before.toString(), after.toString());
    }

    @Test
    void twoSynthesesOfTheSameProgramHaveNoDifferences(@TempDir Path dir) {
        synth(shop(2, null, false), dir.resolve("a"));
        synth(shop(2, null, false), dir.resolve("b"));

        assertThat(diff(dir.resolve("a/shop"), dir.resolve("b/shop"))).isEqualTo(DiffCommand.NO_DIFFERENCES);
        assertThat(out.toString()).isEqualTo("shop: no differences\nNo differences.\n");
    }

    @Test
    void formattingPlaysNoPart(@TempDir Path dir) throws IOException {
        synth(shop(2, null, false), dir.resolve("a"));
        synth(shop(2, null, false), dir.resolve("b"));
        Path template = dir.resolve("b/shop/cloudformation/Shop.template.json");
        Files.writeString(template, Files.readString(template).replace("\n", " ").replace("  ", ""));

        assertThat(diff(dir.resolve("a/shop"), dir.resolve("b/shop"))).isEqualTo(DiffCommand.NO_DIFFERENCES);
    }

    @Test
    void aDesiredCountIsChangedInPlace(@TempDir Path dir) {
        synth(shop(2, null, false), dir.resolve("a"));
        synth(shop(3, null, false), dir.resolve("b"));

        int code = diff(dir.resolve("a/shop"), dir.resolve("b/shop"));

        assertThat(code).as(out.toString()).isEqualTo(DiffCommand.DIFFERENCES);
        assertThat(out.toString()).contains(
                "  CloudFormation stack Shop (cloudformation/Shop.template.json)\n"
                        + "    ~ ApiService (AWS::ECS::Service) changed (properties: DesiredCount)\n",
                "  Terraform module shop (terraform/shop)\n"
                        + "    ~ aws_ecs_service.api changed (arguments: desired_count)\n",
                "  CloudFormation: 0 to add, 1 to change, 0 to replace, 0 to remove\n",
                "Differences found: resources are added or changed in place; nothing is replaced or removed.")
                .doesNotContain("!");
    }

    @Test
    void aNewLogGroupNameReplacesTheLogGroupAndTheTaskDefinitionThatWritesToIt(@TempDir Path dir) {
        synth(shop(2, "/shop/api-logs", false), dir.resolve("a"));
        synth(shop(2, "/shop/api-logs-2", false), dir.resolve("b"));

        int code = diff(dir.resolve("a/shop"), dir.resolve("b/shop"));

        assertThat(code).as(out.toString()).isEqualTo(DiffCommand.DESTRUCTIVE);
        assertThat(out.toString()).contains(
                "    ! ApiAppLogGroup (AWS::Logs::LogGroup) will be replaced: LogGroupName changed\n",
                "    ~ ApiTaskDefinition (AWS::ECS::TaskDefinition) gets a new revision: ContainerDefinitions refers"
                        + " to ApiAppLogGroup, which will be replaced\n",
                "    ~ ApiService (AWS::ECS::Service) changed (properties: TaskDefinition (refers to"
                        + " ApiTaskDefinition, which gets a new revision))\n",
                "    ! aws_cloudwatch_log_group.api_app will be replaced: name changed\n",
                "    ~ aws_ecs_task_definition.api gets a new revision: container_definitions refers to"
                        + " aws_cloudwatch_log_group.api_app, which will be replaced\n",
                "Differences found: resources will be replaced or removed (! and - above).");
    }

    @Test
    void aServiceMovedToAnotherClusterWillBeReplaced(@TempDir Path dir) {
        synth(shop(2, null, false, "main"), dir.resolve("a"));
        synth(shop(2, null, false, "spare"), dir.resolve("b"));

        int code = diff(dir.resolve("a/shop"), dir.resolve("b/shop"));

        assertThat(code).as(out.toString()).isEqualTo(DiffCommand.DESTRUCTIVE);
        assertThat(out.toString()).contains(
                "    ! ApiService (AWS::ECS::Service) will be replaced: Cluster changed\n",
                "    ! aws_ecs_service.api will be replaced: cluster changed\n");
    }

    @Test
    void aNewLogGroupNameOfItsOwnIsANewLogGroup(@TempDir Path dir) {
        synth(shop(2, null, false), dir.resolve("a"));
        synth(shop(2, "/shop/api-logs", false), dir.resolve("b"));

        assertThat(diff(dir.resolve("a/shop"), dir.resolve("b/shop"))).isEqualTo(DiffCommand.DESTRUCTIVE);
        assertThat(out.toString()).contains("    - ApiLogGroup (AWS::Logs::LogGroup)\n",
                "    + ApiAppLogGroup (AWS::Logs::LogGroup)\n");
    }

    @Test
    void addingAResourceIsAChangeRemovingItIsDestructive(@TempDir Path dir) {
        synth(shop(2, null, false), dir.resolve("a"));
        synth(shop(2, null, true), dir.resolve("b"));

        assertThat(diff(dir.resolve("a/shop"), dir.resolve("b/shop"))).as(out.toString())
                .isEqualTo(DiffCommand.DIFFERENCES);
        assertThat(out.toString()).contains("    + JobsQueue (AWS::SQS::Queue)\n", "    + aws_sqs_queue.jobs\n");

        assertThat(diff(dir.resolve("b/shop"), dir.resolve("a/shop"))).as(out.toString())
                .isEqualTo(DiffCommand.DESTRUCTIVE);
        assertThat(out.toString()).contains("    - JobsQueue (AWS::SQS::Queue)\n", "    - aws_sqs_queue.jobs\n");
    }

    @Test
    void foldersOfProgramsAreComparedProgramByProgram(@TempDir Path dir) throws IOException {
        synth(shop(2, null, false), dir.resolve("a"));
        synth(shop(3, null, false), dir.resolve("b"));
        Files.createDirectories(dir.resolve("b/.shop.berth-staging/cloudformation")); // left by a killed run

        int code = diff(dir.resolve("a"), dir.resolve("b"));

        assertThat(code).as(out.toString()).isEqualTo(DiffCommand.DIFFERENCES);
        assertThat(out.toString()).startsWith("shop:\n  CloudFormation stack Shop").doesNotContain("staging");
    }

    @Test
    void againstTheLastSynthComparesTheProgramsNowWithTheirOutput(@TempDir Path dir) throws IOException {
        synth(shop(2, null, false), dir);
        Path template = dir.resolve("shop/cloudformation/Shop.template.json");
        String written = Files.readString(template);

        assertThat(run(programs(shop(2, null, false)), "diff", "--out", dir.toString()))
                .as(out.toString()).isEqualTo(DiffCommand.NO_DIFFERENCES);

        int code = run(programs(shop(2, null, false, "spare")), "diff", "--out", dir.toString(), "-p", "shop");

        assertThat(code).as(out.toString()).isEqualTo(DiffCommand.DESTRUCTIVE);
        assertThat(out.toString()).contains("! ApiService (AWS::ECS::Service) will be replaced: Cluster changed");
        assertThat(template).content().as("nothing was written").isEqualTo(written);
    }

    @Test
    void aProgramNeverSynthesisedIsAllNew(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir);
        int code = run(programs(shop(2, null, false)), "diff", "--out", dir.toString());

        assertThat(code).as(out.toString()).isEqualTo(DiffCommand.DIFFERENCES);
        assertThat(out.toString()).contains("shop: no previous output in " + dir.resolve("shop"),
                "CloudFormation stack Shop (cloudformation/Shop.template.json), new", "+ ApiService (AWS::ECS::Service)");
    }

    @Test
    void aProgramWithErrorsIsNotCompared(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir);
        Application broken = shop(2, null, false).toBuilder()
                .service("worker", s -> s.task(t -> t.cpu(256).memory(4096).container("app", c -> c.image(IMAGE))))
                .build();

        assertThat(run(programs(broken), "diff", "--out", dir.toString())).isEqualTo(BerthCli.PROGRAM_ERRORS);
        assertThat(err.toString()).contains("FARGATE_CPU_MEMORY", "nothing was compared");
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        synth(shop(2, null, false), dir.resolve("a"));

        assertThat(diff(dir.resolve("a/shop"), dir.resolve("nope"))).isEqualTo(BerthCli.FAILURE);
        assertThat(err.toString()).contains("berth: cannot read " + dir.resolve("nope") + ": no such folder");

        assertThat(run(programs(shop(2, null, false)), "diff", "--out", dir.resolve("out").toString()))
                .isEqualTo(BerthCli.FAILURE);
        assertThat(err.toString()).contains(dir.resolve("out") + ": no such folder (berth synth --out");
    }

    @Test
    void aFileThatIsNotJsonIsNamed(@TempDir Path dir) throws IOException {
        synth(shop(2, null, false), dir.resolve("a"));
        synth(shop(2, null, false), dir.resolve("b"));
        Path broken = dir.resolve("b/shop/terraform/shop/main.tf.json");
        Files.writeString(broken, "{ \"resource\": ");

        assertThat(diff(dir.resolve("a/shop"), dir.resolve("b/shop"))).isEqualTo(BerthCli.FAILURE);
        assertThat(err.toString()).contains("berth: cannot read " + broken + ": not valid JSON");
    }

    @Test
    void usageErrors(@TempDir Path dir) {
        assertThat(run(programs(shop(2, null, false)), "diff", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("give two output folders", "Usage: berth diff");

        assertThat(run(programs(shop(2, null, false)), "diff", dir.toString(), dir.toString(), "--out",
                dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not both");

        assertThat(run(programs(shop(2, null, false)), "diff", "--out", dir.toString(), "-p", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown program 'nope'");
    }

    @Test
    void theHelpDocumentsTheExitCodes() {
        assertThat(run(programs(shop(2, null, false)), "diff", "--help")).isZero();
        assertThat(out.toString()).contains("Exit codes", "OLD_DIR", "NEW_DIR", "--out",
                "0   no differences", "4   differences: resources are added or changed in place",
                "5   differences that delete a resource that exists now");
    }
}
