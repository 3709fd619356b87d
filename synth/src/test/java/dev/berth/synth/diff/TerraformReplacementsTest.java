package dev.berth.synth.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.synth.rendering.PlanKinds;
import dev.berth.synth.rendering.Renderings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-made table of replace-forcing Terraform arguments covers every type Berth emits, and names only arguments
 * (or blocks) that the provider schema of that type has: a renamed or removed argument fails here.
 */
class TerraformReplacementsTest {

    private static JsonNode providerSchemas() throws IOException {
        try (InputStream in = TerraformReplacementsTest.class.getClassLoader()
                .getResourceAsStream("schemas/terraform/aws-resource-schemas.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyTypeBerthEmitsHasAnEntry() {
        Set<String> types = new TreeSet<>();
        PlanKinds.all().forEach(kind -> {
            types.add(Renderings.of(kind).terraform().type());
            types.addAll(Renderings.of(kind).terraformCompanionTypes());
        });

        assertThat(TerraformReplacements.all().keySet()).containsExactlyInAnyOrderElementsOf(types);
    }

    @Test
    void everyArgumentExistsInTheProviderSchema() throws IOException {
        JsonNode schemas = providerSchemas();
        List<String> missing = new ArrayList<>();
        TerraformReplacements.all().forEach((type, rules) -> {
            List<List<String>> paths = new ArrayList<>(rules.forceNew());
            rules.exclusiveGroups().forEach(group -> group.forEach(name -> paths.add(List.of(name))));
            for (List<String> path : paths) {
                JsonNode block = schemas.path(type);
                for (int i = 0; i < path.size(); i++) {
                    String name = path.get(i);
                    boolean last = i == path.size() - 1;
                    if (last && block.path("attributes").has(name)) {
                        break;
                    }
                    block = block.path("block_types").path(name).path("block");
                    if (block.isMissingNode()) {
                        missing.add(type + "." + String.join(".", path));
                        break;
                    }
                }
            }
        });
        assertThat(missing).as("arguments the provider schema does not have").isEmpty();
    }

    @Test
    void regionalTypesAreReplacedWhenTheirRegionChanges() throws IOException {
        JsonNode schemas = providerSchemas();
        TerraformReplacements.all().forEach((type, rules) -> assertThat(rules.forceNew().contains(List.of("region")))
                .as(type).isEqualTo(schemas.path(type).path("attributes").has("region")));
    }
}
