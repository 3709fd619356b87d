package dev.berth.starter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the starter's own build ({@code mvn verify} of a copy of starter/, run by invoker:run just before this in
 * {@code mvn verify}) made: its tests passed there, and its jar and launcher synthesise the program to both targets,
 * as the starter's README says.
 */
class StarterBuildIT {

    private static final Path ROOT = Path.of(System.getProperty("berth.root", "..")).toAbsolutePath().normalize();
    private static final Path STARTER = Path.of(System.getProperty("starter.clone", "target/it/starter"));
    private static final Path JAR = STARTER.resolve("target/infrastructure.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void theStartersBuildRanItsTestsAndMadeARunnableJar() throws IOException {
        assertThat(JAR).isRegularFile();
        assertThat(STARTER.resolve("target/surefire-reports/TEST-com.example.infrastructure.InfrastructureTest.xml"))
                .content().containsPattern("tests=\"[1-9]")
                .contains("failures=\"0\"", "errors=\"0\"", "skipped=\"0\"");
    }

    @Test
    void theJarSynthesisesBothTargets(@TempDir Path out) throws Exception {
        Result result = run(List.of(JAVA, "-jar", JAR.toString(), "synth", "--out", out.toString()), Map.of());

        assertThat(result.code).as(result.output).isZero();
        assertThat(result.output)
                .contains("shop: ", "CloudFormation stack Shop", "Terraform module shop", "0 warnings");
        assertThat(out.resolve("shop/cloudformation/Shop.template.json")).isRegularFile();
        assertThat(out.resolve("shop/terraform/shop/main.tf.json")).isRegularFile();
    }

    @Test
    void theLauncherFindsTheStartersJarAndGivesTheSameOutput(@TempDir Path dir) throws Exception {
        Path byJar = dir.resolve("jar");
        Path byLauncher = dir.resolve("launcher");
        assertThat(run(List.of(JAVA, "-jar", JAR.toString(), "synth", "--out", byJar.toString()), Map.of()).code)
                .isZero();

        // The clone loses the executable bit; a user's copy of starter/berth keeps it (StarterTest).
        Result result = run(List.of("bash", STARTER.resolve("berth").toString(), "synth", "--out",
                byLauncher.toString()), Map.of());

        assertThat(result.code).as(result.output).isZero();
        assertThat(STARTER.resolve("target/infrastructure.jsa")).as("the class data archive").isRegularFile();
        for (String file : List.of("shop/cloudformation/Shop.template.json", "shop/terraform/shop/main.tf.json")) {
            assertThat(byLauncher.resolve(file)).hasSameTextualContentAs(byJar.resolve(file));
        }
    }

    @Test
    void binBerthIsTheSameLauncherForAnyJar() throws Exception {
        Result result = run(List.of("bash", ROOT.resolve("bin/berth").toString(), "list"),
                Map.of("BERTH_JAR", JAR.toString()));

        assertThat(result.code).as(result.output).isZero();
        assertThat(result.output.strip()).isEqualTo("shop");
    }

    private record Result(int code, String output) {
    }

    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().remove("BERTH_JAR");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished: %s", command).isTrue();
        return new Result(process.exitValue(), output);
    }
}
