package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.testing.TestPlans;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CDK tokens reach Berth as literals; they must never end up inside a Fn::Sub string. */
class CdkTokenTest {

    private static JsonNode serviceName(Value value) {
        NetworkResources.VpcEndpoint endpoint = new NetworkResources.VpcEndpoint(
                ResourceId.of(NetworkResources.VpcEndpoint.class, "s3"), Value.literal("vpc-1"), value, true, List.of(), List.of(),
                List.of(Value.literal("rtb-1")), false, Map.of());
        Plan plan = TestPlans.of("p", "d", List.of(endpoint), List.of(), List.of(), Plan.Ownership.NONE);
        return CloudFormationRenderer.render(plan).path("Resources").path("S3Endpoint").path("Properties")
                .path("ServiceName");
    }

    @Test
    void aConcatenationWithATokenIsJoinedNotSubstituted() {
        JsonNode name = serviceName(Value.concat("com.amazonaws.", Value.pseudo(Pseudo.REGION),
                ".", Value.literal("${Token[TOKEN.42]}")));

        assertThat(name.has("Fn::Join")).isTrue();
        assertThat(name.toString()).contains("${Token[TOKEN.42]}").doesNotContain("Fn::Sub");
    }

    @Test
    void aConcatenationWithoutTokensReadsAsASub() {
        JsonNode name = serviceName(Value.concat("com.amazonaws.", Value.pseudo(Pseudo.REGION), ".s3"));

        assertThat(name.path("Fn::Sub").asText()).isEqualTo("com.amazonaws.${AWS::Region}.s3");
    }
}
