package io.tensorscope.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelLoader;
import io.tensorscope.engine.shape.InputSizes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated stress graph is valid, fully analysable and round-trips through the ONNX loader. */
class SyntheticGraphsTest {

    @TempDir
    Path temp;

    @Test
    void chainOf10000NodesIsValidAndFullyCosted() throws Exception {
        Model model = SyntheticGraphs.chain(10_000);
        assertEquals(10_000, model.nodeCount());
        assertEquals(10_000, GraphValidator.topologicalOrder(model.graph()).length);
        long start = System.nanoTime();
        ModelAnalysis analysis = ModelAnalyzer.analyze(model, InputSizes.parse(java.util.List.of("x=1x128x32")),
                ProgressListener.NONE);
        System.out.printf("synthetic 10,000-node chain: analysis %.0f ms (cold)%n", (System.nanoTime() - start) / 1e6);
        assertEquals(0, analysis.totals().unknownNodes());
        long width = SyntheticGraphs.CHAIN_WIDTH;
        long tokens = 128;
        long perBlock = 2 * tokens * width * width + 3 * tokens * width;
        assertEquals(2_500 * perBlock, analysis.totals().flops());
        assertEquals(2_500 * (width * width + width), analysis.totals().params());
        assertEquals(Shape.of(1, 128, width), analysis.summary().outputs().get(0).shape());
    }

    @Test
    void oddNodeCountsAreMadeUpWithActivations() {
        assertEquals(7, SyntheticGraphs.chain(7).nodeCount());
        assertEquals(1, SyntheticGraphs.chain(1).nodeCount());
        assertThrows(IllegalArgumentException.class, () -> SyntheticGraphs.chain(0));
    }

    @Test
    void builtModelsRoundTripThroughTheLoader() throws Exception {
        Model model = SyntheticGraphs.chain(40);
        Path file = temp.resolve("chain.onnx");
        Files.write(file, model.proto().toByteArray());
        Model loaded = new ModelLoader().load(file, ProgressListener.NONE);
        assertEquals(model.graph(), loaded.graph());
        assertEquals(17, loaded.opsetVersion());
    }

    @Test
    void initializerDataMustMatchItsShape() {
        GraphBuilder b = GraphBuilder.create("bad");
        assertThrows(IllegalArgumentException.class, () -> b.initializer("w", new float[5], 2, 3));
    }
}
