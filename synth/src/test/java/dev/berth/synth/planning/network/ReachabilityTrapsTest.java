package dev.berth.synth.planning.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.network.Egress;
import dev.berth.network.EndpointService;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.cloudformation.CloudFormationOptions;
import dev.berth.synth.cloudformation.StackLayout;
import dev.berth.synth.plan.network.NetworkResources.VpcEndpoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reachability traps of issue 10 (items 3 and 6), one test each, on programs shaped like the examples: a task
 * role granted a service no endpoint reaches, interface endpoints created beside NAT, and egress that silently
 * blocks a database or a sibling's internal load balancer.
 */
class ReachabilityTrapsTest {

    static final String ACCOUNT = "123456789012";
    static final String REGISTRY = ACCOUNT + ".dkr.ecr.eu-west-1.amazonaws.com";

    /** A no-NAT VPC whose one service is granted DynamoDB and SNS, as in fargate-web-app. */
    static Application.Builder grantsWithoutNat() {
        return Application.builder("shop")
                .newVpc(v -> v.natGateways(NatGateways.NONE))
                .cluster("shop", c -> { })
                .service("api", s -> s.task(t -> t
                        .container("app", c -> c.image(REGISTRY + "/shop/api:1.4.2").port(8080))
                        .grant(Grant.dynamoDbTable("orders", Access.READ_WRITE))
                        .grant(Grant.snsPublish("arn:aws:sns:eu-west-1:" + ACCOUNT + ":order-events"))));
    }

    static Set<String> endpoints(Synthesis synthesis) {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        Set<String> suffixes = new TreeSet<>();
        synthesis.plan().orElseThrow().resources().stream().filter(r -> r instanceof VpcEndpoint)
                .forEach(r -> suffixes.add(String.join("-", r.id().name())));
        return suffixes;
    }

    static List<String> codes(Synthesis synthesis) {
        return synthesis.diagnostics().all().stream().map(Diagnostic::code).toList();
    }

    @Test
    void grantedServicesGetEndpointsInAVpcWithoutNat() {
        Set<String> endpoints = endpoints(Synthesizer.synthesize(grantsWithoutNat().build()));
        assertThat(endpoints).contains("dynamodb", "sns");
    }

    @Test
    void anExplicitListWithoutAGrantedServiceIsAnError() {
        Application app = grantsWithoutNat().endpoints(Endpoints.only(EndpointService.ECR_API,
                EndpointService.ECR_DKR, EndpointService.S3, EndpointService.LOGS)).build();
        Synthesis synthesis = Synthesizer.synthesize(app);
        assertThat(synthesis.succeeded()).isFalse();
        assertThat(synthesis.diagnostics().errors()).anySatisfy(d -> assertThat(d.message())
                .contains("SNS").contains("DYNAMODB"));
    }

    @Test
    void anExistingVpcWithNatGetsNoInterfaceEndpointsByDefault() {
        Application app = Application.builder("billing")
                .existingVpc(v -> v.vpcId("vpc-0a1b2c3d4e5f60718").cidr("10.40.0.0/16")
                        .privateSubnetIds("subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88")
                        .privateRouteTableIds("rtb-0123456789abcdef0", "rtb-0fedcba9876543210")
                        .privateSubnetsReachInternet(true))
                .cluster("billing", c -> { })
                .service("worker", s -> s.enableExecuteCommand(true).task(t -> t
                        .container("worker", c -> c.image(REGISTRY + "/billing/worker:5.0.4")
                                .secretFromSsm("STRIPE_KEY", "/billing/stripe-key"))
                        .grant(Grant.sqsConsume("arn:aws:sqs:eu-west-1:" + ACCOUNT + ":payments"))))
                .build();
        Synthesis synthesis = Synthesizer.synthesize(app);
        assertThat(endpoints(synthesis)).containsExactly("s3");
        assertThat(codes(synthesis)).contains("ENDPOINTS_LEFT_TO_NAT");
    }

    @Test
    void aNewVpcWithNatGetsOnlyTheFreeGatewayEndpointsByDefault() {
        Application app = grantsWithoutNat().newVpc(v -> v.natGateways(NatGateways.SINGLE)).build();
        assertThat(endpoints(Synthesizer.synthesize(app))).containsExactly("dynamodb", "s3");
    }

    @Test
    void aDatabaseUrlBehindHttpsOnlyEgressIsReported() {
        Application app = grantsWithoutNat().withoutService("api")
                .service("api", s -> s.task(t -> t.container("app", c -> c
                        .image(REGISTRY + "/shop/api:1.4.2").port(8080)
                        .secretFromSsm("DATABASE_URL", "/shop/production/database-url"))))
                .build();
        assertThat(codes(Synthesizer.synthesize(app))).contains("EGRESS_DATABASE_UNREACHABLE");
    }

    /**
     * Declared egress to a sibling: through its internal load balancer (rules on the caller's and the load balancer's
     * groups), or to its tasks through a shared pair group; split per service, no service stack references another.
     */
    @Test
    void declaredEgressToSiblingsKeepsServiceStacksIndependent() {
        Application app = Application.builder("billing")
                .newVpc(v -> v.natGateways(NatGateways.SINGLE))
                .cluster("billing", c -> { })
                .loadBalancer("internal", lb -> lb.internal().httpPort(80))
                .service("invoices", s -> s
                        .task(t -> t.container("app", c -> c.image(REGISTRY + "/billing/invoices:3.2.0").port(9000)))
                        .expose("internal", e -> e.host("invoices.billing.internal")))
                .service("cache", s -> s.task(t -> t.container("redis", c -> c.image(REGISTRY + "/redis:7").port(6379))))
                .service("worker", s -> s
                        .task(t -> t.container("worker", c -> c.image(REGISTRY + "/billing/worker:5.0.4")
                                .env("INVOICES_URL", "http://invoices.billing.internal/v1")
                                .env("REDIS_URL", "redis://cache:6379")))
                        .egressTo(Egress.toService("invoices"))
                        .egressTo(Egress.toService("cache")))
                .build();
        Synthesis synthesis = Synthesizer.synthesize(app, CloudFormationOptions.builder()
                .layout(StackLayout.PER_SERVICE).build());
        assertThat(synthesis.diagnostics().acknowledging(Set.of("ENDPOINTS_LEFT_TO_NAT")).all()).isEmpty();
        Map<String, String> ids = new TreeMap<>();
        synthesis.cloudFormationStacks().forEach(stack -> stack.template().path("Resources").fieldNames()
                .forEachRemaining(id -> ids.put(id, stack.name())));
        assertThat(ids).containsEntry("WorkerTasksToLoadBalancerInternalTcp80Egress", "BillingWorker")
                .containsEntry("InternalAlbFromServiceWorkerTcp80Ingress", "BillingWorker")
                .containsEntry("WorkerToCacheSecurityGroup", "Billing")
                .containsEntry("WorkerToCacheTcp6379Egress", "BillingCache")
                .containsEntry("CacheTasksFromServiceWorkerTcp6379Ingress", "BillingCache");
        JsonNode worker = synthesis.cloudFormationStacks().stream().filter(x -> x.name().equals("BillingWorker"))
                .findFirst().orElseThrow().template().path("Resources").path("WorkerService");
        assertThat(worker.path("Properties").path("NetworkConfiguration").path("AwsvpcConfiguration")
                .path("SecurityGroups").toString()).contains("WorkerTasksSecurityGroup")
                .contains("WorkerToCacheSecurityGroup");
    }

    @Test
    void aSiblingsInternalLoadBalancerOnPort80IsReported() {
        Application app = Application.builder("billing")
                .newVpc(v -> v.natGateways(NatGateways.SINGLE))
                .cluster("billing", c -> { })
                .loadBalancer("internal", lb -> lb.internal().httpPort(80))
                .service("invoices", s -> s
                        .task(t -> t.container("app", c -> c.image(REGISTRY + "/billing/invoices:3.2.0").port(9000)))
                        .expose("internal", e -> e.host("invoices.billing.internal")))
                .service("worker", s -> s.task(t -> t.container("worker", c -> c
                        .image(REGISTRY + "/billing/worker:5.0.4")
                        .env("INVOICES_URL", "http://invoices.billing.internal/v1"))))
                .build();
        assertThat(codes(Synthesizer.synthesize(app))).contains("EGRESS_SIBLING_UNREACHABLE");
    }
}
