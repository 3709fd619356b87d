package dev.berth.synth.rendering;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.berth.synth.plan.PlannedResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of planned resource has exactly one rendering, found where {@link Renderings} looks for it, with both
 * targets' types, a logical-ID suffix and a parity; and no rendering renders nothing. A kind added to the plan
 * without its rendering fails here, naming the kind.
 */
class RenderingsTest {

    @Test
    void everyPlannedKindHasItsRendering() {
        assertThat(PlanKinds.all()).hasSizeGreaterThanOrEqualTo(27);
        List<String> missing = new ArrayList<>();
        for (Class<? extends PlannedResource> kind : PlanKinds.all()) {
            try {
                Rendering<?> rendering = Renderings.of(kind);
                assertThat(rendering.kind()).isEqualTo(kind);
                assertThat(rendering.cloudFormation().type()).as(kind.getName()).startsWith("AWS::");
                assertThat(rendering.cloudFormation().logicalIdSuffix()).as(kind.getName()).isNotBlank();
                assertThat(rendering.terraform().type()).as(kind.getName()).startsWith("aws_");
                assertThat(rendering.parity()).as("parity of %s", kind.getName()).isNotNull();
            } catch (IllegalStateException e) {
                missing.add(kind.getName() + ": " + e.getMessage());
            }
        }
        assertThat(missing).as("kinds without a rendering").isEmpty();
    }

    @Test
    void everyRenderingRendersAKindOfThePlan() {
        Set<String> expected = new HashSet<>();
        PlanKinds.all().forEach(kind -> expected.add(Renderings.renderingClassName(kind)));
        List<String> renderings = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.berth.synth.rendering").stream()
                .filter(c -> c.isAssignableTo(Rendering.class) && !c.getName().equals(Rendering.class.getName()))
                .map(JavaClass::getName)
                .toList();
        assertThat(renderings).as("renderings whose kind is not in the plan, or is misplaced")
                .allMatch(expected::contains);
        assertThat(renderings).hasSameSizeAs(expected);
    }

    @Test
    void typesAreDistinctPerTarget() {
        assertThat(PlanKinds.withOwnType().stream().map(k -> Renderings.of(k).cloudFormation().type()))
                .doesNotHaveDuplicates();
        assertThat(PlanKinds.withOwnType().stream().map(k -> Renderings.of(k).terraform().type()))
                .doesNotHaveDuplicates();
        assertThat(PlanKinds.withOwnType().stream().map(k -> Renderings.of(k).cloudFormation().logicalIdSuffix()))
                .doesNotHaveDuplicates();
        // a kind sharing a type shares it with a kind that has it as its own
        List<String> own = PlanKinds.withOwnType().stream().map(k -> Renderings.of(k).cloudFormation().type()).toList();
        assertThat(PlanKinds.SHARING_A_TYPE).allMatch(k -> own.contains(Renderings.of(k).cloudFormation().type()));
    }

    @Test
    void aKindWithoutRenderingIsNamedInTheError() {
        record Orphan(dev.berth.synth.plan.ResourceId id) implements PlannedResource {
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Renderings.of(Orphan.class))
                .hasMessageContaining("Orphan");
    }
}
