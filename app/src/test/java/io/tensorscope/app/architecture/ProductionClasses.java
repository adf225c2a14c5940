package io.tensorscope.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The compiled main classes of every module (no tests), imported once for all architecture tests. */
final class ProductionClasses {

    /** Every class under {@code io.tensorscope} from the main source sets of assets, engine, profiler and app. */
    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tensorscope");

    private ProductionClasses() {
    }
}
