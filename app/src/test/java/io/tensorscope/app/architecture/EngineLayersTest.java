package io.tensorscope.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.junit.jupiter.api.Test;

/**
 * The engine's layers: the graph model, then shape inference, then cost, then analysis; runtime above model and
 * shape; training (ONNX graphs rebuilt as trainable networks) above runtime; passes (the pass SPI and quantisation)
 * on top. A layer never uses one above it. Packages outside
 * these layers (import, export, data, evaluate, io) are not constrained here.
 */
class EngineLayersTest {

    @Test
    void lowerLayersNeverUseHigherOnes() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("io.tensorscope.engine.model..")
                .layer("Shape").definedBy("io.tensorscope.engine.shape..")
                .layer("Cost").definedBy("io.tensorscope.engine.cost..")
                .layer("Analysis").definedBy("io.tensorscope.engine.analysis..")
                .layer("Runtime").definedBy("io.tensorscope.engine.runtime..")
                .layer("Training").definedBy("io.tensorscope.engine.train..")
                .layer("Passes").definedBy("io.tensorscope.engine.pass..", "io.tensorscope.engine.quantize..")
                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Shape").mayOnlyAccessLayers("Model")
                .whereLayer("Cost").mayOnlyAccessLayers("Model", "Shape")
                .whereLayer("Runtime").mayOnlyAccessLayers("Model", "Shape", "Cost", "Analysis")
                .whereLayer("Training").mayOnlyAccessLayers("Model", "Shape", "Cost", "Analysis", "Runtime")
                .check(ProductionClasses.ALL);
    }

    @Test
    void thePassSpiKnowsNoneOfItsPasses() {
        noClasses().that().resideInAPackage("io.tensorscope.engine.pass..")
                .should().dependOnClassesThat().resideInAPackage("io.tensorscope.engine.quantize..")
                .because("passes are found through ServiceLoader; the SPI and the pipeline name none of them")
                .check(ProductionClasses.ALL);
    }
}
