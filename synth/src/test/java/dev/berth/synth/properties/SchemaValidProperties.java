package dev.berth.synth.properties;

import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.schema.CloudFormationTemplateValidator;
import dev.berth.synth.schema.TerraformModuleValidator;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties 1 and 2: every generated program synthesises a CloudFormation template that passes the registry
 * schemas, reference, cycle and quota checks of {@link CloudFormationTemplateValidator}, and a Terraform module that
 * passes the provider schema, reference and cycle checks of {@link TerraformModuleValidator}; and the plan names
 * each resource once per kind.
 */
class SchemaValidProperties {

    @Test
    void cloudFormationAndTerraformAreSchemaValidAndReferentiallyWhole() {
        BerthTheories.check(Programs.valid(), SchemaValidProperties::schemaValidAndReferentiallyWhole);
    }

    @Test
    void planResourcesHaveUniqueIdsPerKind() {
        BerthTheories.check(Programs.valid(), SchemaValidProperties::uniqueIdsPerKind);
    }

    private static void schemaValidAndReferentiallyWhole(ProgramSpec program) {
        Synthesized s = Synthesized.of(program);
        // every stack written to disk (one, or a shared stack and service stacks when the program is split)
        assertThat(s.synthesis().cloudFormationStacks()).isNotEmpty();
        s.synthesis().cloudFormationStacks().forEach(stack -> assertThat(
                        CloudFormationTemplateValidator.validate(Synthesized.JSON.valueToTree(stack.template())))
                .as("CloudFormation problems of stack %s of\n%s", stack.name(), s.program()).isEmpty());
        List<String> tf = TerraformModuleValidator.validate(s.moduleFiles());
        assertThat(tf).as("Terraform problems of\n%s", s.program()).isEmpty();
    }

    private static void uniqueIdsPerKind(ProgramSpec program) {
        Synthesized s = Synthesized.of(program);
        Map<Class<?>, Set<ResourceId>> seen = new java.util.HashMap<>();
        Set<String> logicalIds = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (PlannedResource r : s.plan().resources()) {
            assertThat(seen.computeIfAbsent(r.id().kind(), k -> new HashSet<>()).add(r.id()))
                    .as("%s is planned twice in\n%s", r.id(), s.program()).isTrue();
            assertThat(logicalIds.add(dev.berth.synth.cloudformation.CloudFormationRenderer.logicalId(r.id())))
                    .as("logical ID of %s is taken in\n%s", r.id(), s.program()).isTrue();
            assertThat(addresses.add(dev.berth.synth.terraform.TerraformRenderer.address(r.id())))
                    .as("address of %s is taken in\n%s", r.id(), s.program()).isTrue();
        }
        assertThat(s.cfnResources().size()).isEqualTo(s.plan().resources().size());
        // and Terraform's companions (a role's managed policy attachments, an EFS backup policy)
        int companions = s.plan().resources().stream().mapToInt(r -> dev.berth.synth.rendering.Renderings.of(r)
                .terraformCompanionsOf(r).size()).sum();
        assertThat(s.tfByAddress()).hasSize(s.plan().resources().size() + companions);
    }
}
