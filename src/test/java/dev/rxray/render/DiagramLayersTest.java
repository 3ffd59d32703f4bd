package dev.rxray.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diagram model knows no drawing technology; only the render package knows Graphviz. */
class DiagramLayersTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rxray");
    }

    @Test
    void onlyTheRenderPackageUsesGraphviz() {
        noClasses().that().resideOutsideOfPackage("dev.rxray.render..")
                .should().dependOnClassesThat().resideInAnyPackage("guru.nidi..")
                .check(classes);
    }

    @Test
    void theDiagramModelKnowsNeitherRenderingNorTheUi() {
        noClasses().that().resideInAPackage("dev.rxray.diagram..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rxray.render..", "dev.rxray.ui..",
                        "javafx..", "java.awt..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void theRenderPackageKnowsNothingOfTheUi() {
        noClasses().that().resideInAPackage("dev.rxray.render..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rxray.ui..", "javafx..")
                .check(classes);
    }
}
