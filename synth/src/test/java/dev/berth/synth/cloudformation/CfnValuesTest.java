package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.Value;
import dev.berth.synth.properties.BerthTheories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.strings;

class CfnValuesTest {

    /** Text of up to 20 characters: any Unicode text, or text made of the characters that matter to Fn::Sub. */
    private static final Gen<String> TEXT = strings().allPossible().ofLengthBetween(0, 20)
            .mix(Generate.intArrays(Generate.range(0, 20), Generate.range(0, 7))
                    .map(picks -> {
                        List<String> parts = List.of("$", "{", "}", "!", "a", "${", "${!", "é");
                        StringBuilder text = new StringBuilder();
                        for (int p : picks) {
                            text.append(parts.get(p));
                        }
                        return text.toString();
                    }));

    /** Whatever literal text sits next to a reference, Fn::Sub gives back exactly that text. */
    @Test
    void subKeepsLiteralTextLiteral() {
        Gen<String[]> pairs = TEXT.zip(TEXT, (a, b) -> new String[] {a, b});
        BerthTheories.check(pairs.describedAs(p -> "before: \"" + p[0] + "\", after: \"" + p[1] + "\""), pair -> {
            String before = pair[0];
            String after = pair[1];
            JsonNode node = CfnValues.SINGLE_TEMPLATE.render(Value.concat(before + "${", Value.pseudo(Pseudo.REGION), after));
            String sub = node.get("Fn::Sub").asText();
            String evaluated = sub.replace("${AWS::Region}", "eu-west-1").replace("${!", "${");
            assertThat(evaluated).isEqualTo(before + "${" + "eu-west-1" + after);
        });
    }
}
