package dev.berth.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundled example synthesises without errors to exactly the files committed under
 * {@code examples/expected/<example>/}, and those files validate against the real resource schemas.
 *
 * <p>After an intended change to generated infrastructure, refresh the expected files with
 * {@code mvn -pl examples -am test -Dberth.updateExpected=true} and review the diff.
 */
class ExpectedOutputsTest {

    private static final Path EXPECTED = Path.of("expected");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> examples() {
        return BerthExamples.all().keySet().stream();
    }

    private static Synthesis synthesize(String example) {
        Synthesis synthesis = BerthExamples.all().get(example).synthesize();
        assertThat(synthesis.diagnostics().errors()).as("errors of %s", example).isEmpty();
        return synthesis;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void outputsMatchTheCommittedFilesByteForByte(String example) throws IOException {
        Map<String, String> files = synthesize(example).files();
        Path folder = EXPECTED.resolve(example);
        if (Boolean.getBoolean("berth.updateExpected")) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = folder.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> committed = Files.walk(folder)) {
            List<String> committedFiles = committed.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertThat(committedFiles).as("files of %s", example)
                    .containsExactlyInAnyOrderElementsOf(files.keySet());
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertThat(f.getValue()).as("%s/%s (refresh with -Dberth.updateExpected=true)", example, f.getKey())
                    .isEqualTo(Files.readString(folder.resolve(f.getKey()), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void synthesisIsDeterministic(String example) {
        assertThat(synthesize(example).files()).isEqualTo(synthesize(example).files());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void cloudFormationTemplatesMatchTheRegistrySchemas(String example) {
        Synthesis synthesis = synthesize(example);
        assertThat(CloudFormationTemplateValidator.validate(synthesis.cloudFormation().orElseThrow())).isEmpty();
        synthesis.cloudFormationStacks().forEach(stack ->
                assertThat(CloudFormationTemplateValidator.validate(stack.template())).as(stack.name()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void terraformModuleMatchesTheProviderSchema(String example) throws IOException {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : synthesize(example).terraform().orElseThrow().files().entrySet()) {
            if (f.getKey().endsWith(".tf.json")) {
                files.put(f.getKey(), JSON.readTree(f.getValue()));
            }
        }
        assertThat(TerraformModuleValidator.validate(files)).isEmpty();
    }
}
