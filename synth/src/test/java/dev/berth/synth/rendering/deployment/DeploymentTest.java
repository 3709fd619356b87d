package dev.berth.synth.rendering.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;
import dev.berth.service.DeploymentStrategy;
import dev.berth.service.LifecycleStage;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deployments end to end: a load-balanced BLUE_GREEN service with a lifecycle hook and Terraform's redeployment
 * trigger, and a headless BLUE_GREEN service (ECS runs both revisions, with no traffic to shift).
 */
class DeploymentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOOK = "arn:aws:lambda:eu-west-1:123456789012:function:api-smoke";

    private final Synthesis synthesis = Synthesizer.synthesize(program());

    private static Application program() {
        return Application.builder("shop")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2).natGateways(NatGateways.SINGLE))
                .endpoints(Endpoints.none())
                .cluster("main", c -> { })
                .loadBalancer("web", lb -> { })
                .service("api", s -> s
                        .task(t -> t.container("app", c -> c.image("nginx:1.27").port(80)))
                        .expose("web", e -> e.path("/*"))
                        .deployment(d -> d.strategy(DeploymentStrategy.BLUE_GREEN).bakeTimeMinutes(20)
                                .lifecycleHook(HOOK, LifecycleStage.POST_TEST_TRAFFIC_SHIFT)
                                .rollbackOnAlarm("api-latency").forceNewDeployment(true)))
                .service("worker", s -> s
                        .task(t -> t.container("app", c -> c.image("nginx:1.27")))
                        .deployment(d -> d.strategy(DeploymentStrategy.BLUE_GREEN)))
                .build();
    }

    private JsonNode cfn(String logicalId) {
        return synthesis.cloudFormation().orElseThrow().path("Resources").path(logicalId);
    }

    private JsonNode tf(String file, String... path) throws Exception {
        JsonNode node = JSON.readTree(synthesis.terraform().orElseThrow().files().get(file));
        for (String p : path) {
            node = node.path(p);
        }
        return node;
    }

    @Test
    void theBlueGreenServiceShiftsBetweenTwoTargetGroupsThroughItsRule() {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        JsonNode service = cfn("ApiService").path("Properties");
        assertThat(service.path("DeploymentConfiguration").path("Strategy").asText()).isEqualTo("BLUE_GREEN");
        assertThat(service.path("DeploymentConfiguration").path("BakeTimeInMinutes").asInt()).isEqualTo(20);
        assertThat(service.path("DeploymentConfiguration").path("Alarms").toString())
                .isEqualTo("{\"AlarmNames\":[\"api-latency\"],\"Enable\":true,\"Rollback\":true}");
        assertThat(service.path("LoadBalancers").path(0).path("AdvancedConfiguration").toString()).isEqualTo(
                "{\"AlternateTargetGroupArn\":{\"Ref\":\"ApiAlternateTargetGroup\"},"
                        + "\"ProductionListenerRule\":{\"Ref\":\"ApiListenerRule\"},"
                        + "\"RoleArn\":{\"Fn::GetAtt\":[\"ApiDeploymentRole\",\"Arn\"]}}");
        JsonNode weights = cfn("ApiListenerRule").path("Properties").path("Actions").path(0).path("ForwardConfig")
                .path("TargetGroups");
        assertThat(weights.toString()).isEqualTo("[{\"TargetGroupArn\":{\"Ref\":\"ApiTargetGroup\"},\"Weight\":100},"
                + "{\"TargetGroupArn\":{\"Ref\":\"ApiAlternateTargetGroup\"},\"Weight\":0}]");
        assertThat(cfn("ApiDeploymentRole").path("Properties").path("AssumeRolePolicyDocument").toString())
                .contains("\"Service\":\"ecs.amazonaws.com\"");
    }

    @Test
    void theHookRoleInvokesExactlyTheHooksFunction() {
        JsonNode hook = cfn("ApiService").path("Properties").path("DeploymentConfiguration").path("LifecycleHooks")
                .path(0);
        assertThat(hook.path("HookTargetArn").asText()).isEqualTo(HOOK);
        assertThat(hook.path("LifecycleStages").toString()).isEqualTo("[\"POST_TEST_TRAFFIC_SHIFT\"]");
        assertThat(hook.path("RoleArn").toString()).isEqualTo("{\"Fn::GetAtt\":[\"ApiDeploymentHooksRole\",\"Arn\"]}");
        assertThat(cfn("ApiDeploymentHooksPolicy").path("Properties").path("PolicyDocument").path("Statement")
                .toString()).isEqualTo("[{\"Sid\":\"InvokeDeploymentHooks\",\"Effect\":\"Allow\","
                + "\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"" + HOOK + "\"}]");
    }

    @Test
    void terraformLeavesTheRulesActionToEcsAndRedeploysOnItsTrigger() throws Exception {
        assertThat(tf("main.tf.json", "resource", "aws_lb_listener_rule", "api", "lifecycle", "ignore_changes")
                .toString()).isEqualTo("[\"action\"]");
        JsonNode service = tf("main.tf.json", "resource", "aws_ecs_service", "api");
        assertThat(service.path("force_new_deployment").asBoolean()).isTrue();
        assertThat(service.path("triggers").path("redeployment").asText()).isEqualTo("${var.api_redeployment}");
        assertThat(service.path("deployment_configuration").path("bake_time_in_minutes").asText()).isEqualTo("20");
        assertThat(tf("variables.tf.json", "variable", "api_redeployment").isMissingNode()).isFalse();
        assertThat(synthesis.cloudFormation().orElseThrow().path("Parameters").path("ApiRedeployment").isMissingNode())
                .as("CloudFormation has no redeployment parameter").isTrue();
    }

    @Test
    void aHeadlessBlueGreenServiceHasNoTrafficSettings() {
        JsonNode worker = cfn("WorkerService").path("Properties");
        assertThat(worker.path("DeploymentConfiguration").path("Strategy").asText()).isEqualTo("BLUE_GREEN");
        assertThat(worker.path("LoadBalancers").isMissingNode()).isTrue();
        assertThat(cfn("WorkerDeploymentRole").isMissingNode()).isTrue();
    }

    @Test
    void bothTargetsAreSchemaValid() throws Exception {
        synthesis.cloudFormationStacks().forEach(stack -> assertThat(CloudFormationTemplateValidator.validate(
                JSON.valueToTree(stack.template()))).isEmpty());
        Map<String, JsonNode> module = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : synthesis.terraform().orElseThrow().files().entrySet()) {
            if (file.getKey().endsWith(".json")) {
                module.put(file.getKey(), JSON.readTree(file.getValue()));
            }
        }
        assertThat(TerraformModuleValidator.validate(module)).isEmpty();
    }
}
