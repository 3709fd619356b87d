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
}
