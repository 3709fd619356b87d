package dev.berth.examples.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.cdk.TemplateJson;
import dev.berth.examples.BerthExamples;
import dev.berth.synth.Synthesis;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.DefaultStackSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.cloudformation.include.CfnInclude;
import software.amazon.awscdk.cxapi.CloudArtifact;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * cdk-nag's AwsSolutions pack over every example stack: zero unsuppressed errors. cdk-nag's rules recognise L1
 * classes ({@code CfnVPC}, ...), not the generic {@code CfnResource}s a {@code BerthConstruct} places, so the rules run
 * over the synthesised templates, included with {@code CfnInclude} (which keeps logical IDs and the suppressions in
 * each resource's {@code cdk_nag} metadata), as cdk-nag documents for CloudFormation templates.
 */
class ExamplesNagTest {

    private static CloudAssembly examples;
    private static CloudAssembly nagged;

    @BeforeAll
    static void synthesise(@TempDir Path examplesOut, @TempDir Path nagOut) {
        App app = new App(AppProps.builder().outdir(examplesOut.toString()).build());
        BerthExamplesCdkApp.addStacks(app);
        examples = app.synth();

        App nagApp = new App(AppProps.builder().outdir(nagOut.toString()).build());
        for (CloudFormationStackArtifact stack : examples.getStacks()) {
            Stack included = new Stack(nagApp, stack.getStackName(), StackProps.builder()
                    .synthesizer(DefaultStackSynthesizer.Builder.create().generateBootstrapVersionRule(false).build())
                    .build());
            CfnInclude.Builder.create(included, "Template").templateFile(stack.getTemplateFullPath()).build();
        }
        Aspects.of(nagApp).add(new AwsSolutionsChecks());
        nagged = nagApp.synth();
    }

    @SuppressWarnings("deprecation") // SynthesisMessage: the cloud assembly's typed view of annotations
    private static List<String> messages(CloudAssembly assembly, String level) {
        List<String> found = new ArrayList<>();
        for (CloudArtifact artifact : assembly.getArtifacts()) {
            artifact.getMessages().stream()
                    .filter(m -> m.getLevel().name().equalsIgnoreCase(level))
                    .forEach(m -> found.add(m.getId() + " " + m.getEntry().getData()));
        }
        return found;
    }

    @Test
    void everyExampleIsChecked() {
        assertThat(nagged.getStacks()).hasSize(examples.getStacks().size())
                .hasSizeGreaterThan(BerthExamples.all().size()); // internal-workers is split into stacks
    }

    @Test
    void noUnsuppressedErrors() {
        assertThat(messages(nagged, "error")).isEmpty();
    }

    @Test
    void noUnsuppressedWarnings() {
        assertThat(messages(nagged, "warning")).isEmpty();
    }

    /** The check is live: without Berth's suppressions, the same templates give the findings listed in README.md. */
    @Test
    void withoutTheSuppressionsTheFindingsShow(@TempDir Path templates, @TempDir Path out) throws IOException {
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        for (var example : BerthExamples.all().entrySet()) {
            Synthesis berth = example.getValue().synthesize();
            Path file = templates.resolve(example.getKey() + ".template.json");
            Files.writeString(file, TemplateJson.pretty(berth.cloudFormation().orElseThrow()));
            CfnInclude.Builder.create(new Stack(app, berth.stackName()), "Template").templateFile(file.toString())
                    .build();
        }
        Aspects.of(app).add(new AwsSolutionsChecks());
        assertThat(messages(app.synth(), "error")).map(m -> m.substring(0, m.indexOf(':')))
                // Berth gives new VPCs flow logs; the shop's load balancer writes access logs.
                .doesNotContain("/Shop/Template/ShopVpc AwsSolutions-VPC7",
                        "/Shop/Template/WebLoadBalancer AwsSolutions-ELB2")
                .contains("/Billing/Template/InternalLoadBalancer AwsSolutions-ELB2",
                        "/Shop/Template/WebAlbHttpIngress AwsSolutions-EC23",
                        "/Shop/Template/ApiTaskDefinition AwsSolutions-ECS2");
    }

    @Test
    void everySuppressionCarriesAReasonInTheTemplateMetadata() {
        List<String> suppressed = new ArrayList<>();
        for (CloudFormationStackArtifact stack : examples.getStacks()) {
            JsonNode template = TemplateJson.mapper().valueToTree(stack.getTemplate());
            template.path("Resources").properties().forEach(r -> {
                for (JsonNode rule : r.getValue().path("Metadata").path("cdk_nag").path("rules_to_suppress")) {
                    assertThat(rule.path("reason").asText()).as("%s %s", r.getKey(), rule).hasSizeGreaterThan(40);
                    suppressed.add(r.getKey() + " " + rule.path("id").asText());
                }
            });
        }
        assertThat(suppressed).doesNotContain("ShopVpc AwsSolutions-VPC7", "WebLoadBalancer AwsSolutions-ELB2");
        assertThat(suppressed).contains("InternalLoadBalancer AwsSolutions-ELB2",
                "WebAlbHttpsIngress AwsSolutions-EC23");
    }
}
