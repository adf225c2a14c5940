package io.tensorscope.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of DESIGN.md, checked on the compiled classes: headless core, thin UI on top. */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tensorscope");
    }

    @Test
    void engineKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("io.tensorscope.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.tensorscope.profiler..", "io.tensorscope.app..")
                .check(classes);
    }

    @Test
    void profilerIsHeadless() {
        noClasses().that().resideInAPackage("io.tensorscope.profiler..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.tensorscope.app..")
                .check(classes);
    }

    @Test
    void assetsDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("io.tensorscope.assets..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tensorscope.engine..", "io.tensorscope.profiler..",
                        "io.tensorscope.app..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoJavaFxNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void coreNeitherPrintsNorExits() {
        noClasses().that().resideInAnyPackage("io.tensorscope.engine..", "io.tensorscope.profiler..", "io.tensorscope.assets..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .check(classes);
    }
}
