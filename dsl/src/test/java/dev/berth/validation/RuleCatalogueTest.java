package dev.berth.validation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/validation-rules.md} lists every rule, generated from {@link Rule}; it must match the code.
 * Refresh it with {@code mvn -pl dsl test -Dberth.updateExpected=true}.
 */
class RuleCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "validation-rules.md");

    static String catalogue() {
        StringBuilder md = new StringBuilder()
                .append("# Validation rules\n\n")
                .append("Generated from `dev.berth.validation.Rule` (a test keeps this page in step with the code).\n")
                .append("Every diagnostic has one of these stable codes, a path into the program and a message")
                .append(" that says what to do.\nWarnings can be acknowledged by code")
                .append(" (`--acknowledge CODE` on the command line).\n\n")
                .append("The stage says who checks a rule: `MODEL`, the validator, on the program alone; `SYNTHESIS`,")
                .append(" the synthesis, on what planning or a target's rendering found (CloudFormation options among them).\n\n")
                .append("| code | severity | stage | what it rejects |\n|---|---|---|---|\n");
        for (Rule rule : Rule.values()) {
            md.append("| `").append(rule.code()).append("` | ").append(rule.severity()).append(" | ")
                    .append(rule.stage()).append(" | ").append(rule.summary().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    @Test
    void theCatalogueListsEveryRule() throws IOException {
        if (Boolean.getBoolean("berth.updateExpected")) {
            Files.writeString(CATALOGUE, catalogue(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
                .as("docs/validation-rules.md (refresh with -Dberth.updateExpected=true)")
                .isEqualTo(catalogue());
    }
}
