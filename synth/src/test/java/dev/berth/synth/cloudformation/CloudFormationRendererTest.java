package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Output;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.iam.IamResources;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources.InternetGateway;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.rendering.PlanKinds;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.testing.TestPlans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.berth.synth.cloudformation.PlanFixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudFormationRendererTest {

    private final ObjectNode template = CloudFormationRenderer.render(plan());

    private JsonNode properties(String logicalId) {
        JsonNode resource = template.path("Resources").path(logicalId);
        assertThat(resource.isObject()).as("resource %s", logicalId).isTrue();
        return resource.path("Properties");
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Compares pretty-printed JSON, so that a failure shows a readable diff and key order counts too. */
    private static void assertJson(JsonNode actual, String expected) {
        assertThat(Json.pretty(actual)).isEqualTo(Json.pretty(json(expected)));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void writesTheSectionsInOrder() {
        assertThat(keys(template))
                .containsExactly("AWSTemplateFormatVersion", "Description", "Parameters", "Resources", "Outputs");
        assertThat(template.get("AWSTemplateFormatVersion").asText()).isEqualTo("2010-09-09");
        assertThat(template.get("Description").asText()).isEqualTo("Berth demo: one API service");
    }

    @Test
    void leavesOutParametersAndOutputsAPlanDoesNotHave() {
        Plan bare = TestPlans.of("bare", "nothing else", List.of(new InternetGateway(PlanFixture.IGW, Map.of())),
                List.of(), List.of(), Plan.Ownership.NONE);
        ObjectNode rendered = CloudFormationRenderer.render(bare);
        assertThat(keys(rendered)).containsExactly("AWSTemplateFormatVersion", "Description", "Resources");
        assertJson(rendered.at("/Resources/DemoInternetGateway/Properties"), "{}");
    }

    @Test
    void namesResourcesAfterTheirPlanNamesAndKinds() {
        assertThat(keys(template.get("Resources"))).containsExactly(
                "DemoVpc", "DemoInternetGateway", "DemoGatewayAttachment", "PublicASubnet", "PublicBSubnet",
                "PublicRouteTable", "PublicInternetRoute", "PublicARouteTableAssociation",
                "WebSecurityGroup", "ApiSecurityGroup", "WebHttpIngress", "WebApiEgress", "ApiWebIngress",
                "ApiAllEgress", "DemoCluster", "ApiLogGroup", "ApiExecutionRole", "ApiTaskRole",
                "ApiExecutionPolicy", "ApiTaskDefinition", "ApiService", "WebLoadBalancer", "ApiTargetGroup",
                "WebHttpListener", "ApiListenerRule", "ApiScalableTarget", "ApiRequestsScalingPolicy");
        assertThat(template.at("/Resources/WebApiEgress/Type").asText()).isEqualTo("AWS::EC2::SecurityGroupEgress");
        assertThat(template.at("/Resources/PublicARouteTableAssociation/Type").asText())
                .isEqualTo("AWS::EC2::SubnetRouteTableAssociation");
        assertThat(keys(template.at("/Resources/ApiService"))).containsExactly("Type", "DependsOn", "Properties");
    }

    @Test
    void givesEveryKindItsOwnTypeAndSuffix() {
        assertThat(PlanKinds.all().stream().map(CloudFormationRenderer::type)).allMatch(type -> type.startsWith("AWS::"));
        assertThat(PlanKinds.withOwnType().stream().map(CloudFormationRenderer::type)).doesNotHaveDuplicates();
        assertThat(PlanKinds.withOwnType().stream()
                .map(kind -> CloudFormationRenderer.logicalId(ResourceId.of(kind, "x")))).doesNotHaveDuplicates();
        assertThat(CloudFormationRenderer.type(LoadBalancingResources.TargetGroup.class))
                .isEqualTo("AWS::ElasticLoadBalancingV2::TargetGroup");
        assertThat(CloudFormationRenderer.logicalId(ResourceId.of(IamResources.Role.class, "api-v2", "task")))
                .isEqualTo("ApiV2TaskRole");
    }

    @Test
    void writesParametersAndOutputs() {
        assertJson(template.at("/Parameters/ApiImageTag"), """
                {"Type": "String", "Description": "Tag of the api image", "Default": "latest",
                 "AllowedPattern": "^[\\\\w.-]+$"}""");
        assertJson(template.at("/Outputs/WebLoadBalancerDnsName"), """
                {"Description": "DNS name of the web load balancer",
                 "Value": {"Fn::GetAtt": ["WebLoadBalancer", "DNSName"]}}""");
    }

    @Test
    void readsIdsWithRefAndOtherAttributesWithGetAtt() {
        assertJson(properties("PublicASubnet").get("VpcId"), "{\"Ref\": \"DemoVpc\"}");
        assertJson(properties("ApiWebIngress").get("GroupId"),
                "{\"Fn::GetAtt\": [\"ApiSecurityGroup\", \"GroupId\"]}");
        assertJson(properties("ApiTaskDefinition").get("ExecutionRoleArn"),
                "{\"Fn::GetAtt\": [\"ApiExecutionRole\", \"Arn\"]}");
        assertJson(properties("ApiExecutionPolicy").get("RoleName"), "{\"Ref\": \"ApiExecutionRole\"}");
        assertJson(properties("ApiService").get("TaskDefinition"), "{\"Ref\": \"ApiTaskDefinition\"}");
        assertJson(properties("ApiRequestsScalingPolicy").get("ScalingTargetId"), "{\"Ref\": \"ApiScalableTarget\"}");
    }

    @Test
    void writesConcatenationsAsSub() {
        assertJson(properties("ApiTaskDefinition").at("/ContainerDefinitions/0/Image"), """
                {"Fn::Sub": "${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/api:${ApiImageTag}"}""");
        assertJson(properties("ApiScalableTarget").get("ResourceId"),
                "{\"Fn::Sub\": \"service/${DemoCluster}/${ApiService.Name}\"}");
        assertJson(properties("ApiRequestsScalingPolicy")
                .at("/TargetTrackingScalingPolicyConfiguration/PredefinedMetricSpecification/ResourceLabel"), """
                {"Fn::Sub": "${WebLoadBalancer.LoadBalancerFullName}/${ApiTargetGroup.TargetGroupFullName}"}""");
    }

    @Test
    void escapesALiteralDollarBraceInsideSub() {
        JsonNode statement = properties("ApiExecutionPolicy").at("/PolicyDocument/Statement/1");
        assertJson(statement.get("Resource"),
                "{\"Fn::Sub\": \"arn:${AWS::Partition}:s3:::demo-bucket/${!aws:username}/*\"}");
    }

    @Test
    void writesAvailabilityZonesWithSelectAndJoinsThemWhenConcatenated() {
        assertJson(properties("PublicBSubnet").get("AvailabilityZone"),
                "{\"Fn::Select\": [1, {\"Fn::GetAZs\": \"\"}]}");
        assertJson(template.at("/Outputs/FirstZoneLabel/Value"),
                "{\"Fn::Join\": [\"\", [\"zone \", {\"Fn::Select\": [0, {\"Fn::GetAZs\": \"\"}]}]]}");
    }

    @Test
    void writesTheDependsOnThePlansCreationOrderStates() {
        assertJson(template.at("/Resources/PublicInternetRoute/DependsOn"), "[\"DemoGatewayAttachment\"]");
        assertJson(template.at("/Resources/WebLoadBalancer/DependsOn"), "[\"DemoGatewayAttachment\"]");
        // in the plan's order: network path, security group rules, roles' policies, listener rule
        assertJson(template.at("/Resources/ApiService/DependsOn"), """
                ["PublicInternetRoute", "PublicARouteTableAssociation", "WebApiEgress", "ApiWebIngress",
                 "ApiAllEgress", "ApiExecutionPolicy", "ApiListenerRule"]""");
        // the scalable target names the service: the reference orders it
        assertThat(template.at("/Resources/ApiScalableTarget").has("DependsOn")).isFalse();
        // every resource: exactly what the plan's creation order states
        for (var r : plan().resources()) {
            List<String> expected = plan().order().dependsOn(r.id()).stream().map(CloudFormationRenderer::logicalId)
                    .toList();
            List<String> written = new ArrayList<>();
            template.at("/Resources/" + CloudFormationRenderer.logicalId(r.id()) + "/DependsOn")
                    .forEach(d -> written.add(d.asText()));
            assertThat(written).as("DependsOn of %s", r.id()).isEqualTo(expected);
        }
    }

    @Test
    void replacesTheDefaultEgressRuleOfSecurityGroups() {
        assertJson(properties("WebSecurityGroup"), """
                {"GroupDescription": "web load balancer", "VpcId": {"Ref": "DemoVpc"},
                 "SecurityGroupEgress": [{"CidrIp": "255.255.255.255/32", "Description": "Disallow all traffic",
                                          "FromPort": 252, "IpProtocol": "icmp", "ToPort": 86}],
                 "Tags": [{"Key": "app", "Value": "demo"}]}""");
    }

    @Test
    void writesSecurityGroupRulesByDirection() {
        assertJson(properties("WebApiEgress"), """
                {"GroupId": {"Fn::GetAtt": ["WebSecurityGroup", "GroupId"]}, "IpProtocol": "tcp",
                 "FromPort": 8080, "ToPort": 8080,
                 "DestinationSecurityGroupId": {"Fn::GetAtt": ["ApiSecurityGroup", "GroupId"]},
                 "Description": "to the api tasks"}""");
        assertThat(properties("ApiWebIngress").has("SourceSecurityGroupId")).isTrue();
        assertThat(keys(properties("ApiAllEgress"))).containsExactly("GroupId", "IpProtocol", "CidrIp", "Description");
    }

    @Test
    void leavesOutWhatThePlanSaysToLeaveOut() {
        JsonNode container = properties("ApiTaskDefinition").at("/ContainerDefinitions/0");
        assertThat(keys(container)).containsExactly("Name", "Image", "MemoryReservation", "Essential",
                "PortMappings", "Environment", "HealthCheck", "LogConfiguration", "ReadonlyRootFilesystem");
        assertJson(container.get("PortMappings"),
                "[{\"ContainerPort\": 8080, \"Protocol\": \"tcp\", \"Name\": \"http\"}]");
        JsonNode service = properties("ApiService");
        assertThat(service.has("PropagateTags")).isFalse();
        assertThat(service.has("CapacityProviderStrategy")).isFalse();
        assertThat(service.get("HealthCheckGracePeriodSeconds").asInt()).isEqualTo(60);
        assertThat(properties("WebHttpListener").has("Certificates")).isFalse();
        assertThat(properties("WebHttpListener").has("SslPolicy")).isFalse();
        assertThat(properties("ApiTaskRole").has("Description")).isFalse();
        assertThat(properties("PublicRouteTable").has("Tags")).isFalse();
    }

    @Test
    void writesTaskSizesAsStringsAndLogOptionsAsValues() {
        JsonNode task = properties("ApiTaskDefinition");
        assertThat(task.get("Cpu").isTextual()).isTrue();
        assertThat(task.get("Memory").asText()).isEqualTo("512");
        assertJson(task.at("/ContainerDefinitions/0/LogConfiguration"), """
                {"LogDriver": "awslogs", "Options": {"awslogs-group": {"Ref": "ApiLogGroup"},
                 "awslogs-region": {"Ref": "AWS::Region"}, "awslogs-stream-prefix": "api"}}""");
    }

    @Test
    void writesPolicyDocumentsAsIamExpects() {
        assertJson(properties("ApiExecutionRole").get("AssumeRolePolicyDocument"), """
                {"Version": "2012-10-17", "Statement": [{"Sid": "EcsTasksAssume", "Effect": "Allow",
                 "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""");
        JsonNode logs = properties("ApiExecutionPolicy").at("/PolicyDocument/Statement/0");
        assertJson(logs.get("Action"), "[\"logs:CreateLogStream\", \"logs:PutLogEvents\"]");
        assertJson(logs.get("Resource"), "{\"Fn::Sub\": \"${ApiLogGroup.Arn}:*\"}");
        assertThat(logs.has("Condition")).isFalse();
        assertJson(properties("ApiExecutionPolicy").at("/PolicyDocument/Statement/1/Condition"),
                "{\"StringEquals\": {\"aws:ResourceAccount\": {\"Ref\": \"AWS::AccountId\"}}}");
    }

    @Test
    void writesListenerActionsAndRuleConditions() {
        assertJson(properties("WebHttpListener").get("DefaultActions"), """
                [{"Type": "fixed-response", "FixedResponseConfig":
                  {"StatusCode": "404", "ContentType": "text/plain", "MessageBody": "Not found"}}]""");
        assertJson(properties("ApiListenerRule").get("Conditions"), """
                [{"Field": "path-pattern", "PathPatternConfig": {"Values": ["/api/*"]}}]""");
        assertJson(properties("ApiListenerRule").get("Actions"),
                "[{\"Type\": \"forward\", \"TargetGroupArn\": {\"Ref\": \"ApiTargetGroup\"}}]");
    }

    @Test
    void rejectsAnAttributeTheTargetKindDoesNotHave() {
        Plan broken = TestPlans.of("broken", "bad reference", List.of(new InternetGateway(PlanFixture.IGW, Map.of())),
                List.of(), List.of(new Output("x", "x", PlanFixture.IGW.attr(Attr.ARN))),
                Plan.Ownership.NONE);
        assertThatThrownBy(() -> CloudFormationRenderer.render(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ARN").hasMessageContaining("InternetGateway");
    }

    @Test
    void rejectsTwoResourcesWithOneLogicalId() {
        Plan colliding = TestPlans.of("colliding", "a-b and [a, b]", List.of(
                new InternetGateway(ResourceId.of(NetworkResources.InternetGateway.class, "a-b"), Map.of()),
                new InternetGateway(ResourceId.of(NetworkResources.InternetGateway.class, "a", "b"), Map.of())), List.of(), List.of(),
                Plan.Ownership.NONE);
        assertThatThrownBy(() -> CloudFormationRenderer.render(colliding))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ABInternetGateway");
    }

    @Test
    void isDeterministic() {
        assertThat(Json.pretty(CloudFormationRenderer.render(plan()))).isEqualTo(Json.pretty(template));
    }

    @Test
    void passesTheTemplateValidator() {
        assertThat(CloudFormationTemplateValidator.validate(template)).isEmpty();
    }
}
