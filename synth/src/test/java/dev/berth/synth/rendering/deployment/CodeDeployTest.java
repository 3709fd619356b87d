package dev.berth.synth.rendering.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;
import dev.berth.service.AppSpecEvent;
import dev.berth.service.CodeDeployConfig;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CodeDeploy blue/green end to end: a Fargate service on CODE_DEPLOY with a canary configuration, a test listener,
 * Berth's rollback alarms and two AppSpec hooks; both targets, and the generated appspec.yaml.
 */
class CodeDeployTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GATE = "arn:aws:lambda:eu-west-1:123456789012:function:api-gate";

    private final Synthesis synthesis = Synthesizer.synthesize(program());

    private static Application program() {
        return Application.builder("shop")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2).natGateways(NatGateways.SINGLE))
                .endpoints(Endpoints.none())
                .cluster("main", c -> { })
                .loadBalancer("web", lb -> { })
                .service("api", s -> s
                        .task(t -> t.container("app", c -> c.image("nginx:1.27").port(8080)))
                        .expose("web", e -> e.path("/*"))
                        .deployment(d -> d.rollbackOnTarget5xx(5).rollbackOnAlarm("api-latency")
                                .codeDeploy(c -> c.config(CodeDeployConfig.CANARY_10_PERCENT_5_MINUTES)
                                        .terminationWaitMinutes(30).testListenerPort(9000)
                                        .allowTestTrafficFrom("10.20.0.0/16")
                                        .hook(AppSpecEvent.BEFORE_ALLOW_TRAFFIC, GATE)
                                        .hook(AppSpecEvent.AFTER_ALLOW_TEST_TRAFFIC, "api-smoke-test"))))
                .build();
    }

    private JsonNode cfn(String logicalId) {
        return synthesis.cloudFormation().orElseThrow().path("Resources").path(logicalId);
    }

    private JsonNode tf(String... path) throws Exception {
        JsonNode node = JSON.readTree(synthesis.terraform().orElseThrow().files().get("main.tf.json"));
        for (String p : path) {
            node = node.path(p);
        }
        return node;
    }

    @Test
    void theServiceIsDeployedByCodeDeployWithoutTheEcsCircuitBreaker() {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        JsonNode service = cfn("ApiService").path("Properties");
        assertThat(service.path("DeploymentController").toString()).isEqualTo("{\"Type\":\"CODE_DEPLOY\"}");
        assertThat(service.path("DeploymentConfiguration").has("DeploymentCircuitBreaker")).isFalse();
        assertThat(service.path("DeploymentConfiguration").has("Strategy")).isFalse();
        assertThat(service.path("DeploymentConfiguration").has("Alarms")).as("the group rolls back").isFalse();
        assertThat(service.path("LoadBalancers").path(0).has("AdvancedConfiguration")).isFalse();
    }

    @Test
    void theDeploymentGroupShiftsBetweenThePairOnTheProductionAndTestListeners() {
        JsonNode group = cfn("ApiDeploymentGroup").path("Properties");
        assertThat(group.path("ApplicationName").toString()).isEqualTo("{\"Ref\":\"ApiCodeDeployApplication\"}");
        assertThat(group.path("DeploymentGroupName").asText()).isEqualTo("shop-api");
        assertThat(group.path("DeploymentConfigName").asText())
                .isEqualTo("CodeDeployDefault.ECSCanary10Percent5Minutes");
        assertThat(group.path("DeploymentStyle").toString())
                .isEqualTo("{\"DeploymentType\":\"BLUE_GREEN\",\"DeploymentOption\":\"WITH_TRAFFIC_CONTROL\"}");
        assertThat(group.path("BlueGreenDeploymentConfiguration").toString()).isEqualTo(
                "{\"DeploymentReadyOption\":{\"ActionOnTimeout\":\"CONTINUE_DEPLOYMENT\"},"
                        + "\"TerminateBlueInstancesOnDeploymentSuccess\":{\"Action\":\"TERMINATE\","
                        + "\"TerminationWaitTimeInMinutes\":30}}");
        JsonNode pair = group.path("LoadBalancerInfo").path("TargetGroupPairInfoList").path(0);
        assertThat(pair.path("TargetGroups").toString()).isEqualTo(
                "[{\"Name\":{\"Fn::GetAtt\":[\"ApiTargetGroup\",\"TargetGroupName\"]}},"
                        + "{\"Name\":{\"Fn::GetAtt\":[\"ApiAlternateTargetGroup\",\"TargetGroupName\"]}}]");
        assertThat(pair.path("ProdTrafficRoute").toString()).isEqualTo("{\"ListenerArns\":[{\"Ref\":\"WebHttpListener\"}]}");
        assertThat(pair.path("TestTrafficRoute").toString())
                .isEqualTo("{\"ListenerArns\":[{\"Ref\":\"WebApiTestListener\"}]}");
        assertThat(group.path("AlarmConfiguration").path("Alarms").size()).isEqualTo(3);
        assertThat(group.path("AutoRollbackConfiguration").toString()).isEqualTo("{\"Enabled\":true,\"Events\":"
                + "[\"DEPLOYMENT_FAILURE\",\"DEPLOYMENT_STOP_ON_ALARM\"]}");
        assertThat(cfn("ApiCodeDeployApplication").path("Properties").path("ComputePlatform").asText())
                .isEqualTo("ECS");
    }

    @Test
    void theServiceRoleIsTrustedByCodeDeployWithTheManagedEcsPolicy() {
        JsonNode role = cfn("ApiCodedeployRole").path("Properties");
        assertThat(role.path("AssumeRolePolicyDocument").toString())
                .contains("\"Service\":\"codedeploy.amazonaws.com\"");
        assertThat(role.path("ManagedPolicyArns").toString()).isEqualTo(
                "[{\"Fn::Sub\":\"arn:${AWS::Partition}:iam::aws:policy/AWSCodeDeployRoleForECS\"}]");
    }

    @Test
    void theTestListenerAdmitsOnlyTheGivenRange() {
        JsonNode listener = cfn("WebApiTestListener").path("Properties");
        assertThat(listener.path("Port").asInt()).isEqualTo(9000);
        JsonNode ingress = cfn("WebAlbApiTest1Ingress").path("Properties");
        assertThat(ingress.path("CidrIp").asText()).isEqualTo("10.20.0.0/16");
        assertThat(ingress.path("FromPort").asInt()).isEqualTo(9000);
    }

    @Test
    void terraformLeavesWhatCodeDeployChangesAlone() throws Exception {
        JsonNode service = tf("resource", "aws_ecs_service", "api");
        assertThat(service.path("deployment_controller").toString()).isEqualTo("{\"type\":\"CODE_DEPLOY\"}");
        assertThat(service.has("deployment_circuit_breaker")).isFalse();
        // the plan leaves every ECS-native deployment setting out under CODE_DEPLOY
        assertThat(service.has("deployment_configuration")).isFalse();
        assertThat(service.has("alarms")).isFalse();
        assertThat(service.has("force_new_deployment")).isFalse();
        assertThat(service.path("lifecycle").path("ignore_changes").toString())
                .isEqualTo("[\"task_definition\",\"load_balancer\"]");
        assertThat(tf("resource", "aws_lb_listener_rule", "api", "lifecycle", "ignore_changes").toString())
                .isEqualTo("[\"action\"]");
        assertThat(tf("resource", "aws_lb_listener", "web_api_test", "lifecycle", "ignore_changes").toString())
                .isEqualTo("[\"default_action\"]");
        assertThat(tf("resource", "aws_iam_role_policy_attachment", "api_codedeploy_awscodedeployroleforecs", "policy_arn")
                .asText()).isEqualTo("arn:${data.aws_partition.current.partition}:iam::aws:policy/AWSCodeDeployRoleForECS");
        assertThat(tf("resource", "aws_codedeploy_app", "api", "compute_platform").asText()).isEqualTo("ECS");
    }

    @Test
    void theAppSpecNamesTheContainerPlatformAndHooks() {
        String appSpec = synthesis.appSpecs().get("api");
        assertThat(synthesis.files()).containsKey("codedeploy/api.appspec.yaml");
        assertThat(appSpec.lines().filter(l -> !l.startsWith("#")).toList()).containsExactly(
                "version: 0.0",
                "Resources:",
                "  - TargetService:",
                "      Type: AWS::ECS::Service",
                "      Properties:",
                "        TaskDefinition: \"<TASK_DEFINITION>\"",
                "        LoadBalancerInfo:",
                "          ContainerName: \"app\"",
                "          ContainerPort: 8080",
                "        PlatformVersion: \"LATEST\"",
                "Hooks:",
                "  - AfterAllowTestTraffic: \"api-smoke-test\"",
                "  - BeforeAllowTraffic: \"" + GATE + "\"");
    }

    @Test
    void theWriterPutsTheAppSpecBesideTheOutputsAndListsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws Exception {
        dev.berth.synth.output.OutputWriter.write(out, synthesis.files());
        assertThat(java.nio.file.Files.readString(out.resolve("codedeploy/api.appspec.yaml")))
                .isEqualTo(synthesis.appSpecs().get("api"));
        assertThat(java.nio.file.Files.readAllLines(out.resolve(dev.berth.synth.output.OutputWriter.MANIFEST)))
                .contains("codedeploy/api.appspec.yaml");
    }

    @Test
    void theDiagramDrawsTheDeploymentGroupAndItsAlarms() {
        String readme = synthesis.terraform().orElseThrow().files().get("README.md");
        assertThat(readme).contains("codedeploy_api -.->|\"deploys blue/green\"| svc_api")
                .contains("alarm_api__alternate__target_5xx -.->|\"rolls back\"| codedeploy_api");
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
