package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.output.Json;
import dev.berth.synth.testing.ScalePrograms;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How template files are written: pretty, compact, or pretty while they fit inline (51,200 bytes). */
class TemplateFormatTest {

    private static Synthesis synth(int services, TemplateFormat format) {
        return Synthesizer.synthesize(ScalePrograms.withServices(services),
                CloudFormationOptions.builder().templateFormat(format).build());
    }

    private static String file(Synthesis s) {
        return s.files().get("cloudformation/" + s.stackName() + ".template.json");
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A template whose pretty form has exactly {@code size} bytes, padded through its description. */
    private static ObjectNode templateOfPrettySize(long size) {
        ObjectNode template = Json.object();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "");
        template.putObject("Resources").putObject("Queue").put("Type", "AWS::SQS::Queue");
        long base = Json.prettySize(template);
        template.put("Description", "x".repeat((int) (size - base)));
        assertThat(Json.prettySize(template)).isEqualTo(size);
        return template;
    }

    @Test
    void theDefaultIsAutomatic() {
        assertThat(CloudFormationOptions.defaults().templateFormat()).isEqualTo(TemplateFormat.AUTOMATIC);
        assertThat(CloudFormationOptions.builder().build().templateFormat()).isEqualTo(TemplateFormat.AUTOMATIC);
    }

    @Test
    void automaticIsPrettyUpToExactly51200BytesAndCompactBeyond() {
        ObjectNode fits = templateOfPrettySize(TemplateLimits.MAX_INLINE_BYTES);
        ObjectNode over = templateOfPrettySize(TemplateLimits.MAX_INLINE_BYTES + 1);

        assertThat(TemplateFormat.AUTOMATIC.formOf(fits)).isEqualTo(TemplateFormat.PRETTY);
        assertThat(TemplateFormat.AUTOMATIC.formOf(over)).isEqualTo(TemplateFormat.COMPACT);
        assertThat(TemplateFormat.PRETTY.formOf(over)).isEqualTo(TemplateFormat.PRETTY);
        assertThat(TemplateFormat.COMPACT.formOf(fits)).isEqualTo(TemplateFormat.COMPACT);
    }

    @Test
    void aSmallProgramIsWrittenPretty() {
        Synthesis s = synth(1, TemplateFormat.AUTOMATIC);

        assertThat(s.cloudFormationStacks().get(0).format()).isEqualTo(TemplateFormat.PRETTY);
        assertThat(file(s)).isEqualTo(Json.pretty(s.cloudFormation().orElseThrow()));
        assertThat(s.diagnostics().all()).isEmpty();
    }

    @Test
    void aProgramTooLargeToBePrettyInlineIsWrittenCompactAndStillFits() {
        Synthesis pretty = synth(4, TemplateFormat.PRETTY);
        Synthesis automatic = synth(4, TemplateFormat.AUTOMATIC);

        assertThat(bytes(file(pretty))).isGreaterThan(TemplateLimits.MAX_INLINE_BYTES);
        assertThat(automatic.cloudFormationStacks().get(0).format()).isEqualTo(TemplateFormat.COMPACT);
        assertThat(bytes(file(automatic))).isLessThanOrEqualTo(TemplateLimits.MAX_INLINE_BYTES)
                .isEqualTo(automatic.cloudFormationStacks().get(0).bytes());
        assertThat(automatic.diagnostics().all()).isEmpty();
    }

    @Test
    void compactIsTheSameTemplateWithOneLinePerResource() throws Exception {
        Synthesis s = synth(3, TemplateFormat.COMPACT);
        String text = file(s);
        ObjectNode template = s.cloudFormation().orElseThrow();

        assertThat(Json.mapper().readTree(text)).isEqualTo(template);
        assertThat(text).endsWith("}\n").doesNotContain("\n ").doesNotContain("\": ");
        List<String> lines = Arrays.asList(text.split("\n"));
        template.path("Resources").fieldNames().forEachRemaining(id ->
                assertThat(lines).filteredOn(l -> l.startsWith("\"" + id + "\":{\"Type\":")).hasSize(1));
        // every line is a section, an entry of one, or a closing brace
        assertThat(lines).hasSize(2 + template.size() + template.path("Parameters").size()
                + template.path("Resources").size() + template.path("Outputs").size()
                + (int) List.of("Parameters", "Resources", "Outputs").stream().filter(template::has).count());
        assertThat(bytes(text)).isEqualTo(s.cloudFormationStacks().get(0).bytes())
                .isLessThan(bytes(Json.pretty(template)) * 2 / 3);
    }

    @Test
    void theFormatIsDeterministic() {
        assertThat(synth(8, TemplateFormat.AUTOMATIC).files()).isEqualTo(synth(8, TemplateFormat.AUTOMATIC).files());
        assertThat(synth(3, TemplateFormat.COMPACT).files()).isEqualTo(synth(3, TemplateFormat.COMPACT).files());
    }

    @Test
    void aTemplateTooLargeEvenCompactWarnsToDeployThroughS3() {
        Synthesis s = synth(8, TemplateFormat.AUTOMATIC);

        assertThat(s.succeeded()).isTrue();
        assertThat(s.cloudFormationStacks().get(0).format()).isEqualTo(TemplateFormat.COMPACT);
        assertThat(s.diagnostics().warnings()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("TEMPLATE_NEEDS_S3");
            assertThat(d.path()).isEqualTo("cloudFormation.templateFormat");
            assertThat(d.message()).contains("Scale.template.json", "even in the compact format", "51,200",
                    "--s3-bucket");
        });
    }

    @Test
    void aPrettyTemplateBeyondTheInlineLimitSuggestsTheCompactFormat() {
        Synthesis s = synth(4, TemplateFormat.PRETTY);

        assertThat(s.diagnostics().warnings()).extracting(Diagnostic::code).containsExactly("TEMPLATE_NEEDS_S3");
        assertThat(s.diagnostics().warnings().get(0).message()).contains("TemplateFormat.AUTOMATIC", "--s3-bucket")
                .doesNotContain("even in the compact format");
    }

    @Test
    void everyStackOfASplitProgramChoosesItsOwnFormat() {
        Synthesis s = Synthesizer.synthesize(ScalePrograms.withServices(3), CloudFormationOptions.builder()
                .layout(StackLayout.PER_SERVICE).templateFormat(TemplateFormat.COMPACT).build());

        assertThat(s.cloudFormationStacks()).hasSize(4).allSatisfy(st -> {
            assertThat(st.format()).isEqualTo(TemplateFormat.COMPACT);
            assertThat(s.files().get("cloudformation/" + st.name() + ".template.json")).isEqualTo(st.text());
        });
    }

    /** The 1 MB limit is on the file: whitespace counts, so the format decides whether a template fits. */
    @Test
    void theSizeLimitCountsTheBytesOfTheFormatWritten() {
        ObjectNode template = Json.object();
        ArrayNode values = template.putObject("Resources").putObject("Big").putObject("Properties").putArray("Values");
        for (int i = 0; i < 200_000; i++) {
            values.add(i % 10);
        }

        assertThat(TemplateLimits.problems(new CloudFormationStack("Big", template, TemplateFormat.PRETTY)))
                .singleElement().asString().endsWith("bytes (at most 1000000)");
        assertThat(TemplateLimits.problems(new CloudFormationStack("Big", template, TemplateFormat.COMPACT)))
                .isEmpty();
    }
}
