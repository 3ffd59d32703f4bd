package dev.rxray.analysis.async;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The async analysis judges held values with the auto-trait solver, so the solver and the declarations it reads
 * must never depend back on the async analysis: the packages stay acyclic. (The types view's
 * {@code analysis.variance.facts}, which combines both, sits above them.)
 */
class DependencyDirectionTest {

    @Test
    void theAutoTraitSolverAndTheDeclarationsItReadsKnowNothingOfTheAsyncAnalysis() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rxray.analysis");
        noClasses().that().resideInAnyPackage("dev.rxray.analysis.autotraits..", "dev.rxray.analysis.variance")
                .should().dependOnClassesThat().resideInAPackage("dev.rxray.analysis.async..")
                .check(classes);
    }
}
