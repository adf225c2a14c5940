package io.tensorscope.engine.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TestModels;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inferred shapes of every tensor of the real MiniLM models equal ONNX Runtime's real shapes. */
class OrtShapeOracleTest {

    @Test
    void fp32MiniLmAt1x128() throws Exception {
        assertMatchesRuntime(new ModelSource().open("minilm", ProgressListener.NONE), "input_ids=1x128");
    }

    @Test
    void fp32MiniLmAt2x16() throws Exception {
        assertMatchesRuntime(new ModelSource().open("minilm", ProgressListener.NONE), "input_ids=2x16");
    }

    @Test
    void int8MiniLmAt1x128(@TempDir Path temp) throws Exception {
        assertMatchesRuntime(TestModels.int8MiniLm(temp), "input_ids=1x128");
    }

    /**
     * MiniLM as ONNX Runtime's own optimiser saves it (FusedMatMul, BiasGelu of com.microsoft): every tensor's shape
     * as the runtime gives it, no node of unknown cost, and the products' FLOPs those of the unfused model.
     */
    @Test
    void miniLmSavedByOnnxRuntimesOptimiser(@TempDir Path temp) throws Exception {
        Model fp32 = new ModelSource().open("minilm", ProgressListener.NONE);
        Path optimised = temp.resolve("minilm-ort-optimised.onnx");
        try (ai.onnxruntime.OrtSession.SessionOptions options = new ai.onnxruntime.OrtSession.SessionOptions()) {
            options.setOptimizationLevel(ai.onnxruntime.OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
            options.setOptimizedModelFilePath(optimised.toString());
            ai.onnxruntime.OrtEnvironment.getEnvironment().createSession(fp32.proto().toByteArray(), options).close();
        }
        Model model = new io.tensorscope.engine.importer.ModelLoader().load(optimised, ProgressListener.NONE);
        assertTrue(model.graph().getNodeList().stream().anyMatch(n -> n.getDomain().equals("com.microsoft")),
                "the optimiser wrote contrib operators");
        assertMatchesRuntime(model, "input_ids=1x128");
        var analysis = io.tensorscope.engine.analysis.ModelAnalyzer.analyze(model, InputSizes.parse(
                List.of("input_ids=1x128")), ProgressListener.NONE);
        assertEquals(0, analysis.totals().unknownNodes());
        long products = analysis.nodes().stream().filter(n -> n.opType().endsWith("MatMul"))
                .mapToLong(io.tensorscope.engine.cost.NodeCost::flops).sum();
        assertEquals(2_868_903_936L, products, "MatMul and FusedMatMul: the 48 products of the unfused model");
    }

    private static void assertMatchesRuntime(Model model, String size) throws Exception {
        OrtOracle.Comparison c = OrtOracle.compare(model, InputSizes.parse(List.of(size)));
        System.out.printf("ORT oracle %s at %s: %d tensors compared, %d mismatches%n", model.name(), size,
                c.compared(), c.mismatches().size());
        assertEquals(List.of(), c.mismatches());
        long nodeOutputs = model.graph().getNodeList().stream().mapToLong(NodeProto::getOutputCount).sum();
        assertEquals(nodeOutputs, c.compared(), "every node output was compared");
    }
}
