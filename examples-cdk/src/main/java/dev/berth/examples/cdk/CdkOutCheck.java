package dev.berth.examples.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.cdk.TemplateEquivalence;
import dev.berth.cdk.TemplateJson;
import dev.berth.examples.BerthExamples;
import dev.berth.synth.Synthesis;
import dev.berth.synth.cloudformation.CloudFormationStack;

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
 * <p>The examples' CDK app places each CloudFormation stack Berth writes in a CDK stack of the same name, so each
 * committed {@code <Stack>.template.json} (checked to be what Berth synthesises now, byte for byte) is compared with
 * {@code cdk.out/<Stack>.template.json}; CDK's own additions are the only differences allowed.
 */
public final class CdkOutCheck {

    private CdkOutCheck() {
    }

    /** Every difference, prefixed with the example; empty when all examples match. */
    public static List<String> differences(Path cdkOut, Path expected) throws IOException {
        List<String> differences = new ArrayList<>();
        for (var example : BerthExamples.all().entrySet()) {
            Synthesis synthesis = example.getValue().synthesize();
            Map<String, String> files = synthesis.files();
            for (CloudFormationStack stack : synthesis.cloudFormationStacks()) {
                String prefix = example.getKey() + " (" + stack.name() + "): ";
                String file = "cloudformation/" + stack.name() + ".template.json";
                Path committed = expected.resolve(example.getKey()).resolve(file);
                Path cdkTemplate = cdkOut.resolve(stack.name() + ".template.json");
                if (!Files.isRegularFile(committed)
                        || !Files.readString(committed, StandardCharsets.UTF_8).equals(files.get(file))) {
                    differences.add(prefix + committed + " is not what Berth synthesises now");
                } else if (!Files.isRegularFile(cdkTemplate)) {
                    differences.add(prefix + "missing " + cdkTemplate);
                } else {
                    TemplateEquivalence.differences(TemplateJson.mapper().readTree(committed.toFile()),
                                    TemplateJson.mapper().readTree(cdkTemplate.toFile()))
                            .forEach(d -> differences.add(prefix + d + " (against " + committed + ")"));
                }
            }
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
