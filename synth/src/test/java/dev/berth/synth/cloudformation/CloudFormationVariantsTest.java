package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Plan;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources.ClusterCapacityProviders;
import dev.berth.synth.plan.compute.ComputeResources.Service;
import dev.berth.synth.plan.compute.ComputeResources.StrategyItem;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Listener;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.Redirect;
import dev.berth.synth.plan.loadbalancing.LoadBalancingResources;
import dev.berth.synth.plan.network.NetworkResources.ElasticIp;
import dev.berth.synth.plan.network.NetworkResources.NatGateway;
import dev.berth.synth.plan.network.NetworkResources.Route;
import dev.berth.synth.plan.network.NetworkResources.RouteTarget;
import dev.berth.synth.plan.network.NetworkResources.VpcEndpoint;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.testing.TestPlans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.berth.synth.cloudformation.PlanFixture.API_SG;
import static dev.berth.synth.cloudformation.PlanFixture.ATTACHMENT;
import static dev.berth.synth.cloudformation.PlanFixture.CLUSTER;
import static dev.berth.synth.cloudformation.PlanFixture.LOAD_BALANCER;
import static dev.berth.synth.cloudformation.PlanFixture.ROUTE_TABLE;
import static dev.berth.synth.cloudformation.PlanFixture.SUBNET_A;
import static dev.berth.synth.cloudformation.PlanFixture.SUBNET_B;
import static dev.berth.synth.cloudformation.PlanFixture.TASK_DEFINITION;
import static dev.berth.synth.cloudformation.PlanFixture.VPC;
import static org.assertj.core.api.Assertions.assertThat;

/** The kinds and variants the main fixture does not use, added to it so that references resolve. */
class CloudFormationVariantsTest {

    private static final ResourceId EIP = ResourceId.of(NetworkResources.ElasticIp.class, "a");
    private static final ResourceId NAT = ResourceId.of(NetworkResources.NatGateway.class, "a");

    private final ObjectNode template = CloudFormationRenderer.render(plan());

    private static Plan plan() {
        Plan base = PlanFixture.plan();
        List<PlannedResource> resources = new ArrayList<>(base.resources());
        resources.addAll(List.of(
                new ElasticIp(EIP, "vpc", Map.of()),
                new NatGateway(NAT, SUBNET_A.attr(Attr.ID), EIP.attr(Attr.ALLOCATION_ID), Map.of()),
                new Route(ResourceId.of(NetworkResources.Route.class, "private", "nat"), ROUTE_TABLE.attr(Attr.ID), "0.0.0.0/0",
                        RouteTarget.NAT_GATEWAY, NAT.attr(Attr.ID)),
                new VpcEndpoint(ResourceId.of(NetworkResources.VpcEndpoint.class, "s3"), VPC.attr(Attr.ID),
                        Value.concat("com.amazonaws.", Value.pseudo(Pseudo.REGION), ".s3"), true,
                        List.of(), List.of(), List.of(ROUTE_TABLE.attr(Attr.ID)), false, Map.of()),
                new VpcEndpoint(ResourceId.of(NetworkResources.VpcEndpoint.class, "ecr-api"), VPC.attr(Attr.ID),
                        Value.literal("com.amazonaws.eu-west-1.ecr.api"), false,
                        List.of(SUBNET_A.attr(Attr.ID), SUBNET_B.attr(Attr.ID)), List.of(API_SG.attr(Attr.ID)),
                        List.of(), true, Map.of("app", "demo")),
                new ClusterCapacityProviders(ResourceId.of(ComputeResources.ClusterCapacityProviders.class, "demo"),
                        CLUSTER.attr(Attr.NAME), List.of("FARGATE", "FARGATE_SPOT"), List.of()),
                new Listener(ResourceId.of(LoadBalancingResources.Listener.class, "web", "https"), LOAD_BALANCER.attr(Attr.ARN), 443, "HTTPS",
                        "arn:aws:acm:eu-west-1:123456789012:certificate/abc",
                        "ELBSecurityPolicy-TLS13-1-2-2021-06", null, new Redirect("HTTPS", 443, "HTTP_301")),
                spotService()));
        return TestPlans.of(base.name(), base.description(), resources, base.inputs(), base.outputs(), base.owners());
    }

    /** A worker without load balancer or public IP, on a capacity provider strategy, propagating tags. */
    private static Service spotService() {
        return new Service(ResourceId.of(ComputeResources.Service.class, "worker"), "worker", false, CLUSTER.attr(Attr.NAME),
                TASK_DEFINITION.attr(Attr.ARN), 1, false, null, List.of(new StrategyItem("FARGATE_SPOT", 0, 1)), null,
                new ComputeResources.AwsvpcConfiguration(List.of(SUBNET_A.attr(Attr.ID)),
                        List.of(API_SG.attr(Attr.ID)), false), 50, 200, false, false, true,
                null, "SERVICE", List.of(), Map.of());
    }

    private JsonNode properties(String logicalId) {
        return template.path("Resources").path(logicalId).path("Properties");
    }

    private static void assertJson(JsonNode actual, String expected) {
        try {
            assertThat(Json.pretty(actual)).isEqualTo(Json.pretty(Json.mapper().readTree(expected)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(expected, e);
        }
    }

    @Test
    void writesNatGatewaysWithTheirElasticIps() {
        assertJson(template.at("/Resources/AEip"), """
                {"Type": "AWS::EC2::EIP", "DependsOn": ["DemoGatewayAttachment"], "Properties": {"Domain": "vpc"}}""");
        assertJson(properties("ANatGateway").get("AllocationId"), "{\"Fn::GetAtt\": [\"AEip\", \"AllocationId\"]}");
        assertJson(properties("PrivateNatRoute").get("NatGatewayId"), "{\"Ref\": \"ANatGateway\"}");
        assertThat(properties("PrivateNatRoute").has("GatewayId")).isFalse();
    }

    @Test
    void writesGatewayAndInterfaceEndpoints() {
        assertJson(properties("S3Endpoint"), """
                {"VpcId": {"Ref": "DemoVpc"}, "ServiceName": {"Fn::Sub": "com.amazonaws.${AWS::Region}.s3"},
                 "VpcEndpointType": "Gateway", "RouteTableIds": [{"Ref": "PublicRouteTable"}]}""");
        assertJson(properties("EcrApiEndpoint"), """
                {"VpcId": {"Ref": "DemoVpc"}, "ServiceName": "com.amazonaws.eu-west-1.ecr.api",
                 "VpcEndpointType": "Interface", "SubnetIds": [{"Ref": "PublicASubnet"}, {"Ref": "PublicBSubnet"}],
                 "SecurityGroupIds": [{"Fn::GetAtt": ["ApiSecurityGroup", "GroupId"]}], "PrivateDnsEnabled": true,
                 "Tags": [{"Key": "app", "Value": "demo"}]}""");
    }

    @Test
    void writesTheRequiredDefaultStrategyEvenWhenEmpty() {
        assertJson(properties("DemoCapacityProviders"), """
                {"Cluster": {"Ref": "DemoCluster"}, "CapacityProviders": ["FARGATE", "FARGATE_SPOT"],
                 "DefaultCapacityProviderStrategy": []}""");
    }

    @Test
    void writesHttpsListenersWithCertificateAndRedirects() {
        assertJson(properties("WebHttpsListener"), """
                {"LoadBalancerArn": {"Ref": "WebLoadBalancer"}, "Port": 443, "Protocol": "HTTPS",
                 "Certificates": [{"CertificateArn": "arn:aws:acm:eu-west-1:123456789012:certificate/abc"}],
                 "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
                 "DefaultActions": [{"Type": "redirect",
                   "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}]}""");
    }

    @Test
    void writesACapacityProviderStrategyInsteadOfALaunchType() {
        JsonNode worker = properties("WorkerService");
        assertJson(worker.get("CapacityProviderStrategy"),
                "[{\"CapacityProvider\": \"FARGATE_SPOT\", \"Base\": 0, \"Weight\": 1}]");
        assertThat(worker.has("LaunchType")).isFalse();
        assertThat(worker.has("PlatformVersion")).isFalse();
        assertThat(worker.has("HealthCheckGracePeriodSeconds")).isFalse();
        assertThat(worker.has("LoadBalancers")).isFalse();
        assertThat(worker.has("Tags")).isFalse();
        assertThat(worker.get("PropagateTags").asText()).isEqualTo("SERVICE");
        assertThat(worker.at("/NetworkConfiguration/AwsvpcConfiguration/AssignPublicIp").asText())
                .isEqualTo("DISABLED");
    }

    @Test
    void passesTheTemplateValidator() {
        assertThat(CloudFormationTemplateValidator.validate(template)).isEmpty();
    }
}
