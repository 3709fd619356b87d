package dev.berth.synth.planning.loadbalancing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.Application;
import dev.berth.loadbalancing.AlpnPolicy;
import dev.berth.loadbalancing.ListenerProtocol;
import dev.berth.loadbalancing.LoadBalancingAlgorithm;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.task.PortMapping;
import dev.berth.task.Protocol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Existing (shared) listeners, Network Load Balancers and the load balancer extras, end to end through the
 * CloudFormation template (the Terraform side is held to the same values by the equivalence property).
 */
class SharedAndNetworkLoadBalancingTest {

    private static final String LISTENER = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/"
            + "platform/50dc6c495c0c9188/f2f7dc8efc522ab2";
    private static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d";

    private static Application.Builder base() {
        return Application.builder("shop").newVpc(v -> v.cidr("10.0.0.0/16")).cluster("main", c -> { });
    }

    private static void service(Application.Builder app, String name, String lb,
                                Consumer<dev.berth.loadbalancing.Exposure.Builder> exposure) {
        app.service(name, s -> s.task(t -> t.container("app", c -> c
                        .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/" + name + ":1.0.0").port(8080)
                        .portMapping(new PortMapping(5683, 0, Protocol.UDP, ""))))
                .expose(lb, exposure));
    }

    private static JsonNode resources(Application app) {
        Synthesis s = Synthesizer.synthesize(app);
        assertThat(s.diagnostics().errors()).isEmpty();
        ObjectNode template = s.cloudFormation().orElseThrow();
        return template.path("Resources");
    }

    private static List<JsonNode> ofType(JsonNode resources, String type) {
        List<JsonNode> found = new ArrayList<>();
        resources.forEach(r -> {
            if (r.path("Type").asText().equals(type)) {
                found.add(r.path("Properties"));
            }
        });
        return found;
    }

    @Test
    void onAnExistingListenerOnlyTheRuleTargetGroupAndTaskIngressAreAdded() {
        Application.Builder app = base().existingListener("platform", l -> l.listenerArn(LISTENER)
                .securityGroupId("sg-0123456789abcdef0").priorities(1000, 1999));
        service(app, "orders", "platform", e -> e.path("/orders/*"));
        JsonNode resources = resources(app.build());

        assertThat(ofType(resources, "AWS::ElasticLoadBalancingV2::LoadBalancer")).isEmpty();
        assertThat(ofType(resources, "AWS::ElasticLoadBalancingV2::Listener")).isEmpty();
        JsonNode rule = resources.path("OrdersListenerRule").path("Properties");
        assertThat(rule.path("ListenerArn").asText()).isEqualTo(LISTENER);
        assertThat(rule.path("Priority").asInt()).isBetween(1000, 1999);
        JsonNode ingress = resources.path("OrdersTasksFromPlatformIngress").path("Properties");
        assertThat(ingress.path("SourceSecurityGroupId").asText()).isEqualTo("sg-0123456789abcdef0");
        assertThat(ingress.path("FromPort").asInt()).isEqualTo(8080);
        // The platform's group is not the program's: no egress rule on it.
        assertThat(ofType(resources, "AWS::EC2::SecurityGroupEgress"))
                .noneMatch(e -> e.path("GroupId").asText().equals("sg-0123456789abcdef0"));
    }

    @Test
    void prioritiesInARangeFollowSpecificityAndStayWhenAServiceIsAdded() {
        Consumer<Application.Builder> two = app -> {
            service(app, "api", "platform", e -> e.path("/api/*"));
            service(app, "site", "platform", e -> e.path("/*"));
        };
        Application.Builder smaller = base().existingListener("platform", l -> l.listenerArn(LISTENER)
                .securityGroupId("sg-0123456789abcdef0").priorities(100, 199));
        two.accept(smaller);
        Application.Builder larger = base().existingListener("platform", l -> l.listenerArn(LISTENER)
                .securityGroupId("sg-0123456789abcdef0").priorities(100, 199));
        two.accept(larger);
        service(larger, "admin", "platform", e -> e.host("admin.example.com"));

        var before = ListenerRulePriorities.assign(smaller.build());
        var after = ListenerRulePriorities.assign(larger.build());

        assertThat(before.of("api")).isLessThan(before.of("site"));
        assertThat(before.priorities().values()).allSatisfy(p -> assertThat(p).isBetween(100, 199));
        assertThat(after.of("api")).isEqualTo(before.of("api"));
        assertThat(after.of("site")).isEqualTo(before.of("site"));
        assertThat(after.of("admin")).isBetween(100, 199).isLessThan(after.of("api"));
    }

    @Test
    void anExistingListenerCanComeFromDeployTimeInputs() {
        Application.Builder app = base().existingListener("platform", l -> l.listenerArn(LISTENER)
                .securityGroupId("sg-0123456789abcdef0").deployTimeInputs(true));
        service(app, "orders", "platform", e -> e.path("/orders/*"));
        Synthesis s = Synthesizer.synthesize(app.build());
        ObjectNode template = s.cloudFormation().orElseThrow();

        assertThat(template.path("Parameters").path("PlatformListenerArn").path("Default").asText()).isEqualTo(LISTENER);
        assertThat(template.path("Resources").path("OrdersListenerRule").path("Properties").path("ListenerArn")
                .path("Ref").asText()).isEqualTo("PlatformListenerArn");
        assertThat(s.files().get("terraform/shop/variables.tf.json")).contains("platform_security_group_id");
    }

    @Test
    void aNetworkLoadBalancerGetsASecurityGroupAndEachServiceItsListener() {
        Application.Builder app = base().networkLoadBalancer("edge", lb -> lb.crossZone(false)
                .deletionProtection(true).allowFrom("203.0.113.0/24"));
        service(app, "mqtt", "edge", e -> e.networkListener(l -> l.port(8883).tls(CERTIFICATE)
                .alpnPolicy(AlpnPolicy.HTTP2_PREFERRED)));
        service(app, "coap", "edge", e -> e.containerPort(5683)
                .networkListener(l -> l.protocol(ListenerProtocol.UDP)));
        JsonNode resources = resources(app.build());

        JsonNode nlb = resources.path("EdgeLoadBalancer").path("Properties");
        assertThat(nlb.path("Type").asText()).isEqualTo("network");
        assertThat(nlb.path("SecurityGroups")).hasSize(1);
        assertThat(nlb.path("LoadBalancerAttributes").toString())
                .contains("load_balancing.cross_zone.enabled", "deletion_protection.enabled")
                .doesNotContain("idle_timeout");
        JsonNode tls = resources.path("EdgeMqttListener").path("Properties");
        assertThat(tls.path("Protocol").asText()).isEqualTo("TLS");
        assertThat(tls.path("Port").asInt()).isEqualTo(8883);
        assertThat(tls.path("AlpnPolicy").get(0).asText()).isEqualTo("HTTP2Preferred");
        assertThat(tls.path("DefaultActions").get(0).path("Type").asText()).isEqualTo("forward");
        JsonNode tcp = resources.path("MqttTargetGroup").path("Properties");
        assertThat(tcp.path("Protocol").asText()).isEqualTo("TCP");
        assertThat(tcp.path("HealthCheckProtocol").asText()).isEqualTo("TCP");
        assertThat(tcp.has("Matcher")).isFalse();
        assertThat(tcp.has("HealthCheckPath")).isFalse();
        JsonNode udp = resources.path("CoapTargetGroup").path("Properties");
        assertThat(udp.path("Protocol").asText()).isEqualTo("UDP");
        assertThat(udp.path("HealthCheckProtocol").asText()).isEqualTo("TCP");
        // Clients reach the listener from the allowed range only; the tasks admit the NLB's group, for UDP also TCP
        // (the health checks).
        assertThat(ofType(resources, "AWS::EC2::SecurityGroupIngress"))
                .noneMatch(i -> i.path("CidrIp").asText().equals("0.0.0.0/0"));
        assertThat(ofType(resources, "AWS::EC2::SecurityGroupIngress")).anyMatch(i -> i.path("IpProtocol").asText()
                .equals("udp") && i.path("CidrIp").asText().equals("203.0.113.0/24") && i.path("FromPort").asInt() == 5683);
        assertThat(resources.path("CoapTasksFromEdgeUdpIngress").isMissingNode()).isFalse();
        assertThat(resources.path("CoapTasksFromEdgeTcpIngress").isMissingNode()).isFalse();
        // The service waits for its listener: ECS rejects a target group no load balancer uses.
        assertThat(resources.path("MqttService").path("DependsOn").toString()).contains("EdgeMqttListener");
    }

    @Test
    void theApplicationLoadBalancerExtrasAreRendered() {
        Application.Builder app = base().loadBalancer("web", lb -> lb.https(CERTIFICATE)
                .additionalCertificate(CERTIFICATE + "-2").deletionProtection(true)
                .webAcl("arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/shop/a1b2c3d4")
                .alias("Z0123456789ABCDEFGHIJ", "shop.example.com"));
        service(app, "api", "web", e -> e.path("/api/*").httpHeader("X-Tenant", "blue").httpMethod("GET")
                .queryString("v", "2").sourceIp("10.0.0.0/8").stickinessSeconds(600).slowStartSeconds(30)
                .algorithm(LoadBalancingAlgorithm.LEAST_OUTSTANDING_REQUESTS));
        JsonNode resources = resources(app.build());

        assertThat(ofType(resources, "AWS::ElasticLoadBalancingV2::ListenerCertificate")).hasSize(1);
        assertThat(ofType(resources, "AWS::WAFv2::WebACLAssociation")).hasSize(1);
        JsonNode alias = ofType(resources, "AWS::Route53::RecordSet").get(0);
        assertThat(alias.path("AliasTarget").path("HostedZoneId").toString()).contains("CanonicalHostedZoneID");
        assertThat(resources.path("ApiListenerRule").path("Properties").path("Conditions")).hasSize(5);
        assertThat(resources.path("ApiTargetGroup").path("Properties").path("TargetGroupAttributes").toString())
                .contains("stickiness.lb_cookie.duration_seconds", "slow_start.duration_seconds",
                        "least_outstanding_requests");
    }
}
