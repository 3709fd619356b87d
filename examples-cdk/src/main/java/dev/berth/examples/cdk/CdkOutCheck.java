package dev.berth.examples.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.cdk.TemplateEquivalence;
import dev.berth.examples.BerthExamples;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.output.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that the templates {@code cdk synth} wrote into a cloud assembly folder hold the same resources, parameters
 * and outputs as Berth's committed expected output, for every bundled example:
 * {@code java -cp ... dev.berth.examples.cdk.CdkOutCheck cdk.out examples/expected}. Exit code 1 on a difference.
 *
 * <p>A CDK app embeds a program as one template ({@code Synthesis.cloudFormation()}), while a program with a split
 * {@code StackLayout} is committed as a shared stack and service stacks wired by exports and imports. So the check
 * is a chain: the committed CloudFormation files are exactly what Berth synthesises now (byte for byte), and each
 * {@code cdk.out} template holds exactly the resources of that synthesis's one-template form; for a program in one
 * stack, the {@code cdk.out} template is also compared with the committed file directly.
 */
public final class CdkOutCheck {

    private CdkOutCheck() {
    }

    /** Every difference, prefixed with the example; empty when all examples match. */
    public static List<String> differences(Path cdkOut, Path expected) throws IOException {
        List<String> differences = new ArrayList<>();
        for (var example : BerthExamples.all().entrySet()) {
            Synthesis synthesis = Synthesizer.synthesize(example.getValue().get());
            String prefix = example.getKey() + " (" + synthesis.stackName() + "): ";
            Path cdkTemplate = cdkOut.resolve(synthesis.stackName() + ".template.json");
            if (!Files.isRegularFile(cdkTemplate)) {
                differences.add(prefix + "missing " + cdkTemplate);
                continue;
            }
            JsonNode cdk = Json.mapper().readTree(cdkTemplate.toFile());
            for (Map.Entry<String, String> file : synthesis.files().entrySet()) {
                if (!file.getKey().startsWith("cloudformation/")) {
                    continue;
                }
                Path committed = expected.resolve(example.getKey()).resolve(file.getKey());
                if (!Files.isRegularFile(committed)
                        || !Files.readString(committed, StandardCharsets.UTF_8).equals(file.getValue())) {
                    differences.add(prefix + committed + " is not what Berth synthesises now");
                } else if (synthesis.cloudFormationStacks().size() == 1) {
                    TemplateEquivalence.differences(Json.mapper().readTree(committed.toFile()), cdk)
                            .forEach(d -> differences.add(prefix + d + " (against " + committed + ")"));
                }
            }
            TemplateEquivalence.differences(synthesis.cloudFormation().orElseThrow(), cdk)
                    .forEach(d -> differences.add(prefix + d));
        }
        return differences;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CdkOutCheck <cdk.out folder> <examples/expected folder>");
            System.exit(2);
        }
        List<String> differences = differences(Path.of(args[0]), Path.of(args[1]));
        if (differences.isEmpty()) {
            System.out.println("cdk.out holds the same resources as Berth's expected CloudFormation output for "
                    + BerthExamples.all().size() + " example(s)");
            return;
        }
        differences.forEach(System.err::println);
        System.exit(1);
    }
}
