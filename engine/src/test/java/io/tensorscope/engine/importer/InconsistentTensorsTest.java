package io.tensorscope.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.StringStringEntryProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tensors whose header and values disagree are refused at load with one line naming the tensor. */
class InconsistentTensorsTest {

    @TempDir
    Path dir;

    private final ModelLoader loader = new ModelLoader();

    @Test
    void negativeOrOverflowingDimsAreRefused() throws Exception {
        assertRefused(weights(TinyOnnx.weights().setDims(0, -4)), "has a negative dimension -4");
        assertRefused(weights(TinyOnnx.weights().clearDims().addDims(1L << 40).addDims(1L << 40)),
                "more elements than fit in a long");
        assertRefused(weights(TinyOnnx.weights().clearDims().addDims(1L << 30).addDims(1L << 12)),
                "beyond any real model");
    }

    @Test
    void valuesThatDoNotMatchTheDimsAreRefused() throws Exception {
        assertRefused(weights(TinyOnnx.weights().addFloatData(9)), "holds 9 values, but its dims [4, 2] declare 8");
        assertRefused(weights(TinyOnnx.weights().clearFloatData().setRawData(ByteString.copyFrom(new byte[31]))),
                "holds 31 bytes, but [4, 2] float needs 32");
    }

    @Test
    void externalDataWithANegativeOffsetOrTheWrongLengthIsRefused() throws Exception {
        Files.write(dir.resolve("weights.bin"), new byte[64]);
        assertRefused(external("-8", "32"), "negative external offset -8");
        assertRefused(external("0", "16"), "has 16 bytes of external data, but [4, 2] float needs 32");
    }

    @Test
    void aConstantsTensorIsCheckedToo() throws Exception {
        TensorProto bad = TensorProto.newBuilder().setName("c").setDataType(1).addDims(3).addFloatData(1).build();
        GraphProto.Builder graph = TinyOnnx.matMulGraph().addNode(NodeProto.newBuilder().setName("k")
                .setOpType("Constant").addOutput("c").addAttribute(AttributeProto.newBuilder().setName("value")
                        .setType(AttributeProto.AttributeType.TENSOR).setT(bad)));
        assertRefused(graph, "tensor 'c' holds 1 values, but its dims [3] declare 3");
    }

    @Test
    void aConsistentModelStillLoads() throws Exception {
        Path file = Files.write(dir.resolve("ok.onnx"), TinyOnnx.model(TinyOnnx.matMulGraph(), 13).toByteArray());
        assertEquals(8, loader.load(file, ProgressListener.NONE).graph().getInitializer(0).getFloatDataCount());
    }

    private static GraphProto.Builder weights(TensorProto.Builder w) {
        return TinyOnnx.matMulGraph().clearInitializer().addInitializer(w);
    }

    private static GraphProto.Builder external(String offset, String length) {
        TensorProto.Builder w = TinyOnnx.weights().clearFloatData()
                .setDataLocation(TensorProto.DataLocation.EXTERNAL)
                .addExternalData(StringStringEntryProto.newBuilder().setKey("location").setValue("weights.bin"))
                .addExternalData(StringStringEntryProto.newBuilder().setKey("offset").setValue(offset))
                .addExternalData(StringStringEntryProto.newBuilder().setKey("length").setValue(length));
        return weights(w);
    }

    private void assertRefused(GraphProto.Builder graph, String message) throws Exception {
        Path file = Files.write(dir.resolve("bad.onnx"), TinyOnnx.model(graph, 13).toByteArray());
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> loader.load(file, ProgressListener.NONE));
        assertEquals(ErrorCode.INVALID_MODEL, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
