package dev.berth.synth.planning.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import dev.berth.synth.testing.ScalePrograms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that could block a replacement (issue 10, item 7): CloudFormation names ECS services itself, since some
 * updates replace a service and CloudFormation cannot replace a resource that keeps its custom name; the readable
 * name stays in the Name tag and the outputs. Clusters and log groups keep their names: only a new name replaces
 * them, and a new name never collides with the old one.
 */
class NamingPolicyTest {

    private final Synthesis synthesis = Synthesizer.synthesize(ScalePrograms.withServices(2));

    @Test
    void cloudFormationNamesServicesItselfAndKeepsTheReadableNameInTagsAndOutputs() {
        JsonNode template = synthesis.cloudFormation().orElseThrow();
        JsonNode service = template.path("Resources").path("Svc0000Service").path("Properties");
        assertThat(service.has("ServiceName")).as("a custom name blocks replacing the service").isFalse();
        assertThat(service.path("Tags").toString()).contains("{\"Key\":\"Name\",\"Value\":\"scale-svc-0000\"}");
        assertThat(template.path("Outputs").path("Svc0000ServiceName").path("Value").toString())
                .isEqualTo("{\"Fn::GetAtt\":[\"Svc0000Service\",\"Name\"]}");
        assertThat(template.path("Resources").path("Cluster0Cluster").path("Properties").has("ClusterName"))
                .as("cluster names are not prefixed with the application's, so CloudFormation names clusters too")
                .isFalse();
    }

    @Test
    void terraformKeepsTheReadableNameWhichItFreesBeforeItRecreates() throws Exception {
        JsonNode main = new ObjectMapper().readTree(synthesis.terraform().orElseThrow().files().get("main.tf.json"));
        assertThat(main.path("resource").path("aws_ecs_service").path("svc_0000").path("name").asText())
                .isEqualTo("svc-0000");
    }
}
