package io.tensorscope.engine.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static void assertMatchesRuntime(Model model, String size) throws Exception {
        OrtOracle.Comparison c = OrtOracle.compare(model, InputSizes.parse(List.of(size)));
        System.out.printf("ORT oracle %s at %s: %d tensors compared, %d mismatches%n", model.name(), size,
                c.compared(), c.mismatches().size());
        assertEquals(List.of(), c.mismatches());
        long nodeOutputs = model.graph().getNodeList().stream().mapToLong(NodeProto::getOutputCount).sum();
        assertEquals(nodeOutputs, c.compared(), "every node output was compared");
    }
}
