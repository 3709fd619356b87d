package dev.berth.synth.rendering.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.RemovalPolicy;
import dev.berth.storage.ThroughputMode;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import dev.berth.task.Volume;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EFS end to end: the file system with mount targets, its security group and access point; the task volumes of a
 * program's and an existing file system; the task role's mount statements; the NFS rules; the creation order; both
 * targets schema-valid.
 */
class FileSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    private final Synthesis synthesis = Synthesizer.synthesize(program());

    private static Application program() {
        return Application.builder("shop")
                .cluster("main", c -> { })
                .fileSystem("shared", fs -> fs.throughputMode(ThroughputMode.ELASTIC)
                        .accessPoint("uploads", ap -> ap.path("/uploads").posixUser(1000, 1000)))
                .fileSystem("scratch", fs -> fs.removalPolicy(RemovalPolicy.DESTROY))
                .service("api", s -> s.task(t -> t
                        .volume(Volume.efs("uploads", v -> v.fileSystem("shared").accessPoint("uploads")))
                        .volume(Volume.efs("reports", v -> v.fileSystem("scratch").readOnly(true)))
                        .volume(Volume.efs("legacy", v -> v.fileSystemId("fs-0123456789abcdef0")
                                .securityGroupId("sg-0123456789abcdef0").rootDirectory("/legacy")))
                        .container("app", c -> c.image(ECR + "/shop/api:1.0.0").port(8080)
                                .mount("uploads", "/srv/uploads").mount("reports", "/srv/reports")
                                .mount("legacy", "/srv/legacy"))))
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
    void theFileSystemIsEncryptedRetainedAndMountedInEachPrivateSubnet() throws Exception {
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        JsonNode fs = cfn("SharedFileSystem");
        assertThat(fs.path("Type").asText()).isEqualTo("AWS::EFS::FileSystem");
        assertThat(fs.path("DeletionPolicy").asText()).isEqualTo("Retain");
        assertThat(fs.path("Properties").path("Encrypted").asBoolean()).isTrue();
        assertThat(fs.path("Properties").path("ThroughputMode").asText()).isEqualTo("elastic");
        assertThat(cfn("ScratchFileSystem").has("DeletionPolicy")).isFalse();
        assertThat(tf("aws_efs_file_system", "shared").path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();

        JsonNode target = cfn("Shared1MountTarget").path("Properties");
        assertThat(target.path("FileSystemId").toString()).isEqualTo("{\"Ref\":\"SharedFileSystem\"}");
        assertThat(target.path("SecurityGroups").toString()).contains("SharedEfsSecurityGroup");
        assertThat(cfn("Shared2MountTarget").isMissingNode()).isFalse();
        assertThat(cfn("Shared3MountTarget").isMissingNode()).as("two private subnets by default").isTrue();

        JsonNode ap = cfn("SharedUploadsAccessPoint").path("Properties");
        assertThat(ap.path("PosixUser").toString()).isEqualTo("{\"Uid\":\"1000\",\"Gid\":\"1000\"}");
        assertThat(ap.path("RootDirectory").path("CreationInfo").path("Permissions").asText()).isEqualTo("0755");
        assertThat(tf("aws_efs_access_point", "shared_uploads").path("posix_user").path("uid").asLong())
                .isEqualTo(1000);
    }

    @Test
    void theTaskMountsWithTransitEncryptionAndIamAuthorization() throws Exception {
        JsonNode volumes = cfn("ApiTaskDefinition").path("Properties").path("Volumes");
        assertThat(volumes.get(0).path("EFSVolumeConfiguration").toString()).isEqualTo(
                "{\"FilesystemId\":{\"Ref\":\"SharedFileSystem\"},\"RootDirectory\":\"/\",\"TransitEncryption\":"
                        + "\"ENABLED\",\"AuthorizationConfig\":{\"AccessPointId\":{\"Ref\":\"SharedUploadsAccessPoint\"},"
                        + "\"IAM\":\"ENABLED\"}}");
        assertThat(volumes.get(2).path("EFSVolumeConfiguration").path("FilesystemId").asText())
                .isEqualTo("fs-0123456789abcdef0");
        assertThat(volumes.get(2).path("EFSVolumeConfiguration").path("RootDirectory").asText()).isEqualTo("/legacy");
        JsonNode tfVolume = tf("aws_ecs_task_definition", "api").path("volume").get(0);
        assertThat(tfVolume.path("efs_volume_configuration").path("authorization_config").path("access_point_id")
                .asText()).isEqualTo("${aws_efs_access_point.shared_uploads.id}");
        // A read-only volume is mounted read-only whatever the mount point says.
        String mounts = cfn("ApiTaskDefinition").path("Properties").path("ContainerDefinitions").get(0)
                .path("MountPoints").toString();
        assertThat(mounts).contains("{\"SourceVolume\":\"reports\",\"ContainerPath\":\"/srv/reports\",\"ReadOnly\":true}");
    }

    @Test
    void theTaskRoleMayMountExactlyThoseFileSystems() {
        JsonNode statements = cfn("ApiTaskPolicy").path("Properties").path("PolicyDocument").path("Statement");
        Map<String, JsonNode> bySid = new LinkedHashMap<>();
        statements.forEach(s -> bySid.put(s.path("Sid").asText(), s));
        assertThat(bySid.get("MountEfsVolume1").toString()).contains("\"elasticfilesystem:ClientMount\"",
                "\"elasticfilesystem:ClientWrite\"", "{\"Fn::GetAtt\":[\"SharedFileSystem\",\"Arn\"]}",
                "\"elasticfilesystem:AccessPointArn\":{\"Fn::GetAtt\":[\"SharedUploadsAccessPoint\",\"Arn\"]}")
                .doesNotContain("ClientRootAccess");
        assertThat(bySid.get("MountEfsVolume2").toString()).contains("ClientMount").doesNotContain("ClientWrite",
                "Condition");
        assertThat(bySid.get("MountEfsVolume3").toString()).contains(":elasticfilesystem:",
                ":file-system/fs-0123456789abcdef0");
    }

    @Test
    void nfsIsAdmittedOnlyFromTheTasksAndTheServiceWaitsForTheMountTargets() {
        JsonNode ingress = cfn("SharedEfsFromServiceApiIngress").path("Properties");
        assertThat(ingress.path("FromPort").asInt()).isEqualTo(2049);
        assertThat(ingress.path("SourceSecurityGroupId").toString()).contains("ApiTasksSecurityGroup");
        assertThat(cfn("ApiTasksToEfsSharedEgress").path("Properties").path("ToPort").asInt())
                .isEqualTo(2049);
        JsonNode existing = cfn("ApiTasksNfsIntoSg0123456789abcdef0Ingress").path("Properties");
        assertThat(existing.path("GroupId").asText()).isEqualTo("sg-0123456789abcdef0");
        List<String> dependsOn = new ArrayList<>();
        cfn("ApiService").path("DependsOn").forEach(d -> dependsOn.add(d.asText()));
        assertThat(dependsOn).contains("Shared1MountTarget", "Shared2MountTarget", "Scratch1MountTarget",
                "SharedEfsFromServiceApiIngress", "ApiTasksToEfsSharedEgress",
                "ApiTasksNfsIntoSg0123456789abcdef0Ingress");
        assertThat(cfn("SharedEfsSecurityGroup").path("Properties").path("SecurityGroupEgress").toString())
                .doesNotContain("0.0.0.0/0");
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
