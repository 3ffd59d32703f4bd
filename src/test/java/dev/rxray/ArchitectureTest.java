package dev.rxray;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of the README's Architecture section, enforced on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rxray");
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.rxray.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..")
                .check(classes);
    }

    @Test
    void antlrStaysInsideTheSyntaxPackage() {
        noClasses().that().resideOutsideOfPackage("dev.rxray.syntax..")
                .should().dependOnClassesThat().resideInAnyPackage("org.antlr..", "dev.rxray.syntax.antlr..")
                .check(classes);
    }

    @Test
    void theSyntaxPackageKnowsNothingDownstream() {
        noClasses().that().resideInAPackage("dev.rxray.syntax..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.rxray.outline..", "dev.rxray.pipeline..", "dev.rxray.ui..", "dev.rxray.cli..")
                .check(classes);
    }

    @Test
    void analysesKnowNothingOfPresentation() {
        noClasses().that().resideInAnyPackage("dev.rxray.outline..", "dev.rxray.analysis..", "dev.rxray.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rxray.ui..", "dev.rxray.cli..")
                .check(classes);
    }

    @Test
    void theUiAndCliGoThroughThePipeline() {
        noClasses().that().resideInAnyPackage("dev.rxray.ui..", "dev.rxray.cli..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.rxray.syntax.tree.TreeBuilder")
                .check(classes);
        noClasses().that().resideInAPackage("dev.rxray.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.rxray.syntax.RustSyntax")
                .check(classes);
    }
}
