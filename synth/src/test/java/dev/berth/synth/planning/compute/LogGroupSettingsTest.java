package dev.berth.synth.planning.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.RemovalPolicy;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A log group's KMS key, retention and removal policy, in both targets; for the containers' groups and the VPC flow
 * logs' alike.
 */
class LogGroupSettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    private static Synthesis synthesized(RemovalPolicy removal) {
        Application app = Application.builder("shop")
                .newVpc(v -> v.flowLogsRetentionDays(365).flowLogsKmsKey(KEY).flowLogsRemovalPolicy(removal))
                .cluster("main", c -> { })
                .service("api", s -> s.task(t -> t.container("app", c -> c.image(ECR + "/shop/api:1.0.0").port(8080)
                        .logging(l -> l.retentionDays(14).kmsKey(KEY).removalPolicy(removal)))))
                .build();
        Synthesis synthesis = Synthesizer.synthesize(app);
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        return synthesis;
    }

    private static JsonNode cfn(Synthesis s, String logicalId) {
        return s.cloudFormation().orElseThrow().path("Resources").path(logicalId);
    }

    private static JsonNode tf(Synthesis s, String name) {
        try {
            return JSON.readTree(s.terraform().orElseThrow().files().get("main.tf.json")).path("resource")
                    .path("aws_cloudwatch_log_group").path(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDestroyedGroupKeepsItsNameAndIsDeletedWithTheStack() {
        Synthesis s = synthesized(RemovalPolicy.DESTROY);
        JsonNode group = cfn(s, "ApiLogGroup");
        assertThat(group.has("DeletionPolicy")).isFalse();
        assertThat(group.has("UpdateReplacePolicy")).isFalse();
        assertThat(group.path("Properties").path("LogGroupName").asText()).isEqualTo("/ecs/shop/api");
        assertThat(group.path("Properties").path("RetentionInDays").asInt()).isEqualTo(14);
        assertThat(group.path("Properties").path("KmsKeyId").asText()).isEqualTo(KEY);
        JsonNode tf = tf(s, "api");
        assertThat(tf.path("name").asText()).isEqualTo("/ecs/shop/api");
        assertThat(tf.path("kms_key_id").asText()).isEqualTo(KEY);
        assertThat(tf.has("skip_destroy")).isFalse();

        JsonNode flowLogs = cfn(s, "ShopFlowLogsLogGroup").path("Properties");
        assertThat(flowLogs.path("RetentionInDays").asInt()).isEqualTo(365);
        assertThat(flowLogs.path("KmsKeyId").asText()).isEqualTo(KEY);
        assertThat(tf(s, "shop_flow_logs").path("retention_in_days").asInt()).isEqualTo(365);
    }

    /**
     * A retained group outlives its stack; with a fixed name, creating the stack again would fail on it ("already
     * exists"). So its name is unique to each creation: CloudFormation names it, Terraform's name_prefix appends a
     * suffix; the readable name stays in the Name tag, and references (the awslogs options, the role policies) follow
     * the group by reference.
     */
    @Test
    void aRetainedGroupIsKeptUnderANameUniqueToItsCreation() {
        Synthesis s = synthesized(RemovalPolicy.RETAIN);
        for (String id : new String[] {"ApiLogGroup", "ShopFlowLogsLogGroup"}) {
            JsonNode group = cfn(s, id);
            assertThat(group.path("DeletionPolicy").asText()).as(id).isEqualTo("Retain");
            assertThat(group.path("UpdateReplacePolicy").asText()).as(id).isEqualTo("Retain");
            assertThat(group.path("Properties").has("LogGroupName")).as(id).isFalse();
        }
        assertThat(cfn(s, "ApiLogGroup").path("Properties").path("Tags").toString())
                .contains("{\"Key\":\"Name\",\"Value\":\"/ecs/shop/api\"}");
        JsonNode tf = tf(s, "api");
        assertThat(tf.has("name")).isFalse();
        assertThat(tf.path("name_prefix").asText()).isEqualTo("/ecs/shop/api-");
        assertThat(tf.path("skip_destroy").asBoolean()).isTrue();
        assertThat(tf.path("tags").path("Name").asText()).isEqualTo("/ecs/shop/api");
        assertThat(tf(s, "shop_flow_logs").path("name_prefix").asText()).isEqualTo("/vpc/shop/flow-logs-");

        JsonNode logOptions = cfn(s, "ApiTaskDefinition").path("Properties").path("ContainerDefinitions").get(0)
                .path("LogConfiguration").path("Options");
        assertThat(logOptions.path("awslogs-group").toString()).isEqualTo("{\"Ref\":\"ApiLogGroup\"}");
    }
}
