package dev.berth.synth.rendering;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.berth.synth.plan.PlannedResource;

import java.util.Comparator;
import java.util.List;

/** Every kind the plan can hold: the concrete records implementing {@link PlannedResource}, found in the classes. */
public final class PlanKinds {

    private static final List<Class<? extends PlannedResource>> ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.berth.synth.plan").stream()
            .filter(c -> c.isAssignableTo(PlannedResource.class) && c.isRecord())
            .map(JavaClass::reflect)
            .map(c -> c.asSubclass(PlannedResource.class))
            .sorted(Comparator.comparing(Class::getName))
            .<Class<? extends PlannedResource>>map(c -> c)
            .toList();

    private PlanKinds() {
    }

    public static List<Class<? extends PlannedResource>> all() {
        return ALL;
    }

    /**
     * Kinds that are a second plan record for an AWS type another kind already renders, by design: an ECS Managed
     * Instances provider beside an Auto Scaling group provider ({@code AWS::ECS::CapacityProvider}: two shapes that
     * share no property but the name and cluster; one Terraform replacement entry covers both). Their names never
     * meet (validation keeps provider names unique across both kinds; the renderers fail on an address two resources
     * share).
     */
    public static final java.util.Set<Class<? extends PlannedResource>> SHARING_A_TYPE = java.util.Set.of(
            dev.berth.synth.plan.compute.ComputeResources.ManagedInstancesCapacityProvider.class);

    /** Every kind but those {@link #SHARING_A_TYPE}: each has an AWS type and logical-ID suffix of its own. */
    public static List<Class<? extends PlannedResource>> withOwnType() {
        return ALL.stream().filter(k -> !SHARING_A_TYPE.contains(k)).toList();
    }
}
