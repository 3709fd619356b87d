package dev.berth.synth.rendering.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.compute.CapacityProviderStrategyItem;
import dev.berth.compute.EcsAmi;
import dev.berth.loadbalancing.TargetType;
import dev.berth.network.NatGateways;
import dev.berth.service.LaunchType;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import dev.berth.task.Compatibility;
import dev.berth.task.CpuArchitecture;
import dev.berth.task.NetworkMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small EC2 platform end to end: an arm64 On-Demand/Spot provider and an x86_64 Bottlerocket provider in one
 * cluster, a bridge service behind an ALB (instance target group, ephemeral ports from the ALB only), a host-mode
 * service behind an NLB, and an awsvpc service on EC2; private subnets without NAT, so the agent's endpoints are
 * derived.
 */
class Ec2CapacityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    static Application program() {
        return Application.builder("fleet")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(2).natGateways(NatGateways.NONE))
                .cluster("main", c -> c
                        .ec2Capacity("general", e -> e.instanceTypes("m7g.large", "m6g.large")
                                .ami(EcsAmi.AL2023_ARM64).minSize(0).maxSize(10).onDemandBase(1)
                                .onDemandPercentAboveBase(25).targetCapacityPercent(90).managedTerminationProtection(true)
                                .agentSetting("ECS_CONTAINER_STOP_TIMEOUT", "60s"))
                        .ec2Capacity("rocket", e -> e.instanceTypes("c6i.xlarge").ami(EcsAmi.BOTTLEROCKET_X86_64)
                                .rootVolumeGiB(50)))
                .loadBalancer("web", lb -> lb.internal())
                .networkLoadBalancer("edge", lb -> lb.internal())
                .service("shop", s -> s
                        .task(t -> t.cpu(512).memory(1024).networkMode(NetworkMode.BRIDGE)
                                .compatibilities(Compatibility.EC2).cpuArchitecture(CpuArchitecture.ARM64)
                                .container("app", c -> c.image(ECR + "/fleet/shop:1.0.0").port(8080)))
                        .capacityProvider("general", 0, 1)
                        .expose("web", e -> e.path("/*").targetType(TargetType.INSTANCE)))
                .service("relay", s -> s
                        .task(t -> t.cpu(1024).memory(2048).networkMode(NetworkMode.HOST)
                                .compatibilities(Compatibility.EC2)
                                .container("relay", c -> c.image(ECR + "/fleet/relay:1.0.0").port(1883)))
                        .capacityProvider("rocket", 0, 1)
                        .expose("edge", e -> e.targetType(TargetType.INSTANCE)))
                .service("jobs", s -> s
                        .task(t -> t.compatibilities(Compatibility.EC2)
                                .container("jobs", c -> c.image(ECR + "/fleet/jobs:1.0.0")))
                        .launchType(LaunchType.EC2))
                .build();
    }

    private final Synthesis synthesis = Synthesizer.synthesize(program());

    private JsonNode cfn(String logicalId) {
        return synthesis.cloudFormation().orElseThrow().path("Resources").path(logicalId);
    }

    private JsonNode tf(String type, String name) throws Exception {
        return JSON.readTree(synthesis.terraform().orElseThrow().files().get("main.tf.json"))
                .path("resource").path(type).path(name);
    }

    @Test
    void theProviderIsATemplateAGroupAndAManagedCapacityProvider() throws Exception {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        JsonNode template = cfn("GeneralLaunchTemplate").path("Properties").path("LaunchTemplateData");
        assertThat(template.path("ImageId").asText())
                .isEqualTo("resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id");
        assertThat(template.path("MetadataOptions").path("HttpTokens").asText()).isEqualTo("required");
        assertThat(template.path("MetadataOptions").path("HttpPutResponseHopLimit").asInt()).isEqualTo(1);
        assertThat(template.path("BlockDeviceMappings").get(0).path("Ebs").path("Encrypted").asBoolean()).isTrue();
        String userData = template.path("UserData").toString();
        assertThat(userData).contains("Fn::Base64", "ECS_CLUSTER=${MainCluster}", "ECS_ENABLE_TASK_IAM_ROLE=true",
                "ECS_AVAILABLE_LOGGING_DRIVERS=", "ECS_CONTAINER_STOP_TIMEOUT=60s");

        JsonNode group = cfn("GeneralAutoScalingGroup").path("Properties");
        assertThat(group.path("NewInstancesProtectedFromScaleIn").asBoolean()).isTrue();
        assertThat(group.path("MixedInstancesPolicy").path("InstancesDistribution")
                .path("OnDemandPercentageAboveBaseCapacity").asInt()).isEqualTo(25);
        assertThat(group.path("MixedInstancesPolicy").path("LaunchTemplate").path("LaunchTemplateSpecification")
                .path("Version").toString()).contains("LatestVersionNumber");
        assertThat(group.has("DesiredCapacity")).as("managed scaling owns the desired capacity").isFalse();

        JsonNode provider = cfn("GeneralCapacityProvider").path("Properties");
        assertThat(provider.path("Name").asText()).isEqualTo("general-fleet");
        assertThat(provider.path("AutoScalingGroupProvider").path("ManagedScaling").path("TargetCapacity").asInt())
                .isEqualTo(90);
        assertThat(cfn("MainCapacityProviders").path("Properties").path("CapacityProviders").toString())
                .contains("general-fleet", "rocket-fleet");
        assertThat(cfn("MainCapacityProviders").path("DependsOn").toString())
                .contains("GeneralCapacityProvider", "RocketCapacityProvider");
        assertThat(cfn("ShopService").path("Properties").path("CapacityProviderStrategy").toString())
                .contains("general-fleet");

        JsonNode tfGroup = tf("aws_autoscaling_group", "general");
        assertThat(tfGroup.path("force_delete").asBoolean()).isTrue();
        assertThat(tf("aws_launch_template", "general").path("user_data").asText())
                .startsWith("${base64encode(\"#!/bin/bash\\ncat <<'EOF' >> /etc/ecs/ecs.config\\nECS_CLUSTER=${aws_ecs_cluster.main.name}");
        assertThat(tf("aws_iam_role_policy_attachment",
                "general_instance_amazonec2containerserviceforec2role").path("policy_arn").asText())
                .endsWith(":iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role");
    }

    @Test
    void withoutTerminationProtectionNothingIsProtectedFromScaleIn() {
        assertThat(cfn("RocketAutoScalingGroup").path("Properties").path("NewInstancesProtectedFromScaleIn")
                .asBoolean()).isFalse();
        assertThat(cfn("RocketCapacityProvider").path("Properties").path("AutoScalingGroupProvider")
                .path("ManagedTerminationProtection").asText()).isEqualTo("DISABLED");
        assertThat(cfn("RocketCapacityProvider").path("Properties").path("AutoScalingGroupProvider")
                .path("ManagedDraining").asText()).isEqualTo("ENABLED");
    }

    @Test
    void bottlerocketTakesTomlSettingsOnItsDataVolume() {
        JsonNode template = cfn("RocketLaunchTemplate").path("Properties").path("LaunchTemplateData");
        assertThat(template.path("UserData").toString()).contains("[settings.ecs]", "cluster = \\\"");
        assertThat(template.path("BlockDeviceMappings").get(1).path("DeviceName").asText()).isEqualTo("/dev/xvdb");
        assertThat(template.path("BlockDeviceMappings").get(1).path("Ebs").path("VolumeSize").asInt()).isEqualTo(50);
    }

    @Test
    void bridgeTasksAreReachedOnEphemeralPortsFromTheLoadBalancerOnly() {
        JsonNode ingress = cfn("ShopGeneralInstancesFromWebIngress").path("Properties");
        assertThat(ingress.path("FromPort").asInt()).isEqualTo(32768);
        assertThat(ingress.path("ToPort").asInt()).isEqualTo(65535);
        assertThat(ingress.path("SourceSecurityGroupId").toString()).contains("Web");
        assertThat(cfn("ShopService").path("Properties").has("NetworkConfiguration")).isFalse();
        assertThat(cfn("ShopTargetGroup").path("Properties").path("TargetType").asText()).isEqualTo("instance");
        JsonNode host = cfn("RelayRocketInstancesFromEdgeIngress").path("Properties");
        assertThat(host.path("FromPort").asInt()).isEqualTo(1883);
        assertThat(host.path("ToPort").asInt()).isEqualTo(1883);
    }

    @Test
    void theDiagramShowsTheCapacityAndWhoRunsOnIt() {
        String chart = dev.berth.synth.diagram.Mermaid.flowchart(
                dev.berth.synth.diagram.Architecture.of(synthesis.plan().orElseThrow()).diagram());
        assertThat(chart).contains("EC2 capacity general-fleet", "m7g.large, m6g.large", "0-10 instances, 90% target",
                "EC2 capacity rocket-fleet", "weight 1", "EC2 launch type");
    }

    @Test
    void bothTargetsAreSchemaValid() throws Exception {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        List<String> problems = new ArrayList<>();
        synthesis.cloudFormationStacks().forEach(stack -> problems.addAll(CloudFormationTemplateValidator.validate(
                JSON.valueToTree(stack.template()))));
        Map<String, JsonNode> module = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : synthesis.terraform().orElseThrow().files().entrySet()) {
            if (file.getKey().endsWith(".json")) {
                module.put(file.getKey(), JSON.readTree(file.getValue()));
            }
        }
        problems.addAll(TerraformModuleValidator.validate(module));
        assertThat(problems).isEmpty();
        Path out = Path.of("target", "ec2-capacity");
        Files.createDirectories(out);
        Files.writeString(out.resolve("template.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(synthesis.cloudFormation().orElseThrow()));
    }
}
