package io.tensorscope.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TestModels;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.shape.InputSizes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled all-MiniLM-L6-v2 (fp32) analysed at the default 1×128. */
class MiniLmAnalysisTest {

    private static Model model;
    private static ModelAnalysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        model = new ModelSource().open("minilm", ProgressListener.NONE);
        analysis = ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
    }

    @Test
    void everyNodeOutputHasAFullyKnownShapeAndEveryCostIsKnown() {
        for (NodeCost node : analysis.nodes()) {
            for (Shape shape : node.outputShapes()) {
                assertTrue(shape.isKnown(), node.name() + " (" + node.opType() + ") has output " + shape);
            }
            assertTrue(node.costKnown(), node.name() + " cost unknown");
        }
        assertEquals(0, analysis.totals().unknownNodes());
        assertEquals(Shape.of(1, 128, 384), analysis.summary().outputs().get(0).shape());
    }

    @Test
    void the48MatMulsMatchTheRuntimeCount() {
        List<NodeCost> matmuls = analysis.nodes().stream().filter(n -> n.opType().equals("MatMul")).toList();
        assertEquals(48, matmuls.size());
        assertEquals(2_868_903_936L, matmuls.stream().mapToLong(NodeCost::flops).sum());
    }

    /**
     * BertModel without pooler: embeddings 30522·384 + 512·384 + 2·384 + LayerNorm 2·384, and 6 layers of
     * Q/K/V/output 4·(384·384 + 384), FFN 384·1536 + 1536 + 1536·384 + 384, two LayerNorms 2·2·384.
     */
    @Test
    void paramsEqualTheBertParameterCount() {
        long embeddings = 30522L * 384 + 512 * 384 + 2 * 384 + 2 * 384;
        long layer = 4L * (384 * 384 + 384) + (384L * 1536 + 1536) + (1536L * 384 + 384) + 4 * 384;
        assertEquals(embeddings + 6 * layer, analysis.totals().params());
        assertEquals(22_565_376L, analysis.totals().params());
        long readByNodes = analysis.nodes().stream().mapToLong(NodeCost::params).sum();
        assertEquals(analysis.totals().params(), readByNodes, "each weight is read by exactly one node");
    }

    @Test
    void int8MiniLmCountsIntegerProductsLikeFloatOnes(@TempDir Path temp) throws Exception {
        ModelAnalysis int8 = ModelAnalyzer.analyze(TestModels.int8MiniLm(temp), InputSizes.defaults(),
                ProgressListener.NONE);
        assertEquals(0, int8.totals().unknownNodes());
        List<NodeCost> products = int8.nodes().stream()
                .filter(n -> n.opType().equals("MatMul") || n.opType().equals("MatMulInteger")).toList();
        assertEquals(48, products.size());
        assertEquals(36, products.stream().filter(n -> n.opType().equals("MatMulInteger")).count());
        assertEquals(2_868_903_936L, products.stream().mapToLong(NodeCost::flops).sum());
        System.out.printf("int8 MiniLM 1x128: %,d FLOPs (integer ops included), %,d params, weights %,d bytes%n",
                int8.totals().flops(), int8.totals().params(), int8.totals().bytesWeights());
    }

    @Test
    void warmAnalysisIsFast() throws Exception {
        for (int i = 0; i < 5; i++) {
            ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
        }
        long start = System.nanoTime();
        int runs = 10;
        for (int i = 0; i < runs; i++) {
            ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        CostTotals t = analysis.totals();
        System.out.printf("MiniLM 1x128: %d nodes, %,d FLOPs, %,d params, %,d bytes moved; warm analysis %.1f ms%n",
                analysis.nodes().size(), t.flops(), t.params(), t.bytesMoved(), millis);
    }
}
