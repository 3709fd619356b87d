package dev.berth.examples.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.cdk.BerthStack;
import dev.berth.cdk.TemplateEquivalence;
import dev.berth.cdk.TemplateJson;
import dev.berth.examples.BerthExamples;
import dev.berth.synth.Synthesis;
import dev.berth.synth.cloudformation.CloudFormationStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.cxapi.CloudAssembly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples' CDK app, synthesised in-process (once for all tests): one stack per example, holding exactly the
 * resources, parameters and outputs of Berth's own CloudFormation output.
 */
class BerthExamplesCdkAppTest {

    @TempDir
    static Path cdkOut;
    private static CloudAssembly assembly;
    private static Map<String, List<BerthStack>> stacks;

    @BeforeAll
    static void synthesise() {
        App app = new App(AppProps.builder().outdir(cdkOut.toString()).build());
        stacks = BerthExamplesCdkApp.addStacks(app);
        assembly = app.synth();
    }

    static Stream<String> examples() {
        return BerthExamples.all().keySet().stream();
    }

    private static Synthesis berth(String example) {
        return BerthExamples.all().get(example).synthesize();
    }

    @Test
    void oneCdkStackPerBerthStack() {
        assertThat(stacks).containsOnlyKeys(BerthExamples.all().keySet());
        assertThat(assembly.getStacks()).hasSize(BerthExamples.all().keySet().stream()
                .mapToInt(e -> berth(e).cloudFormationStacks().size()).sum());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void stacksAreNamedLikeTheCloudFormationStacksAndEnvironmentAgnostic(String example) {
        assertThat(stacks.get(example)).extracting(BerthStack::getStackName).containsExactlyElementsOf(
                berth(example).cloudFormationStacks().stream().map(CloudFormationStack::name).toList());
        for (BerthStack stack : stacks.get(example)) {
            assertThat(assembly.getStackByName(stack.getStackName()).getManifest().getEnvironment())
                    .isEqualTo("aws://unknown-account/unknown-region");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void templatesHoldExactlyBerthsResourcesParametersAndOutputs(String example) {
        for (CloudFormationStack stack : berth(example).cloudFormationStacks()) {
            JsonNode cdk = TemplateJson.mapper().valueToTree(assembly.getStackByName(stack.name()).getTemplate());
            assertThat(TemplateEquivalence.differences(stack.template(), cdk)).as(stack.name()).isEmpty();
            assertThat(cdk.path("Resources").size()).isEqualTo(stack.template().path("Resources").size());
            assertThat(cdk.toString()).doesNotContain("${Token[");
        }
    }

    @Test
    void cdkOutCheckAcceptsTheCloudAssemblyAgainstBerthsOwnOutput(@TempDir Path expected) throws IOException {
        for (String example : BerthExamples.all().keySet()) {
            for (Map.Entry<String, String> file : berth(example).files().entrySet()) {
                Path target = expected.resolve(example).resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        }
        assertThat(CdkOutCheck.differences(cdkOut, expected)).isEmpty();
    }

    @Test
    void cdkOutCheckReportsAStaleCommittedTemplate(@TempDir Path expected) throws IOException {
        for (String example : BerthExamples.all().keySet()) {
            for (Map.Entry<String, String> file : berth(example).files().entrySet()) {
                Path target = expected.resolve(example).resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue().replace("\"Type\"", "\"Type\" "));
            }
        }
        assertThat(CdkOutCheck.differences(cdkOut, expected)).isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("is not what Berth synthesises now"));
    }

    @Test
    void cdkOutCheckReportsAMissingResource(@TempDir Path expected) throws IOException {
        Path cdkCopy = expected.resolve("cdk.out");
        Files.createDirectories(cdkCopy);
        for (String example : BerthExamples.all().keySet()) {
            Synthesis berth = berth(example);
            for (Map.Entry<String, String> file : berth.files().entrySet()) {
                Path target = expected.resolve(example).resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            for (CloudFormationStack stack : berth.cloudFormationStacks()) {
                ObjectNode template = (ObjectNode) TemplateJson.mapper().readTree(
                        cdkOut.resolve(stack.name() + ".template.json").toFile());
                ((ObjectNode) template.path("Resources")).remove(template.path("Resources").fieldNames().next());
                Files.writeString(cdkCopy.resolve(stack.name() + ".template.json"), TemplateJson.pretty(template));
            }
        }
        assertThat(CdkOutCheck.differences(cdkCopy, expected)).isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("missing from the CDK template"));
    }
}
