package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad model file through the real command line: exit code 2, one line on standard
 * error naming the problem, nothing on standard output's JSON target.
 */
class BadModelFilesTest {

    @TempDir
    Path dir;

    private String inspectExpectingExit2(Path model) {
        CliHarness cli = new CliHarness();
        Path json = dir.resolve(model.getFileName() + ".json");
        int exit = cli.run("inspect", model.toString(), "--json", json.toString());
        String message = cli.err.toString().strip();
        cli.assertOneLineError(2, exit);
        assertFalse(Files.exists(json), "no output file for a failed inspect");
        return message;
    }

    private Path validModel() throws Exception {
        GraphBuilder b = GraphBuilder.create("tiny").opset(13);
        b.input("x", ElementType.FLOAT, 1, 4);
        b.initializer("W", new float[8], 4, 2);
        b.node("MatMul", "x", "W").name("mm").outputs("y");
        b.output("y", ElementType.FLOAT);
        Model model = b.build();
        Path file = dir.resolve("valid.onnx");
        ModelWriter.write(model, file);
        return file;
    }

    @Test
    void emptyFile() throws Exception {
        assertTrue(inspectExpectingExit2(Files.write(dir.resolve("empty.onnx"), new byte[0])).contains("empty"));
    }

    @Test
    void truncatedFile() throws Exception {
        byte[] whole = Files.readAllBytes(validModel());
        Path cut = Files.write(dir.resolve("cut.onnx"), Arrays.copyOf(whole, whole.length / 2));
        String error = inspectExpectingExit2(cut);
        assertTrue(error.contains("not a valid ONNX file: it ends in the middle of a field (truncated"), error);
        assertTrue(!error.contains("protocol message") && !error.contains("setRecursionLimit"), "our words: " + error);
    }

    @Test
    void randomBytes() throws Exception {
        byte[] noise = new byte[64 << 10];
        new Random(1).nextBytes(noise);
        inspectExpectingExit2(Files.write(dir.resolve("noise.onnx"), noise));
    }

    @Test
    void wrongExtensionForAnImage() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1};
        inspectExpectingExit2(Files.write(dir.resolve("photo.onnx"), jpeg));
    }

    @Test
    void missingExternalData() throws Exception {
        Path model = validModel();
        Model loaded = new io.tensorscope.engine.importer.ModelLoader().load(model, ProgressListener.NONE);
        var proto = loaded.proto().toBuilder();
        proto.getGraphBuilder().getInitializerBuilder(0).clearFloatData().clearRawData()
                .setDataLocation(io.tensorscope.onnx.Onnx.TensorProto.DataLocation.EXTERNAL)
                .addExternalData(io.tensorscope.onnx.Onnx.StringStringEntryProto.newBuilder()
                        .setKey("location").setValue("weights.data"));
        Path external = Files.write(dir.resolve("external.onnx"), proto.build().toByteArray());
        assertTrue(inspectExpectingExit2(external).contains("weights.data"));
    }

    @Test
    void cyclicGraph() throws Exception {
        GraphBuilder b = GraphBuilder.create("cycle").opset(13);
        b.input("x", ElementType.FLOAT, 1, 4);
        b.node("Add", "x", "b").name("a").outputs("a");
        b.node("Relu", "a").name("b").outputs("b");
        b.output("b", ElementType.FLOAT);
        Path file = Files.write(dir.resolve("cycle.onnx"), b.build().proto().toByteArray());
        assertTrue(inspectExpectingExit2(file).contains("cycle"));
    }
}
