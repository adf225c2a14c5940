package io.tensorscope.engine.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.StringStringEntryProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gives one clear, single-line error with the right code, never a crash. */
class ModelLoaderBadInputTest {

    @TempDir
    Path dir;

    private final ModelLoader loader = new ModelLoader();

    private TensorscopeException failure(Path file) {
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> loader.load(file, ProgressListener.NONE));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @Test
    void emptyFileIsInvalid() throws IOException {
        Path f = Files.write(dir.resolve("empty.onnx"), new byte[0]);
        TensorscopeException e = failure(f);
        assertEquals(ErrorCode.INVALID_MODEL, e.code());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void missingFileAndFolderAreUnreadable() {
        assertEquals(ErrorCode.UNREADABLE_FILE, failure(dir.resolve("nope.onnx")).code());
        assertEquals(ErrorCode.UNREADABLE_FILE, failure(dir).code());
    }

    @Test
    void hugeFileIsRefusedWithAdviceWithoutReadingIt() throws IOException {
        Path f = dir.resolve("huge.onnx");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(f.toFile(), "rw")) {
            sparse.setLength(5L << 30);
        }
        TensorscopeException e = failure(f);
        assertEquals(ErrorCode.INVALID_MODEL, e.code());
        assertTrue(e.getMessage().contains("external data"), e.getMessage());
    }

    @Test
    void namedPipeIsRefusedInsteadOfHanging() throws Exception {
        Path fifo = dir.resolve("pipe.onnx");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo not available");
        assertEquals(ErrorCode.UNREADABLE_FILE, failure(fifo).code());
    }

    @Test
    void randomBytesAreInvalid() throws IOException {
        Random random = new Random(42);
        for (int size : new int[] {1, 7, 100, 4096, 1 << 20}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path f = Files.write(dir.resolve("random" + size + ".onnx"), bytes);
            assertEquals(ErrorCode.INVALID_MODEL, failure(f).code(), "size " + size);
        }
    }

    @Test
    void truncatedModelIsInvalid() throws IOException {
        byte[] whole = TinyOnnx.model(TinyOnnx.matMulGraph(), 13).toByteArray();
        for (int cut : new int[] {1, whole.length / 3, whole.length / 2, whole.length - 3}) {
            Path f = Files.write(dir.resolve("cut" + cut + ".onnx"), Arrays.copyOf(whole, cut));
            assertEquals(ErrorCode.INVALID_MODEL, failure(f).code(), "cut at " + cut);
        }
    }

    @Test
    void pngWithOnnxExtensionIsInvalidAndOnnxWithOtherExtensionLoads() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertEquals(ErrorCode.INVALID_MODEL, failure(Files.write(dir.resolve("cat.onnx"), png)).code());
        Path renamed = Files.write(dir.resolve("model.bin"), TinyOnnx.model(TinyOnnx.matMulGraph(), 13).toByteArray());
        assertEquals(1, loader.load(renamed, ProgressListener.NONE).nodeCount());
    }

    @Test
    void cyclicGraphIsInvalid() throws IOException {
        GraphProto.Builder g = TinyOnnx.matMulGraph().clearNode()
                .addNode(NodeProto.newBuilder().setName("a").setOpType("Add").addInput("x").addInput("b_out").addOutput("a_out"))
                .addNode(NodeProto.newBuilder().setName("b").setOpType("Relu").addInput("a_out").addOutput("b_out"))
                .addNode(NodeProto.newBuilder().setName("c").setOpType("MatMul").addInput("b_out").addInput("W").addOutput("y"));
        Path f = Files.write(dir.resolve("cycle.onnx"), TinyOnnx.model(g, 13).toByteArray());
        TensorscopeException e = failure(f);
        assertEquals(ErrorCode.INVALID_MODEL, e.code());
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void undefinedInputAndDuplicateOutputAreInvalid() throws IOException {
        GraphProto.Builder dangling = TinyOnnx.matMulGraph().clearNode()
                .addNode(NodeProto.newBuilder().setName("mm").setOpType("MatMul").addInput("x").addInput("ghost").addOutput("y"));
        TensorscopeException e = failure(Files.write(dir.resolve("dangling.onnx"), TinyOnnx.model(dangling, 13).toByteArray()));
        assertTrue(e.getMessage().contains("'ghost'"), e.getMessage());
        GraphProto.Builder twice = TinyOnnx.matMulGraph()
                .addNode(NodeProto.newBuilder().setName("again").setOpType("Relu").addInput("x").addOutput("y"));
        e = failure(Files.write(dir.resolve("twice.onnx"), TinyOnnx.model(twice, 13).toByteArray()));
        assertTrue(e.getMessage().contains("produced twice"), e.getMessage());
    }

    @Test
    void oldOpsetIsRejectedWithAdvice() throws IOException {
        TensorscopeException e = failure(Files.write(dir.resolve("old.onnx"), TinyOnnx.model(TinyOnnx.matMulGraph(), 6).toByteArray()));
        assertEquals(ErrorCode.INVALID_MODEL, e.code());
        assertTrue(e.getMessage().contains("opset 6"), e.getMessage());
    }

    @Test
    void missingOrShortExternalDataIsInvalid() throws Exception {
        Path f = Files.write(dir.resolve("ext.onnx"), TinyOnnx.model(externalWeightsGraph(), 13).toByteArray());
        TensorscopeException e = failure(f);
        assertTrue(e.getMessage().contains("weights.bin") && e.getMessage().contains("missing"), e.getMessage());
        Files.write(dir.resolve("weights.bin"), new byte[10]);
        e = failure(f);
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        Files.write(dir.resolve("weights.bin"), floatBytes(0, 0.5f, 1, 1.5f, 2, 2.5f, 3, 3.5f));
        Model model = loader.load(f, ProgressListener.NONE);
        assertEquals(Files.size(f) + 32, model.sizeBytes());
    }

    @Test
    void externalDataOfAConstantOrASubgraphMustStayInTheModelsFolder(@TempDir Path outside) throws Exception {
        Files.write(outside.resolve("secret.bin"), floatBytes(0, 0.5f, 1, 1.5f, 2, 2.5f, 3, 3.5f));
        Files.createSymbolicLink(dir.resolve("link.bin"), outside.resolve("secret.bin"));
        for (String location : new String[] {outside.resolve("secret.bin").toString(),
                "../" + outside.getFileName() + "/secret.bin", "link.bin"}) {
            TensorProto.Builder w = external(location);
            GraphProto.Builder constant = TinyOnnx.matMulGraph().clearInitializer().addNode(0, NodeProto.newBuilder()
                    .setName("c").setOpType("Constant").addOutput("W").addAttribute(AttributeProto.newBuilder()
                            .setName("value").setType(AttributeProto.AttributeType.TENSOR).setT(w)));
            TensorscopeException e = failure(Files.write(dir.resolve("constant.onnx"),
                    TinyOnnx.model(constant, 13).toByteArray()));
            assertTrue(e.getMessage().contains("outside") || e.getMessage().contains("link"), location + ": "
                    + e.getMessage());
            GraphProto.Builder body = TinyOnnx.matMulGraph().clearInitializer().addInitializer(w);
            GraphProto.Builder branching = TinyOnnx.matMulGraph().addNode(NodeProto.newBuilder().setName("if")
                    .setOpType("If").addInput("y").addOutput("z").addAttribute(AttributeProto.newBuilder()
                            .setName("then_branch").setType(AttributeProto.AttributeType.GRAPH).setG(body)));
            e = failure(Files.write(dir.resolve("subgraph.onnx"), TinyOnnx.model(branching, 13).toByteArray()));
            assertTrue(e.getMessage().contains("outside") || e.getMessage().contains("link"), location + ": "
                    + e.getMessage());
        }
    }

    private static TensorProto.Builder external(String location) {
        return TinyOnnx.weights().clearFloatData().setDataLocation(TensorProto.DataLocation.EXTERNAL)
                .addExternalData(StringStringEntryProto.newBuilder().setKey("location").setValue(location))
                .addExternalData(StringStringEntryProto.newBuilder().setKey("length").setValue("32"));
    }

    static GraphProto.Builder externalWeightsGraph() {
        TensorProto.Builder w = TinyOnnx.weights().clearFloatData()
                .setDataLocation(TensorProto.DataLocation.EXTERNAL)
                .addExternalData(StringStringEntryProto.newBuilder().setKey("location").setValue("weights.bin"))
                .addExternalData(StringStringEntryProto.newBuilder().setKey("offset").setValue("0"))
                .addExternalData(StringStringEntryProto.newBuilder().setKey("length").setValue("32"));
        return TinyOnnx.matMulGraph().clearInitializer().addInitializer(w);
    }

    static byte[] floatBytes(float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }
}
