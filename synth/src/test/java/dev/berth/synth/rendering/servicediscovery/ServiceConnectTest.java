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
 * Service Connect end to end: the namespace and the cluster's default, the server and client configurations with
 * the proxy's log group, the security group rules that admit exactly the declared client on the server's port, and
 * the server created before its client.
 */
class ServiceConnectTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    private final Synthesis synthesis = Synthesizer.synthesize(program());

    static Application program() {
        return Application.builder("shop")
                .newVpc(v -> v.natGateways(NatGateways.SINGLE))
                .cluster("main", c -> c.serviceConnectNamespace("shop.internal"))
                .service("web", s -> s
                        .task(t -> t.container("app", c -> c.image(ECR + "/shop/web:1.0.0").port(3000, "http")))
                        .serviceConnect(sc -> sc.client())
                        .egressTo(Egress.toService("orders")))
                .service("orders", s -> s
                        .task(t -> t.container("app", c -> c.image(ECR + "/shop/orders:2.0.0").port(8080, "http")
                                .port(9090, "admin")))
                        .serviceConnect(sc -> sc.server("http", a -> a.port(80))
                                .logging(l -> l.retentionDays(7))))
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
    void theNamespaceIsCreatedAndIsTheClustersDefault() throws Exception {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        JsonNode namespace = cfn("ShopInternalNamespace");
        assertThat(namespace.path("Type").asText()).isEqualTo("AWS::ServiceDiscovery::HttpNamespace");
        assertThat(namespace.path("Properties").path("Name").asText()).isEqualTo("shop.internal");
        assertThat(cfn("MainCluster").path("Properties").path("ServiceConnectDefaults").toString())
                .isEqualTo("{\"Namespace\":{\"Fn::GetAtt\":[\"ShopInternalNamespace\",\"Arn\"]}}");
        assertThat(tf("aws_ecs_cluster", "main").path("service_connect_defaults").toString())
                .isEqualTo("{\"namespace\":\"${aws_service_discovery_http_namespace.shop_internal.arn}\"}");
    }

    @Test
    void theServerOffersItsNamedPortUnderItsNameAndTheClientOffersNone() throws Exception {
        JsonNode orders = cfn("OrdersService").path("Properties").path("ServiceConnectConfiguration");
        assertThat(orders.path("Enabled").asBoolean()).isTrue();
        assertThat(orders.path("Services").toString()).isEqualTo("[{\"PortName\":\"http\",\"DiscoveryName\":"
                + "\"orders\",\"ClientAliases\":[{\"Port\":80,\"DnsName\":\"orders\"}]}]");
        assertThat(orders.path("LogConfiguration").path("Options").path("awslogs-group").toString())
                .isEqualTo("{\"Ref\":\"OrdersServiceConnectLogGroup\"}");
        assertThat(cfn("OrdersServiceConnectLogGroup").path("Properties").path("LogGroupName").asText())
                .isEqualTo("/ecs/shop/orders/service-connect");
        assertThat(cfn("OrdersServiceConnectLogGroup").path("Properties").path("RetentionInDays").asInt())
                .isEqualTo(7);
        assertThat(cfn("OrdersExecutionServiceConnectPolicy").path("Properties").path("PolicyDocument").toString())
                .contains("logs:PutLogEvents", "OrdersServiceConnectLogGroup");
        JsonNode web = cfn("WebService").path("Properties").path("ServiceConnectConfiguration");
        assertThat(web.path("Services").isMissingNode()).isTrue();
        JsonNode tfOrders = tf("aws_ecs_service", "orders").path("service_connect_configuration");
        assertThat(tfOrders.path("service").path(0).path("client_alias").path(0).path("port").asInt()).isEqualTo(80);
        assertThat(tfOrders.path("log_configuration").path("log_driver").asText()).isEqualTo("awslogs");
    }

    @Test
    void onlyTheClientIsAdmittedAndOnlyOnTheServersServiceConnectPort() {
        List<String> ingress = new ArrayList<>();
        synthesis.cloudFormation().orElseThrow().path("Resources").fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals("AWS::EC2::SecurityGroupIngress")) {
                JsonNode p = e.getValue().path("Properties");
                ingress.add(p.path("GroupId").toString() + " from " + p.path("SourceSecurityGroupId") + " on "
                        + p.path("FromPort") + "-" + p.path("ToPort"));
            }
        });
        assertThat(ingress).containsExactly("{\"Fn::GetAtt\":[\"OrdersTasksSecurityGroup\",\"GroupId\"]} from"
                + " {\"Fn::GetAtt\":[\"WebToOrdersSecurityGroup\",\"GroupId\"]} on 8080-8080");
    }

    @Test
    void theServerIsCreatedBeforeItsClient() throws Exception {
        assertThat(cfn("WebService").path("DependsOn").toString()).contains("\"OrdersService\"");
        assertThat(cfn("OrdersService").path("DependsOn").toString()).doesNotContain("\"WebService\"");
        assertThat(tf("aws_ecs_service", "web").path("depends_on").toString()).contains("aws_ecs_service.orders");
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
