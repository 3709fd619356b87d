package dev.berth.synth.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * DESIGN.md's one direction of flow: dsl → model → planning → plan → renderers → files. No arrow runs backwards. The
 * plan ({@code dev.berth.synth.plan..}) is the value every renderer reads; planning ({@code dev.berth.synth.planning..})
 * makes it and is hidden by the module, so that no renderer builds on how a plan was made.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.berth");
    }

    @Test
    void theModelKnowsNothingOfPlansTargetsOrLibraries() {
        noClasses().that().resideInAnyPackage("dev.berth", "dev.berth.network..", "dev.berth.compute..",
                        "dev.berth.task..", "dev.berth.iam..", "dev.berth.service..", "dev.berth.loadbalancing..",
                        "dev.berth.scaling..", "dev.berth.diagnostics..", "dev.berth.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.synth..", "com.fasterxml..",
                        "freemarker..", "picocli..", "software.amazon..")
                .check(classes);
    }

    @Test
    void thePlanAndPlanningKnowNothingOfTargetSyntaxFilesOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("dev.berth.synth.plan..", "dev.berth.synth.planning..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.synth.cloudformation..",
                        "dev.berth.synth.terraform..", "dev.berth.synth.output..", "dev.berth.synth.cli..",
                        "com.fasterxml..", "freemarker..", "picocli..", "java.nio.file..")
                .check(classes);
    }

    @Test
    void renderersAreIndependentPureTranslations() {
        noClasses().that().resideInAPackage("dev.berth.synth.cloudformation..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.synth.terraform..",
                        "dev.berth.synth.cli..", "java.nio.file..", "java.io.File")
                .check(classes);
        noClasses().that().resideInAPackage("dev.berth.synth.terraform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.synth.cloudformation..",
                        "dev.berth.synth.cli..", "java.nio.file..", "java.io.File")
                .check(classes);
    }

    @Test
    void kindRenderingsKnowNoRendererAndThePlanNoRendering() {
        noClasses().that().resideInAPackage("dev.berth.synth.rendering..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.synth.cloudformation..",
                        "dev.berth.synth.terraform..", "dev.berth.synth.output..", "dev.berth.synth.cli..",
                        "com.fasterxml..")
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.berth.synth.plan..", "dev.berth.synth.planning..")
                .should().dependOnClassesThat().resideInAPackage("dev.berth.synth.rendering..")
                .check(classes);
    }

    @Test
    void thePlansValuesKnowNothingOfPlanning() {
        noClasses().that().resideInAPackage("dev.berth.synth.plan..")
                .should().dependOnClassesThat().resideInAPackage("dev.berth.synth.planning..")
                .check(classes);
    }

    @Test
    void renderersReadThePlanNotHowItWasMade() {
        noClasses().that().resideInAnyPackage("dev.berth.synth.cloudformation..", "dev.berth.synth.terraform..",
                        "dev.berth.synth.rendering..")
                .should().dependOnClassesThat().resideInAPackage("dev.berth.synth.planning..")
                .check(classes);
    }

    @Test
    void renderersDoNotReachIntoTheModel() {
        noClasses().that().resideInAnyPackage("dev.berth.synth.cloudformation..", "dev.berth.synth.terraform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.network..", "dev.berth.compute..",
                        "dev.berth.task..", "dev.berth.iam..", "dev.berth.service..", "dev.berth.loadbalancing..",
                        "dev.berth.scaling..")
                .check(classes);
    }

    /** Diagrams are drawn from the plan alone, so every target's documentation shows the same architecture. */
    @Test
    void diagramsReadOnlyThePlan() {
        noClasses().that().resideInAPackage("dev.berth.synth.diagram..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.synth.planning..",
                        "dev.berth.synth.rendering..", "dev.berth.synth.cloudformation..", "dev.berth.synth.terraform..",
                        "dev.berth.synth.output..", "dev.berth.synth.cli..", "dev.berth.network..",
                        "dev.berth.compute..", "dev.berth.task..", "dev.berth.iam..", "dev.berth.service..",
                        "dev.berth.loadbalancing..", "dev.berth.scaling..", "com.fasterxml..", "freemarker..")
                .check(classes);
    }

    @Test
    void nothingButTheConstructsModuleTouchesTheCdk() {
        noClasses().that().resideInAnyPackage("dev.berth", "dev.berth.synth..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awscdk..", "software.constructs..")
                .check(classes);
    }
}
