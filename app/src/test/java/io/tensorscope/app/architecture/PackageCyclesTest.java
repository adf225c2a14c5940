package io.tensorscope.app.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No two packages use each other, directly or round a longer loop. Every package is its own slice ({@code (**)}
 * captures the whole name after {@code io.tensorscope}, so a sub-package is apart from its parent). Checked one
 * module at a time: the Maven module graph already rules out cycles across modules, and ArchUnit 1.4.1, given all
 * modules at once, reported the app's cycles but missed one in the engine.
 */
class PackageCyclesTest {

    @ParameterizedTest
    @ValueSource(strings = {"assets", "engine", "profiler", "app"})
    void packagesOfAModuleAreFreeOfCycles(String module) {
        slices().matching("io.tensorscope.(**)")
                .should().beFreeOfCycles()
                .check(ProductionClasses.ALL.that(resideInAPackage("io.tensorscope." + module + "..")));
    }
}
