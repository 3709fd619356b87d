package dev.berth.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, items 1 and 2, on the rendered files: what a service waits for before CloudFormation or Terraform creates
 * it (its roles' policies, its network path, its listener rule), that an internet-facing load balancer waits for the
 * gateway attachment, that nothing a reference already orders is repeated in {@code DependsOn} / {@code depends_on},
 * and that an auto-scaled service's desired count is left to Application Auto Scaling after creation.
 */
class DeployOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/worker:1.0";

    /** A queue worker without load balancer: private ECR image, logs, an SSM secret and a grant. */
    private static Application.Builder worker(NatGateways nat) {
        return Application.builder("shop")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2).natGateways(nat))
                .endpoints(Endpoints.automatic())
                .cluster("main", c -> { })
                .service("worker", s -> s.task(t -> t
                        .container("app", c -> c.image(IMAGE).secretFromSsm("TOKEN", "/shop/token"))
                        .grant(Grant.s3Bucket("shop-uploads", Access.READ))));
    }

    private static Synthesis synthesize(Application app) {
        Synthesis synthesis = Synthesizer.synthesize(app);
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        return synthesis;
    }

    private static JsonNode cfn(Synthesis synthesis, String logicalId) {
        JsonNode resource = synthesis.cloudFormation().orElseThrow().path("Resources").path(logicalId);
        assertThat(resource.isMissingNode()).as("resource %s", logicalId).isFalse();
        return resource;
    }

    private static JsonNode tf(Synthesis synthesis, String type, String name) {
        try {
            JsonNode resource = JSON.readTree(synthesis.terraform().orElseThrow().files().get("main.tf.json"))
                    .path("resource").path(type).path(name);
            assertThat(resource.isMissingNode()).as("resource %s.%s", type, name).isFalse();
            return resource;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void aWorkerInAVpcWithoutNatWaitsForItsPoliciesEndpointsAndEgress() {
        Synthesis s = synthesize(worker(NatGateways.NONE).build());

        assertThat(texts(cfn(s, "WorkerService").path("DependsOn"))).containsExactlyInAnyOrder(
                "WorkerExecutionPolicy", "WorkerTaskPolicy",
                "PrivateARouteTableAssociation", "PrivateBRouteTableAssociation",
                "EndpointsHttpsFromVpcIngress", "EcrApiEndpoint", "EcrDkrEndpoint", "S3Endpoint", "LogsEndpoint",
                "SsmEndpoint", "WorkerTasksHttpsEgress");
        assertThat(texts(tf(s, "aws_ecs_service", "worker").path("depends_on"))).containsExactlyInAnyOrder(
                "aws_iam_role_policy.worker_execution", "aws_iam_role_policy.worker_task",
                "aws_route_table_association.private_a", "aws_route_table_association.private_b",
                "aws_vpc_security_group_ingress_rule.endpoints_https_from_vpc", "aws_vpc_endpoint.ecr_api",
                "aws_vpc_endpoint.ecr_dkr", "aws_vpc_endpoint.s3", "aws_vpc_endpoint.logs", "aws_vpc_endpoint.ssm",
                "aws_vpc_security_group_egress_rule.worker_tasks_https");
    }

    @Test
    void aServiceInAVpcWithNatWaitsForTheNatRoutesOfItsSubnets() {
        Synthesis s = synthesize(worker(NatGateways.PER_AZ).endpoints(Endpoints.none()).build());

        assertThat(texts(cfn(s, "WorkerService").path("DependsOn"))).contains(
                "PrivateARouteTableAssociation", "PrivateANatRoute", "PrivateBRouteTableAssociation",
                "PrivateBNatRoute").doesNotContain("PublicInternetRoute");
        assertThat(texts(tf(s, "aws_ecs_service", "worker").path("depends_on"))).contains(
                "aws_route_table_association.private_a", "aws_route.private_a_nat",
                "aws_route_table_association.private_b", "aws_route.private_b_nat");
    }

    @Test
    void anInternetFacingLoadBalancerWaitsForTheGatewayAttachmentAndAnInternalOneDoesNot() {
        UnaryOperator<Application.Builder> exposed = b -> b
                .loadBalancer("web", lb -> { })
                .loadBalancer("intra", lb -> lb.internal())
                .service("site", s -> s.task(t -> t.container("app", c -> c.image(IMAGE).port(8080)))
                        .expose("web", e -> e.path("/*")))
                .service("admin", s -> s.task(t -> t.container("app", c -> c.image(IMAGE).port(8080)))
                        .expose("intra", e -> e.path("/*")));
        Synthesis s = synthesize(exposed.apply(worker(NatGateways.SINGLE)).build());

        assertThat(texts(cfn(s, "WebLoadBalancer").path("DependsOn"))).containsExactly("ShopGatewayAttachment");
        assertThat(texts(tf(s, "aws_lb", "web").path("depends_on")))
                .containsExactly("aws_internet_gateway_attachment.shop");
        assertThat(cfn(s, "IntraLoadBalancer").has("DependsOn")).isFalse();
        assertThat(tf(s, "aws_lb", "intra").has("depends_on")).isFalse();
        // the service still waits for its listener rule
        assertThat(texts(cfn(s, "SiteService").path("DependsOn"))).contains("SiteListenerRule");
    }

    @Test
    void whatAReferenceAlreadyOrdersIsNotRepeated() {
        Synthesis s = synthesize(worker(NatGateways.SINGLE)
                .service("api", x -> x.task(t -> t.container("app", c -> c.image(IMAGE)))
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(4).cpuTargetPercent(60)))
                .build());

        // the task definition (and so the roles) are referenced by the service; the service by its scalable target
        assertThat(texts(cfn(s, "WorkerService").path("DependsOn")))
                .doesNotContain("WorkerTaskDefinition", "WorkerExecutionRole", "WorkerTaskRole", "MainCluster");
        assertThat(cfn(s, "ApiScalableTarget").has("DependsOn")).isFalse();
        assertThat(tf(s, "aws_appautoscaling_target", "api").has("depends_on")).isFalse();
        // kept: the Elastic IP and the public route wait for the attachment no property names
        assertThat(texts(cfn(s, "NatAEip").path("DependsOn"))).containsExactly("ShopGatewayAttachment");
        assertThat(texts(cfn(s, "PublicInternetRoute").path("DependsOn"))).containsExactly("ShopGatewayAttachment");
    }

    @Test
    void anAutoScaledServiceLeavesItsDesiredCountToApplicationAutoScaling() {
        Synthesis s = synthesize(worker(NatGateways.SINGLE)
                .service("api", x -> x.desiredCount(3).task(t -> t.container("app", c -> c.image(IMAGE)))
                        .autoScaling(a -> a.minCapacity(2).maxCapacity(6).cpuTargetPercent(60)))
                .build());

        assertThat(cfn(s, "ApiService").path("Properties").has("DesiredCount"))
                .as("CloudFormation sends DesiredCount again on every update").isFalse();
        JsonNode api = tf(s, "aws_ecs_service", "api");
        assertThat(api.path("desired_count").asInt()).as("the initial count").isEqualTo(3);
        assertThat(texts(api.path("lifecycle").path("ignore_changes"))).containsExactly("desired_count");

        // without auto scaling, the program's count is what every update enforces
        assertThat(cfn(s, "WorkerService").path("Properties").path("DesiredCount").asInt()).isEqualTo(2);
        assertThat(tf(s, "aws_ecs_service", "worker").has("lifecycle")).isFalse();
    }
}
