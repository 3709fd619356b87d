package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.Value;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class CfnValuesTest {

    /** Whatever literal text sits next to a reference, Fn::Sub gives back exactly that text. */
    @Property
    void subKeepsLiteralTextLiteral(@ForAll @StringLength(max = 20) String before,
                                    @ForAll @StringLength(max = 20) String after) {
        JsonNode node = CfnValues.SINGLE_TEMPLATE.render(Value.concat(before + "${", Value.pseudo(Pseudo.REGION), after));
        String sub = node.get("Fn::Sub").asText();
        String evaluated = sub.replace("${AWS::Region}", "eu-west-1").replace("${!", "${");
        assertThat(evaluated).isEqualTo(before + "${" + "eu-west-1" + after);
    }
}
