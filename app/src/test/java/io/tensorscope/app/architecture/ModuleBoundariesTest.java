package io.tensorscope.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

/**
 * Boundaries of DESIGN.md that the Maven module graph does not already enforce: headless core, thin UI on top,
 * a command line that does not reach into the workbench. Which module may use which is left to the poms.
 */
class ModuleBoundariesTest {

    @Test
    void commandLineDoesNotUseTheWorkbench() {
        noClasses().that().resideInAPackage("io.tensorscope.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.tensorscope.app.workbench..")
                .check(ProductionClasses.ALL);
    }

    /** JavaFX is not on their classpath today; this catches it being added there, or their packages in the app. */
    @Test
    void engineAndProfilerAreHeadless() {
        noClasses().that().resideInAnyPackage("io.tensorscope.engine..", "io.tensorscope.profiler..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(ProductionClasses.ALL);
    }

    /** The app gets ELK through the profiler; only the headless layout may use it. */
    @Test
    void onlyTheLayoutPackageUsesElk() {
        noClasses().that().resideOutsideOfPackage("io.tensorscope.profiler.layout..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.elk..")
                .check(ProductionClasses.ALL);
    }

    @Test
    void viewModelsHoldNoJavaFxNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(ProductionClasses.ALL);
    }

    @Test
    void coreNeitherPrintsNorExits() {
        noClasses().that().resideInAnyPackage("io.tensorscope.engine..", "io.tensorscope.profiler..", "io.tensorscope.assets..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .check(ProductionClasses.ALL);
    }
}
