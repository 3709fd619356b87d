package dev.berth.synth.planning.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.service.LaunchType;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.task.Compatibility;
import dev.berth.task.LinuxCapability;
import dev.berth.task.NetworkMode;
import dev.berth.task.TaskDefinition;
import dev.berth.task.UlimitName;
import dev.berth.task.Volume;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a container runs and what its task stores (issue 12), read from both targets: CloudFormation spells the ECS
 * API's names in PascalCase, Terraform keeps them in camelCase inside the container_definitions JSON.
 */
class ContainerSettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    private static Synthesis synthesized(UnaryOperator<TaskDefinition.Builder> task,
                                         UnaryOperator<dev.berth.service.Service.Builder> service) {
        Application app = Application.builder("shop").newVpc(v -> v.natGateways(dev.berth.network.NatGateways.SINGLE))
                .cluster("main", c -> { })
                .service("api", s -> service.apply(s.task(t -> task.apply(t
                        .volume(Volume.bind("scratch")).volume(Volume.bind("shared"))
                        .container("app", c -> c.image(ECR + "/shop/api:1.0.0").port(8080)
                                .user("1000:1000").workingDirectory("/srv/app").stopTimeoutSeconds(90)
                                .dockerLabel("com.example.team", "shop").dockerLabel("template", "${not}")
                                .ulimit(UlimitName.NOFILE, 65535, 1_048_576)
                                .linuxParameters(l -> l.dropCapabilities(LinuxCapability.ALL)
                                        .addCapabilities(LinuxCapability.SYS_PTRACE))
                                .environmentFile("arn:aws:s3:::shop-config/api.env")
                                .readonlyRootFilesystem(true)
                                .mount("scratch", "/tmp").mountReadOnly("shared", "/srv/shared"))
                        .container("sidecar", c -> c.image(ECR + "/shop/sidecar:1.0.0").essential(false)
                                .volumesFrom("app", true))))))
                .build();
        Synthesis synthesis = Synthesizer.synthesize(app);
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        return synthesis;
    }

    private static JsonNode cfnTask(Synthesis s) {
        return s.cloudFormation().orElseThrow().path("Resources").path("ApiTaskDefinition").path("Properties");
    }

    private static JsonNode tfTask(Synthesis s) {
        try {
            return JSON.readTree(s.terraform().orElseThrow().files().get("main.tf.json")).path("resource")
                    .path("aws_ecs_task_definition").path("api");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tfContainers(Synthesis s) {
        try {
            return JSON.readTree(tfTask(s).path("container_definitions").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyContainerSettingIsWrittenInBothSpellings() throws IOException {
        Synthesis s = synthesized(t -> t.ephemeralStorageGiB(50), b -> b);
        JsonNode cfn = cfnTask(s).path("ContainerDefinitions").get(0);
        JsonNode tf = tfContainers(s).get(0);

        assertThat(cfn.path("User").asText()).isEqualTo("1000:1000");
        assertThat(tf.path("user").asText()).isEqualTo("1000:1000");
        assertThat(cfn.path("WorkingDirectory").asText()).isEqualTo("/srv/app");
        assertThat(tf.path("workingDirectory").asText()).isEqualTo("/srv/app");
        assertThat(cfn.path("StopTimeout").asInt()).isEqualTo(90);
        assertThat(tf.path("stopTimeout").asInt()).isEqualTo(90);
        assertThat(cfn.path("DockerLabels")).isEqualTo(JSON.readTree(
                "{\"com.example.team\": \"shop\", \"template\": \"${not}\"}"));
        // A ${ in a Terraform string is a template: the label keeps its text through $${.
        assertThat(tf.path("dockerLabels")).isEqualTo(JSON.readTree(
                "{\"com.example.team\": \"shop\", \"template\": \"$${not}\"}"));
        assertThat(cfn.path("Ulimits")).isEqualTo(JSON.readTree(
                "[{\"Name\": \"nofile\", \"SoftLimit\": 65535, \"HardLimit\": 1048576}]"));
        assertThat(tf.path("ulimits")).isEqualTo(JSON.readTree(
                "[{\"name\": \"nofile\", \"softLimit\": 65535, \"hardLimit\": 1048576}]"));
        assertThat(cfn.path("LinuxParameters")).isEqualTo(JSON.readTree(
                "{\"Capabilities\": {\"Add\": [\"SYS_PTRACE\"], \"Drop\": [\"ALL\"]}}"));
        assertThat(tf.path("linuxParameters")).isEqualTo(JSON.readTree(
                "{\"capabilities\": {\"add\": [\"SYS_PTRACE\"], \"drop\": [\"ALL\"]}}"));
        assertThat(cfn.path("EnvironmentFiles")).isEqualTo(JSON.readTree(
                "[{\"Value\": \"arn:aws:s3:::shop-config/api.env\", \"Type\": \"s3\"}]"));
        assertThat(tf.path("environmentFiles")).isEqualTo(JSON.readTree(
                "[{\"value\": \"arn:aws:s3:::shop-config/api.env\", \"type\": \"s3\"}]"));
        assertThat(cfn.path("MountPoints")).isEqualTo(JSON.readTree("[{\"SourceVolume\": \"scratch\","
                + " \"ContainerPath\": \"/tmp\", \"ReadOnly\": false}, {\"SourceVolume\": \"shared\", \"ContainerPath\": \"/srv/shared\","
                + " \"ReadOnly\": true}]"));
        assertThat(tf.path("mountPoints")).isEqualTo(JSON.readTree("[{\"sourceVolume\": \"scratch\","
                + " \"containerPath\": \"/tmp\", \"readOnly\": false}, {\"sourceVolume\": \"shared\", \"containerPath\": \"/srv/shared\","
                + " \"readOnly\": true}]"));
        assertThat(cfn.has("Privileged")).isFalse();
        assertThat(tf.has("privileged")).isFalse();

        JsonNode sidecarCfn = cfnTask(s).path("ContainerDefinitions").get(1);
        assertThat(sidecarCfn.path("VolumesFrom")).isEqualTo(JSON.readTree(
                "[{\"SourceContainer\": \"app\", \"ReadOnly\": true}]"));
        assertThat(tfContainers(s).get(1).path("volumesFrom")).isEqualTo(JSON.readTree(
                "[{\"sourceContainer\": \"app\", \"readOnly\": true}]"));
        for (String absent : List.of("User", "WorkingDirectory", "StopTimeout", "DockerLabels", "Ulimits",
                "LinuxParameters", "EnvironmentFiles", "MountPoints")) {
            assertThat(sidecarCfn.has(absent)).as(absent).isFalse();
        }

        assertThat(cfnTask(s).path("Volumes")).isEqualTo(JSON.readTree(
                "[{\"Name\": \"scratch\"}, {\"Name\": \"shared\"}]"));
        assertThat(tfTask(s).path("volume")).isEqualTo(JSON.readTree("[{\"name\": \"scratch\"}, {\"name\": \"shared\"}]"));
        assertThat(cfnTask(s).path("EphemeralStorage").path("SizeInGiB").asInt()).isEqualTo(50);
        assertThat(tfTask(s).path("ephemeral_storage").path("size_in_gib").asInt()).isEqualTo(50);
    }

    @Test
    void withoutEphemeralStorageFargatesDefaultIsLeftAlone() {
        Synthesis s = synthesized(t -> t, b -> b);
        assertThat(cfnTask(s).has("EphemeralStorage")).isFalse();
        assertThat(tfTask(s).has("ephemeral_storage")).isFalse();
    }

    /** An init process asked for keeps its capabilities beside it; with ECS Exec Berth adds it anyway. */
    @Test
    void anInitProcessJoinsTheCapabilities() {
        Synthesis s = synthesized(t -> t, b -> b.enableExecuteCommand(true));
        JsonNode linux = cfnTask(s).path("ContainerDefinitions").get(0).path("LinuxParameters");
        assertThat(linux.path("InitProcessEnabled").asBoolean()).isTrue();
        assertThat(linux.path("Capabilities").path("Add").get(0).asText()).isEqualTo("SYS_PTRACE");
    }

    /** EC2 only: a privileged container and a shared memory size, on a task Berth validates for EC2. */
    @Test
    void aPrivilegedContainerOnEc2IsWrittenWithItsSharedMemory() {
        Application app = Application.builder("shop").newVpc(v -> v.natGateways(dev.berth.network.NatGateways.SINGLE))
                .cluster("main", c -> { })
                .service("agent", s -> s.launchType(LaunchType.EC2).task(t -> t.compatibilities(Compatibility.EC2)
                        .networkMode(NetworkMode.AWSVPC)
                        .container("agent", c -> c.image(ECR + "/shop/agent:1.0.0").privileged(true)
                                .linuxParameters(l -> l.sharedMemorySizeMiB(256)))))
                .build();
        Synthesis s = Synthesizer.synthesize(app);
        assertThat(s.succeeded()).as("%s", s.diagnostics()).isTrue();
        assertThat(s.diagnostics().warnings()).extracting(d -> d.code()).contains("PRIVILEGED_CONTAINER");
        JsonNode cfn = s.cloudFormation().orElseThrow().path("Resources").path("AgentTaskDefinition")
                .path("Properties").path("ContainerDefinitions").get(0);
        assertThat(cfn.path("Privileged").asBoolean()).isTrue();
        assertThat(cfn.path("LinuxParameters").path("SharedMemorySize").asInt()).isEqualTo(256);
    }
}
