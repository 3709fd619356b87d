package dev.berth.synth.planning.loadbalancing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.loadbalancing.Exposure;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.cloudformation.CloudFormationOptions;
import dev.berth.synth.cloudformation.CloudFormationStack;
import dev.berth.synth.cloudformation.StackLayout;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weighted forwarding: a canary between two services on one path, in both targets, validated against their schemas,
 * and with the CloudFormation stacks split per service.
 */
class WeightedForwardingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Application canary(Consumer<Exposure.Builder> weights) {
        return Application.builder("shop").newVpc(v -> v.cidr("10.0.0.0/16")).cluster("main", c -> { })
                .loadBalancer("web", lb -> { })
                .service("api", s -> s.task(t -> t.container("app", c -> c
                                .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:1.0.0").port(8080)))
                        .expose("web", e -> {
                            e.path("/api/*");
                            weights.accept(e);
                        }))
                .service("api-v2", s -> s.task(t -> t.container("app", c -> c
                                .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:2.0.0").port(8080)))
                        .expose("web", e -> e.path("/api/*").httpHeader("X-Canary", "1")))
                .build();
    }

    private static Synthesis synthesize(Application app) {
        Synthesis synthesis = Synthesizer.synthesize(app);
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        assertThat(CloudFormationTemplateValidator.validate(synthesis.cloudFormation().orElseThrow())).isEmpty();
        Map<String, JsonNode> files = new LinkedHashMap<>();
        synthesis.terraform().orElseThrow().files().forEach((name, text) -> {
            if (name.endsWith(".json")) {
                files.put(name, read(text));
            }
        });
        assertThat(TerraformModuleValidator.validate(files)).isEmpty();
        return synthesis;
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRuleForwardsToBothTargetGroupsByWeight() {
        Synthesis s = synthesize(canary(e -> e.weightedTarget("api-v2", 10).weightedStickinessSeconds(3600)));

        JsonNode action = s.cloudFormation().orElseThrow().path("Resources").path("ApiListenerRule")
                .path("Properties").path("Actions").get(0);
        assertThat(action.path("Type").asText()).isEqualTo("forward");
        assertThat(action.has("TargetGroupArn")).isFalse();
        JsonNode groups = action.path("ForwardConfig").path("TargetGroups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).path("TargetGroupArn").toString()).contains("ApiTargetGroup");
        assertThat(groups.get(0).path("Weight").asInt()).isEqualTo(90);
        assertThat(groups.get(1).path("TargetGroupArn").toString()).contains("ApiV2TargetGroup");
        assertThat(groups.get(1).path("Weight").asInt()).isEqualTo(10);
        assertThat(action.path("ForwardConfig").path("TargetGroupStickinessConfig").path("DurationSeconds").asInt())
                .isEqualTo(3600);

        JsonNode tf = read(s.terraform().orElseThrow().files().get("main.tf.json"));
        JsonNode forward = tf.path("resource").path("aws_lb_listener_rule").path("api").path("action")
                .path("forward");
        assertThat(forward.toString()).contains("aws_lb_target_group.api_v2.arn", "\"weight\":10", "\"weight\":90",
                "\"duration\":3600");
    }

    @Test
    void anExplicitWeightAndNoStickinessAreWrittenAsGiven() {
        Synthesis s = synthesize(canary(e -> e.weight(0).weightedTarget("api-v2", 1)));

        JsonNode config = s.cloudFormation().orElseThrow().path("Resources").path("ApiListenerRule")
                .path("Properties").path("Actions").get(0).path("ForwardConfig");
        assertThat(config.path("TargetGroups").get(0).path("Weight").asInt()).isZero();
        assertThat(config.has("TargetGroupStickinessConfig")).isFalse();
    }

    @Test
    void theOtherServicesTargetGroupIsSharedWhenStacksAreSplit() {
        Synthesis s = Synthesizer.synthesize(canary(e -> e.weightedTarget("api-v2", 10)),
                CloudFormationOptions.builder().layout(StackLayout.PER_SERVICE).build());

        assertThat(s.succeeded()).as("%s", s.diagnostics()).isTrue();
        Map<String, JsonNode> stacks = new LinkedHashMap<>();
        for (CloudFormationStack stack : s.cloudFormationStacks()) {
            stacks.put(stack.name(), stack.template());
            assertThat(CloudFormationTemplateValidator.validate(stack.template())).as(stack.name()).isEmpty();
        }
        // api's rule refers to api-v2's group, and service stacks refer only to the shared stack.
        assertThat(stacks.get("Shop").path("Resources").has("ApiV2TargetGroup")).isTrue();
        assertThat(stacks.get("ShopApi").path("Resources").has("ApiTargetGroup")).isTrue();
        assertThat(stacks.get("ShopApi").path("Resources").path("ApiListenerRule").toString())
                .contains("Fn::ImportValue");
    }
}
