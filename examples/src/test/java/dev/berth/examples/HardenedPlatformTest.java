package dev.berth.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.Application;
import dev.berth.service.Service;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.task.TaskDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hardened example's template meets each AWS Control Tower proactive control the hardened profile implements,
 * read the way the control's public rule ({@code rules/control-tower/cfn-guard/<service>/ct-*.guard} of
 * {@code @cdklabs/cdk-validator-cfnguard}) reads it. CI runs {@code cfn-guard} with the rule files themselves
 * ({@code .ci/run}); this test keeps the same checks in the build.
 */
class HardenedPlatformTest {

    private static ObjectNode template;

    @BeforeAll
    static void synthesize() {
        Synthesis synthesis = Synthesizer.synthesize(HardenedPlatform.program());
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        template = synthesis.cloudFormation().orElseThrow();
    }

    private static List<JsonNode> resources(String type) {
        List<JsonNode> found = new ArrayList<>();
        template.get("Resources").forEach(r -> {
            if (r.get("Type").asText().equals(type)) {
                found.add(r.path("Properties"));
            }
        });
        assertThat(found).as("resources of type %s", type).isNotEmpty();
        return found;
    }

    private static List<JsonNode> containers() {
        return resources("AWS::ECS::TaskDefinition").stream()
                .flatMap(t -> StreamSupport.stream(t.get("ContainerDefinitions").spliterator(), false)).toList();
    }

    private static Map<String, String> attributes(JsonNode loadBalancer) {
        Map<String, String> attributes = new java.util.HashMap<>();
        loadBalancer.path("LoadBalancerAttributes").forEach(a -> attributes.put(a.get("Key").asText(),
                a.get("Value").asText()));
        return attributes;
    }

    @Test
    void ctEcsPr2ContainerInsightsEnabled() {
        resources("AWS::ECS::Cluster").forEach(c -> assertThat(c.get("ClusterSettings")).anySatisfy(s -> {
            assertThat(s.get("Name").asText()).isEqualTo("containerInsights");
            assertThat(s.get("Value").asText()).isEqualTo("enabled");
        }));
    }

    @Test
    void ctEcsPr3NonRootUsers() {
        assertThat(containers()).allSatisfy(c -> assertThat(c.path("User").asText())
                .isNotEmpty().doesNotMatch("(0|root)(:.*)?"));
    }

    @Test
    void ctEcsPr4AwsvpcAndPr11NoPrivilegeAndPr5Logging() {
        resources("AWS::ECS::TaskDefinition").forEach(t -> assertThat(t.get("NetworkMode").asText())
                .isEqualTo("awsvpc"));
        assertThat(containers()).allSatisfy(c -> {
            assertThat(c.path("Privileged").asBoolean(false)).isFalse();
            assertThat(c.path("LogConfiguration").path("LogDriver").asText()).isEqualTo("awslogs");
        });
    }

    @Test
    void ctEcsPr6ReadOnlyRootsWithWritableVolumes() {
        assertThat(containers()).allSatisfy(c -> {
            assertThat(c.path("ReadonlyRootFilesystem").asBoolean(false)).isTrue();
            assertThat(c.path("MountPoints")).isNotEmpty();
        });
    }

    @Test
    void ctEcsPr7MemoryLimits() {
        assertThat(containers()).allSatisfy(c -> assertThat(c.path("Memory").asInt(0)).isGreaterThanOrEqualTo(4));
    }

    @Test
    void ctEcsPr9NoPublicIps() {
        resources("AWS::ECS::Service").forEach(s -> assertThat(s.path("NetworkConfiguration")
                .path("AwsvpcConfiguration").path("AssignPublicIp").asText()).isEqualTo("DISABLED"));
    }

    @Test
    void ctCloudwatchPr2And3LogGroupsKeptAYearAndEncrypted() {
        resources("AWS::Logs::LogGroup").forEach(g -> {
            assertThat(g.path("RetentionInDays").asInt()).isGreaterThanOrEqualTo(365);
            assertThat(g.path("KmsKeyId").path("Fn::GetAtt").get(0).asText()).isEqualTo("LogsKey");
        });
    }

    @Test
    void ctKmsPr1RotationAndPr3GrantsOnlyForAwsServicesAndTheLogsServiceMayUseTheKey() {
        JsonNode key = resources("AWS::KMS::Key").get(0);
        assertThat(key.path("EnableKeyRotation").asBoolean()).isTrue();
        JsonNode statements = key.path("KeyPolicy").path("Statement");
        assertThat(statements).anySatisfy(s -> {
            assertThat(s.get("Effect").asText()).isEqualTo("Deny");
            assertThat(s.get("Action").asText()).isEqualTo("kms:CreateGrant");
            assertThat(s.path("Principal").path("AWS").asText()).isEqualTo("*");
            assertThat(s.path("Condition").path("BoolIfExists").path("kms:GrantIsForAWSResource").asText())
                    .isEqualTo("false");
            assertThat(s.path("Condition").path("BoolIfExists").path("aws:PrincipalIsAWSService").asText())
                    .isEqualTo("false");
        });
        assertThat(statements).anySatisfy(s -> {
            assertThat(s.path("Principal").path("Service").toString()).contains("logs.");
            assertThat(s.path("Condition").path("ArnLike").has("kms:EncryptionContext:aws:logs:arn")).isTrue();
        });
    }

    @Test
    void ctElasticLoadBalancingPr1RedirectPr2AcmPr5DeletionProtectionPr6AccessLogs() {
        resources("AWS::ElasticLoadBalancingV2::LoadBalancer").forEach(lb -> {
            Map<String, String> attributes = attributes(lb);
            assertThat(attributes).containsEntry("deletion_protection.enabled", "true")
                    .containsEntry("access_logs.s3.enabled", "true")
                    .containsEntry("routing.http.drop_invalid_header_fields.enabled", "true");
        });
        resources("AWS::ElasticLoadBalancingV2::Listener").forEach(l -> {
            if (l.get("Protocol").asText().equals("HTTP")) {
                assertThat(l.get("DefaultActions").get(0).get("Type").asText()).isEqualTo("redirect");
                assertThat(l.get("DefaultActions").get(0).path("RedirectConfig").path("Protocol").asText())
                        .isEqualTo("HTTPS");
            } else {
                assertThat(l.get("Certificates").get(0).get("CertificateArn").asText()).contains(":acm:");
            }
        });
    }

    @Test
    void ctEc2Pr3And4OnlyPorts80And443OpenToTheInternet() {
        Set<Integer> open = new java.util.TreeSet<>();
        template.get("Resources").forEach(r -> {
            String type = r.get("Type").asText();
            JsonNode p = r.path("Properties");
            if (type.equals("AWS::EC2::SecurityGroupIngress") && "0.0.0.0/0".equals(p.path("CidrIp").asText())) {
                open.add(p.path("FromPort").asInt());
                assertThat(p.path("ToPort").asInt()).isEqualTo(p.path("FromPort").asInt());
            }
            if (type.equals("AWS::EC2::SecurityGroup")) {
                p.path("SecurityGroupIngress").forEach(i -> {
                    if ("0.0.0.0/0".equals(i.path("CidrIp").asText())) {
                        open.add(i.path("FromPort").asInt());
                    }
                });
            }
            if (type.equals("AWS::EC2::Subnet")) {
                assertThat(p.path("MapPublicIpOnLaunch").asBoolean(false)).isFalse();
            }
        });
        assertThat(open).containsExactly(80, 443);
    }

    @Test
    void ctIamPr1And5NoWildcardActions() {
        template.get("Resources").forEach(r -> {
            if (r.get("Type").asText().startsWith("AWS::IAM::")) {
                r.path("Properties").path("PolicyDocument").path("Statement").forEach(s -> {
                    List<String> actions = new ArrayList<>();
                    JsonNode a = s.path("Action");
                    if (a.isArray()) {
                        a.forEach(x -> actions.add(x.asText()));
                    } else {
                        actions.add(a.asText());
                    }
                    assertThat(actions).noneMatch(x -> x.equals("*") || x.endsWith(":*"));
                    assertThat(s.has("NotAction")).isFalse();
                });
            }
        });
    }
    @Test
    void ctElasticFileSystemPr1EncryptedAndPr2AutomaticBackups() {
        resources("AWS::EFS::FileSystem").forEach(fs -> {
            assertThat(fs.path("Encrypted").asBoolean()).isTrue();
            assertThat(fs.path("BackupPolicy").path("Status").asText()).isEqualTo("ENABLED");
        });
    }

    @Test
    void ctElasticFileSystemPr3RootDirectoryAndPr4PosixUser() {
        resources("AWS::EFS::AccessPoint").forEach(ap -> {
            assertThat(ap.path("RootDirectory").path("Path").asText()).isNotBlank().isNotEqualTo("/");
            assertThat(ap.path("PosixUser").path("Uid").isTextual()).isTrue();
            assertThat(ap.path("PosixUser").path("Uid").asText()).isNotBlank();
            assertThat(ap.path("PosixUser").path("Gid").isTextual()).isTrue();
            assertThat(ap.path("PosixUser").path("Gid").asText()).isNotBlank();
        });
    }

    @Test
    void theApiMountsTheFileSystemThroughItsAccessPointWithTlsAndIam() {
        JsonNode volume = resources("AWS::ECS::TaskDefinition").stream()
                .flatMap(t -> StreamSupport.stream(t.path("Volumes").spliterator(), false))
                .filter(v -> v.has("EFSVolumeConfiguration")).findFirst().orElseThrow()
                .get("EFSVolumeConfiguration");
        assertThat(volume.path("TransitEncryption").asText()).isEqualTo("ENABLED");
        assertThat(volume.path("AuthorizationConfig").path("IAM").asText()).isEqualTo("ENABLED");
        assertThat(volume.path("AuthorizationConfig").has("AccessPointId")).isTrue();
    }

    @Test
    void serviceConnectBetweenTheTwoServicesWithProxyLogsInAKeptEncryptedGroup() {
        List<JsonNode> configurations = resources("AWS::ECS::Service").stream()
                .map(s -> s.path("ServiceConnectConfiguration")).toList();
        assertThat(configurations).hasSize(2).allSatisfy(c -> {
            assertThat(c.path("Enabled").asBoolean()).isTrue();
            JsonNode log = c.path("LogConfiguration");
            assertThat(log.path("LogDriver").asText()).isEqualTo("awslogs");
            // a group the template declares (kept a year, encrypted: ctCloudwatchPr2And3...), never a created one
            assertThat(log.path("Options").path("awslogs-group").path("Ref").asText()).isNotEmpty();
            assertThat(log.path("Options").has("awslogs-create-group")).isFalse();
        });
        assertThat(configurations).filteredOn(c -> c.has("Services")).singleElement()
                .satisfies(c -> assertThat(c.path("Services").get(0).path("PortName").asText()).isEqualTo("http"));
    }

    @Test
    void theLoadBalancerHasItsWebAcl() {
        assertThat(resources("AWS::WAFv2::WebACLAssociation")).singleElement().satisfies(a ->
                assertThat(a.path("WebACLArn").asText()).startsWith("arn:aws:wafv2:eu-west-1:"));
    }

    @Test
    void theProfileRejectsAFireLensLogRouterWhichEcsRunsAsRoot() {
        Application app = HardenedPlatform.program();
        Service web = app.services().stream().filter(s -> s.name().equals("web")).findFirst().orElseThrow();
        TaskDefinition routed = web.task().toBuilder()
                .logRouter(r -> r.image(HardenedPlatform.REGISTRY + "/aws-for-fluent-bit:2.34.3.20260623")
                        .readonlyRootFilesystem(true).mount("tmp", "/tmp"))
                .build();
        Application withRouter = app.toBuilder().withoutService("web")
                .service(web.toBuilder().task(routed).build()).build();

        Synthesis synthesis = Synthesizer.synthesize(withRouter);

        assertThat(synthesis.succeeded()).isFalse();
        assertThat(synthesis.diagnostics().all()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("HARDENED_CONTAINER_USER");
            assertThat(d.path()).isEqualTo("service[web].task.container[log_router].logRouter");
            assertThat(d.message()).contains("FireLens log router", "root");
        });
    }
}
