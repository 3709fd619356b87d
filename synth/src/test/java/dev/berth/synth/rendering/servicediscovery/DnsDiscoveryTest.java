package dev.berth.synth.rendering.servicediscovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.network.Egress;
import dev.berth.network.NatGateways;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cloud Map DNS service discovery end to end: the private DNS namespace in the VPC, a Cloud Map service per
 * registering ECS service (A records, SRV records with the container and port), the ECS services' registries, an
 * existing namespace by ID, and the security group rules that admit exactly the declared caller.
 */
class DnsDiscoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    private final Synthesis synthesis = Synthesizer.synthesize(program());

    static Application program() {
        return Application.builder("shop")
                .newVpc(v -> v.natGateways(NatGateways.SINGLE))
                .cluster("main", c -> c.dnsNamespace("shop.internal"))
                .service("web", s -> s
                        .task(t -> t.container("app", c -> c.image(ECR + "/shop/web:1.0.0").port(3000)))
                        .egressTo(Egress.toService("orders")).egressTo(Egress.toService("billing")))
                .service("orders", s -> s
                        .task(t -> t.container("app", c -> c.image(ECR + "/shop/orders:2.0.0").port(8080)
                                .port(9090)))
                        .serviceDiscovery(d -> d.name("orders").ttl(10)))
                .service("billing", s -> s
                        .task(t -> t.container("app", c -> c.image(ECR + "/shop/billing:1.0.0").port(7000)
                                .port(7001)))
                        .serviceDiscovery(d -> d.srv("app", 7001)))
                .service("audit", s -> s
                        .task(t -> t.container("app", c -> c.image(ECR + "/shop/audit:1.0.0").port(5000)))
                        .serviceDiscovery(d -> d.namespace("ns-0123456789abcdef")))
                .build();
    }

    private JsonNode cfn(String logicalId) {
        return synthesis.cloudFormation().orElseThrow().path("Resources").path(logicalId);
    }

    private JsonNode tf(String type, String name) throws Exception {
        return JSON.readTree(synthesis.terraform().orElseThrow().files().get("main.tf.json"))
                .path("resource").path(type).path(name);
    }

    @Test
    void theNamespaceIsCreatedInTheProgramsVpc() throws Exception {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        JsonNode namespace = cfn("ShopInternalDnsNamespace");
        assertThat(namespace.path("Type").asText()).isEqualTo("AWS::ServiceDiscovery::PrivateDnsNamespace");
        assertThat(namespace.path("Properties").path("Name").asText()).isEqualTo("shop.internal");
        assertThat(namespace.path("Properties").path("Vpc").toString()).isEqualTo("{\"Ref\":\"ShopVpc\"}");
        assertThat(tf("aws_service_discovery_private_dns_namespace", "shop_internal").path("vpc").asText())
                .startsWith("${aws_vpc.").endsWith(".id}");
    }

    @Test
    void aRecordsRegisterTheTasksWithACustomHealthCheck() throws Exception {
        JsonNode orders = cfn("OrdersDiscoveryService").path("Properties");
        assertThat(orders.path("Name").asText()).isEqualTo("orders");
        assertThat(orders.path("NamespaceId").toString()).isEqualTo("{\"Ref\":\"ShopInternalDnsNamespace\"}");
        assertThat(orders.path("DnsConfig").toString())
                .isEqualTo("{\"RoutingPolicy\":\"MULTIVALUE\",\"DnsRecords\":[{\"Type\":\"A\",\"TTL\":10}]}");
        assertThat(orders.path("HealthCheckCustomConfig").toString()).isEqualTo("{\"FailureThreshold\":1}");
        assertThat(cfn("OrdersService").path("Properties").path("ServiceRegistries").toString()).isEqualTo(
                "[{\"RegistryArn\":{\"Fn::GetAtt\":[\"OrdersDiscoveryService\",\"Arn\"]}}]");
        JsonNode tfOrders = tf("aws_service_discovery_service", "orders");
        assertThat(tfOrders.path("dns_config").path("namespace_id").asText())
                .isEqualTo("${aws_service_discovery_private_dns_namespace.shop_internal.id}");
        assertThat(tfOrders.path("health_check_custom_config").path("failure_threshold").asInt()).isEqualTo(1);
        assertThat(tf("aws_ecs_service", "orders").path("service_registries").toString())
                .contains("${aws_service_discovery_service.orders.arn}");
    }

    @Test
    void srvRecordsCarryTheContainerAndPort() throws Exception {
        assertThat(cfn("BillingDiscoveryService").path("Properties").path("DnsConfig").path("DnsRecords").toString())
                .isEqualTo("[{\"Type\":\"SRV\",\"TTL\":60}]");
        assertThat(cfn("BillingService").path("Properties").path("ServiceRegistries").path(0).toString())
                .contains("\"ContainerName\":\"app\"", "\"ContainerPort\":7001");
        assertThat(tf("aws_ecs_service", "billing").path("service_registries").toString())
                .contains("\"container_name\":\"app\"", "\"container_port\":7001");
    }

    @Test
    void anExistingNamespaceIsTakenByItsId() throws Exception {
        assertThat(cfn("AuditDiscoveryService").path("Properties").path("NamespaceId").asText())
                .isEqualTo("ns-0123456789abcdef");
        assertThat(tf("aws_service_discovery_service", "audit").path("dns_config").path("namespace_id").asText())
                .isEqualTo("ns-0123456789abcdef");
    }

    @Test
    void theCallerIsAdmittedOnTheRegisteredPortsOnly() {
        List<String> ingress = new ArrayList<>();
        synthesis.cloudFormation().orElseThrow().path("Resources").fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals("AWS::EC2::SecurityGroupIngress")
                    && e.getValue().path("Properties").has("SourceSecurityGroupId")) {
                JsonNode p = e.getValue().path("Properties");
                ingress.add(p.path("GroupId").path("Fn::GetAtt").path(0).asText() + " from "
                        + p.path("SourceSecurityGroupId").path("Fn::GetAtt").path(0).asText() + " on "
                        + p.path("FromPort") + "-" + p.path("ToPort"));
            }
        });
        // A records carry no port: the task's port mappings; SRV records: their port only
        assertThat(ingress).containsExactlyInAnyOrder(
                "OrdersTasksSecurityGroup from WebToOrdersSecurityGroup on 8080-8080",
                "OrdersTasksSecurityGroup from WebToOrdersSecurityGroup on 9090-9090",
                "BillingTasksSecurityGroup from WebToBillingSecurityGroup on 7001-7001");
    }

    @Test
    void theDiagramShowsTheNamespacesAndTheRegistrations() {
        String chart = dev.berth.synth.diagram.Mermaid.flowchart(
                dev.berth.synth.diagram.Architecture.of(synthesis.plan().orElseThrow()).diagram());
        assertThat(chart).contains("subgraph cloud_map[\"Cloud Map\"]", "DNS namespace shop.internal",
                "DNS namespace (existing) ns-0123456789abcdef")
                .contains("registers orders.shop.internal (A)", "registers billing.shop.internal (SRV :7001)",
                        "registers audit (A)");
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
