package dev.berth.synth.rendering.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.compute.ManagedInstances.AcceleratorType;
import dev.berth.compute.ManagedInstances.CpuManufacturer;
import dev.berth.placement.PlacementConstraint;
import dev.berth.placement.PlacementStrategy;
import dev.berth.service.LaunchType;
import dev.berth.service.SchedulingStrategy;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import dev.berth.task.Compatibility;
import dev.berth.task.NetworkMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ECS Managed Instances, placement and daemons end to end: a GPU service on a Managed Instances provider (its
 * infrastructure role, instance role and profile, security group and capacity provider, created in its cluster and
 * waited for), a replica EC2 service with placement strategies and constraints, a daemon on host networking; both
 * targets schema-valid.
 */
public class ManagedInstancesAndPlacementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    private final Synthesis synthesis = Synthesizer.synthesize(program());

    /** The program: also used by the cfn-lint run of the report. */
    public static Application program() {
        return Application.builder("lab")
                .cluster("main", c -> c.managedInstances("gpu", m -> m.vcpu(4, 32).memoryMiB(16384, 131072)
                        .cpuManufacturers(CpuManufacturer.INTEL, CpuManufacturer.AMD)
                        .acceleratorTypes(AcceleratorType.GPU).acceleratorCount(1, 4).storageSizeGiB(100)
                        .allowedInstanceTypes("g5.*", "g6.*")))
                .service("inference", s -> s.capacityProvider("gpu", 0, 1)
                        .placementConstraint(PlacementConstraint.memberOf("attribute:ecs.instance-type =~ g5.*"))
                        .task(t -> t.compatibilities(Compatibility.MANAGED_INSTANCES).cpu(4096).memory(16384)
                                .container("model", c -> c.image(ECR + "/lab/model:1.0.0").port(8080).gpus(1))))
                .service("batch", s -> s.launchType(LaunchType.EC2).desiredCount(4)
                        .placementStrategy(PlacementStrategy.spreadAcrossZones())
                        .placementStrategy(PlacementStrategy.binpackMemory())
                        .placementConstraint(PlacementConstraint.distinctInstance())
                        .task(t -> t.compatibilities(Compatibility.EC2).memory(0)
                                .placementConstraint(PlacementConstraint.memberOf(
                                        "attribute:ecs.cpu-architecture == x86_64"))
                                .container("worker", c -> c.image(ECR + "/lab/worker:2.0.0").memory(512))))
                .service("agent", s -> s.launchType(LaunchType.EC2).schedulingStrategy(SchedulingStrategy.DAEMON)
                        .task(t -> t.compatibilities(Compatibility.EC2).networkMode(NetworkMode.HOST)
                                .container("collector", c -> c.image(ECR + "/lab/collector:3.0.0").port(4317)
                                        .memory(256))))
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
    void theManagedInstancesProviderIsCreatedInItsClusterWithItsRolesProfileAndGroup() throws Exception {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        JsonNode provider = cfn("MainGpuCapacityProvider");
        assertThat(provider.path("Type").asText()).isEqualTo("AWS::ECS::CapacityProvider");
        JsonNode props = provider.path("Properties");
        assertThat(props.path("Name").asText()).isEqualTo("gpu");
        assertThat(props.path("ClusterName").toString()).isEqualTo("{\"Ref\":\"MainCluster\"}");
        JsonNode mip = props.path("ManagedInstancesProvider");
        assertThat(mip.path("InfrastructureRoleArn").toString())
                .isEqualTo("{\"Fn::GetAtt\":[\"MainGpuInfrastructureRole\",\"Arn\"]}");
        JsonNode template = mip.path("InstanceLaunchTemplate");
        assertThat(template.path("Ec2InstanceProfileArn").toString())
                .isEqualTo("{\"Fn::GetAtt\":[\"MainGpuInstanceProfile\",\"Arn\"]}");
        assertThat(template.path("StorageConfiguration").path("StorageSizeGiB").asInt()).isEqualTo(100);
        assertThat(template.path("CapacityOptionType").asText()).isEqualTo("ON_DEMAND");
        JsonNode req = template.path("InstanceRequirements");
        assertThat(req.path("VCpuCount").toString()).isEqualTo("{\"Min\":4,\"Max\":32}");
        assertThat(req.path("MemoryMiB").toString()).isEqualTo("{\"Min\":16384,\"Max\":131072}");
        assertThat(req.path("AcceleratorTypes").toString()).isEqualTo("[\"gpu\"]");
        assertThat(req.path("CpuManufacturers").toString()).isEqualTo("[\"intel\",\"amd\"]");
        assertThat(template.path("NetworkConfiguration").path("SecurityGroups").toString())
                .contains("MainGpuInstancesSecurityGroup");
        // Managed Instances providers are associated through ClusterName, never through the associations
        assertThat(cfn("MainCapacityProviders").path("Properties").path("CapacityProviders").toString())
                .doesNotContain("gpu");

        JsonNode infrastructure = cfn("MainGpuInfrastructureRole").path("Properties");
        assertThat(infrastructure.path("AssumeRolePolicyDocument").toString()).contains("ecs.amazonaws.com");
        assertThat(infrastructure.path("ManagedPolicyArns").toString())
                .contains(":iam::aws:policy/AmazonECSInfrastructureRolePolicyForManagedInstances");
        String passRole = cfn("MainGpuInfrastructurePolicy").path("Properties").path("PolicyDocument").toString();
        assertThat(passRole).contains("iam:PassRole", "MainGpuInstanceRole", "ec2.amazonaws.com");
        assertThat(cfn("MainGpuInstanceRole").path("Properties").path("ManagedPolicyArns").toString())
                .contains("AmazonECSInstanceRolePolicyForManagedInstances");
        assertThat(cfn("MainGpuInstanceProfile").path("Properties").path("Roles").toString())
                .isEqualTo("[{\"Ref\":\"MainGpuInstanceRole\"}]");

        JsonNode tfProvider = tf("aws_ecs_capacity_provider", "main_gpu");
        assertThat(tfProvider.path("cluster").asText()).isEqualTo("${aws_ecs_cluster.main.name}");
        assertThat(tfProvider.path("managed_instances_provider").path("instance_launch_template")
                .path("instance_requirements").path("vcpu_count").toString()).isEqualTo("{\"min\":4,\"max\":32}");
        JsonNode attachment = tf("aws_iam_role_policy_attachment",
                "main_gpu_infrastructure_amazonecsinfrastructurerolepolicyformanagedinstances");
        assertThat(attachment.path("role").asText()).isEqualTo("${aws_iam_role.main_gpu_infrastructure.name}");
        assertThat(tf("aws_iam_instance_profile", "main_gpu").path("role").asText())
                .isEqualTo("${aws_iam_role.main_gpu_instance.name}");
    }

    @Test
    void theGpuServiceRunsOnItsProviderAfterItExists() throws Exception {
        JsonNode service = cfn("InferenceService");
        assertThat(service.path("Properties").path("CapacityProviderStrategy").toString())
                .isEqualTo("[{\"CapacityProvider\":\"gpu\",\"Base\":0,\"Weight\":1}]");
        assertThat(service.path("Properties").has("LaunchType")).isFalse();
        assertThat(service.path("Properties").has("PlatformVersion")).isFalse();
        assertThat(service.path("DependsOn").toString()).contains("MainGpuCapacityProvider");
        assertThat(tf("aws_ecs_service", "inference").path("depends_on").toString())
                .contains("aws_ecs_capacity_provider.main_gpu");
        // the provider is created after its infrastructure role's policies: the PassRole policy, and in Terraform
        // the managed policy's attachment (CloudFormation attaches it with the role, which the provider refers to)
        assertThat(cfn("MainGpuCapacityProvider").path("DependsOn").toString())
                .contains("MainGpuInfrastructurePolicy");
        assertThat(tf("aws_ecs_capacity_provider", "main_gpu").path("depends_on").toString()).contains(
                "aws_iam_role_policy.main_gpu_infrastructure",
                "aws_iam_role_policy_attachment.main_gpu_infrastructure_amazonecsinfrastructurerolepolicyformanagedinstances");

        JsonNode task = cfn("InferenceTaskDefinition").path("Properties");
        assertThat(task.path("RequiresCompatibilities").toString()).isEqualTo("[\"MANAGED_INSTANCES\"]");
        assertThat(task.path("ContainerDefinitions").get(0).path("ResourceRequirements").toString())
                .isEqualTo("[{\"Type\":\"GPU\",\"Value\":\"1\"}]");
        assertThat(tf("aws_ecs_task_definition", "inference").path("container_definitions").asText())
                .contains("\"resourceRequirements\":[{\"type\":\"GPU\",\"value\":\"1\"}]");
    }

    @Test
    void placementAndDaemonsAreWrittenForBothTargets() throws Exception {
        JsonNode batch = cfn("BatchService").path("Properties");
        assertThat(batch.path("PlacementStrategies").toString()).isEqualTo("[{\"Type\":\"spread\",\"Field\":"
                + "\"attribute:ecs.availability-zone\"},{\"Type\":\"binpack\",\"Field\":\"memory\"}]");
        assertThat(batch.path("PlacementConstraints").toString()).isEqualTo("[{\"Type\":\"distinctInstance\"}]");
        assertThat(batch.path("LaunchType").asText()).isEqualTo("EC2");
        // on EC2 without task memory: each container sets its own (CONTAINER_RESOURCES)
        assertThat(cfn("BatchTaskDefinition").path("Properties").has("Memory")).isFalse();
        assertThat(tf("aws_ecs_task_definition", "batch").has("memory")).isFalse();
        assertThat(cfn("BatchTaskDefinition").path("Properties").path("PlacementConstraints").toString())
                .isEqualTo("[{\"Type\":\"memberOf\",\"Expression\":\"attribute:ecs.cpu-architecture == x86_64\"}]");
        JsonNode tfBatch = tf("aws_ecs_service", "batch");
        assertThat(tfBatch.path("ordered_placement_strategy").toString()).isEqualTo("[{\"type\":\"spread\","
                + "\"field\":\"attribute:ecs.availability-zone\"},{\"type\":\"binpack\",\"field\":\"memory\"}]");
        assertThat(tfBatch.path("placement_constraints").toString()).isEqualTo("[{\"type\":\"distinctInstance\"}]");

        JsonNode agent = cfn("AgentService").path("Properties");
        assertThat(agent.path("SchedulingStrategy").asText()).isEqualTo("DAEMON");
        assertThat(agent.has("DesiredCount")).isFalse();
        assertThat(agent.has("NetworkConfiguration")).as("host mode: no awsvpc configuration").isFalse();
        assertThat(agent.path("DeploymentConfiguration").path("MaximumPercent").asInt()).isEqualTo(100);
        assertThat(agent.path("DeploymentConfiguration").path("MinimumHealthyPercent").asInt()).isZero();
        JsonNode tfAgent = tf("aws_ecs_service", "agent");
        assertThat(tfAgent.path("scheduling_strategy").asText()).isEqualTo("DAEMON");
        assertThat(tfAgent.has("desired_count")).isFalse();
        assertThat(tfAgent.has("deployment_maximum_percent")).isFalse();
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
        List<String> warnings = new ArrayList<>();
        synthesis.diagnostics().all().forEach(d -> warnings.add(d.code()));
        // (EC2_NO_CAPACITY and AWSVPC_ON_EC2 say what this program leaves to the cluster's existing instances)
        assertThat(warnings).as("no host-port warning: a daemon runs one task per instance")
                .doesNotContain("HOST_PORT_COLLISION");
    }
}
