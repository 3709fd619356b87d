package dev.berth.synth.planning.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.Application;
import dev.berth.service.Service;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The container definitions of a task, read from both targets. */
class TaskDefinitionPlannerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    private static Synthesis synthesized(UnaryOperator<Service.Builder> service) {
        Application app = Application.builder("shop").cluster("main", c -> { })
                .service("api", s -> service.apply(s.task(t -> t
                        .container("app", c -> c.image(ECR + "/shop/api:1.0.0").port(8080))
                        .container("sidecar", c -> c.image(ECR + "/shop/sidecar:1.0.0").essential(false)))))
                .build();
        Synthesis synthesis = Synthesizer.synthesize(app);
        assertThat(synthesis.succeeded()).as("%s", synthesis.diagnostics()).isTrue();
        return synthesis;
    }

    private static JsonNode cfnContainers(Synthesis s) {
        return s.cloudFormation().orElseThrow().path("Resources").path("ApiTaskDefinition").path("Properties")
                .path("ContainerDefinitions");
    }

    private static JsonNode tfContainers(Synthesis s) {
        try {
            JsonNode body = JSON.readTree(s.terraform().orElseThrow().files().get("main.tf.json")).path("resource")
                    .path("aws_ecs_task_definition").path("api");
            return JSON.readTree(body.path("container_definitions").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * AWS recommends {@code initProcessEnabled} for ECS Exec: the init process reaps the SSM agent's zombie child
     * processes (ECS developer guide, "Monitor Amazon ECS containers with ECS Exec", considerations).
     */
    @Test
    void everyContainerOfAnExecEnabledServiceRunsAnInitProcess() {
        Synthesis s = synthesized(b -> b.enableExecuteCommand(true));

        assertThat(cfnContainers(s)).hasSize(2).allSatisfy(c -> assertThat(
                c.path("LinuxParameters").path("InitProcessEnabled").asBoolean()).as("%s", c).isTrue());
        assertThat(tfContainers(s)).hasSize(2).allSatisfy(c -> assertThat(
                c.path("linuxParameters").path("initProcessEnabled").asBoolean()).as("%s", c).isTrue());
    }

    @Test
    void containersOfOtherServicesHaveNoLinuxParameters() {
        Synthesis s = synthesized(b -> b);

        assertThat(cfnContainers(s)).allSatisfy(c -> assertThat(c.has("LinuxParameters")).isFalse());
        assertThat(tfContainers(s)).allSatisfy(c -> assertThat(c.has("linuxParameters")).isFalse());
    }
}
