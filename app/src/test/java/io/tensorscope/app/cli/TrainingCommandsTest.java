package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.train.HeadReplacement;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finetune} and {@code distil} end to end on a few MNIST batches, and their bad-input contract. */
class TrainingCommandsTest {

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void finetuneWritesTheModelTheCheckpointAndTheTestScore() throws Exception {
        Path out = dir.resolve("tuned.onnx");
        Path json = dir.resolve("tuned.json");
        Path ws = dir.resolve("ws.db");
        assertEquals(0, cli.run("finetune", "mnist-cnn", "--dataset", "mnist", "--replace-head", "10", "--freeze-until",
                "dense_1/relu", "--epochs", "1", "--samples", "640", "--lr", "0.01", "--device", "gpu", "-o",
                out.toString(), "--json", json.toString(), "--workspace", ws.toString()), cli.err.toString());
        String text = cli.out.toString();
        assertTrue(text.contains("no CUDA device for PyTorch"), text);
        assertTrue(text.matches("(?s).*epoch 1/1: train loss [0-9.]+, validation accuracy [0-9.]+ %.*"), text);
        assertTrue(text.contains("test top-1 accuracy on 10000 mnist test images: "), text);
        assertTrue(Files.isRegularFile(out));
        assertTrue(Files.isRegularFile(dir.resolve("tuned.onnx.checkpoint/state.json")));
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, report.path("epochs").size());
        assertTrue(report.path("test").path("value").asDouble() > 0.5, report.toString());
        try (Workspace workspace = Workspace.open(ws)) {
            List<ExperimentRow> rows = workspace.list("mnist-cnn");
            assertEquals(2, rows.size(), "the original by digest, the trained model as its child");
            ExperimentRecord trained = workspace.find(rows.get(0).id()).orElseThrow();
            assertEquals(rows.get(1).id(), trained.parentId());
            assertEquals("finetune on mnist", trained.name());
            Map<String, String> step = trained.pipeline().steps().get(0).options();
            assertEquals("finetune", trained.pipeline().steps().get(0).pass());
            assertEquals("10", step.get("replace-head"));
            assertEquals("dense_1/relu", step.get("freeze-until"));
            assertEquals("0.01", step.get("lr"));
            assertEquals(report.path("test").path("value").asDouble(), trained.evaluation().value(), 1e-12);
            assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(workspace.storedModel(trained.modelSha256())
                    .orElseThrow()), "the trained model is stored");
        }
    }

    @Test
    void trainBuildsAResNetTrainsItFromScratchAndWritesPlainOnnx() throws Exception {
        Path out = dir.resolve("resnet.onnx");
        assertEquals(0, cli.run("train", "resnet18", "--width", "4", "--dataset", "fashion-mnist", "--samples", "640",
                "--epochs", "1", "--batch", "64", "-o", out.toString()), cli.err.toString());
        String text = cli.out.toString();
        assertTrue(text.contains("test top-1 accuracy on 10000 fashion-mnist test images: "), text);
        double accuracy = Double.parseDouble(text.replaceAll("(?s).*fashion-mnist test images: ([0-9.]+) %.*", "$1"));
        assertTrue(accuracy > 15, "trained beyond chance (10 %) on 576 images: " + accuracy);
        io.tensorscope.engine.model.Model written = new io.tensorscope.engine.importer.ModelSource()
                .open(out.toString(), io.tensorscope.engine.ProgressListener.NONE);
        assertEquals("resnet18-w4", written.graph().getName().isEmpty() ? written.name().replace(".onnx", "")
                : written.graph().getName(), "the ResNet the command built");
        String arch = cli.assertOneLineError(2, cli.run("train", "vgg16", "--dataset", "mnist", "-o",
                dir.resolve("vgg.onnx").toString()));
        assertTrue(arch.contains("train builds resnet18, not 'vgg16'"), arch);
    }

    @Test
    void distilRecordsTheStudentsChildWithTheTeacherAndItsLossSettings() throws Exception {
        Path out = dir.resolve("distilled.onnx");
        Path ws = dir.resolve("ws.db");
        assertEquals(0, cli.run("distil", "mnist-cnn", "--teacher", "mnist-cnn", "--dataset", "mnist", "--epochs", "1",
                "--samples", "320", "--alpha", "0.5", "-o", out.toString(), "--workspace", ws.toString()),
                cli.err.toString());
        assertTrue(cli.out.toString().contains("recorded experiment "), cli.out.toString());
        try (Workspace workspace = Workspace.open(ws)) {
            List<ExperimentRow> rows = workspace.list(null);
            assertEquals(2, rows.size());
            ExperimentRecord distilled = workspace.find(rows.get(0).id()).orElseThrow();
            assertEquals(rows.get(1).id(), distilled.parentId(), "the student as given is the parent");
            assertEquals("distil", distilled.pipeline().steps().get(0).pass());
            Map<String, String> step = distilled.pipeline().steps().get(0).options();
            assertEquals("mnist-cnn", step.get("teacher"));
            assertEquals("0.5", step.get("alpha"));
            assertEquals("320", step.get("samples"));
            assertEquals("mnist", distilled.pipeline().dataset());
            assertTrue(distilled.evaluation().value() > 0.5, "scored on the test split: " + distilled.evaluation());
        }
    }

    @Test
    void passesListsDistil() {
        assertEquals(0, cli.run("passes"), cli.err.toString());
        assertTrue(cli.out.toString().contains("distil"), cli.out.toString());
    }

    @Test
    void badRequestsExitTwoWithOneLineAndWriteNothing() throws Exception {
        Path target = dir.resolve("never.onnx");
        String out = target.toString();
        String lr = cli.assertOneLineError(2, cli.run("finetune", "mnist-cnn", "--dataset", "mnist", "--lr", "0",
                "-o", out));
        assertTrue(lr.contains("the learning rate must be > 0"), lr);
        cli.assertOneLineError(2, cli.run("finetune", "mnist-cnn", "--dataset", "mnist", "--epochs", "0", "-o", out));
        cli.assertOneLineError(2, cli.run("distil", "mnist-cnn", "--teacher", "mnist-cnn", "--dataset", "mnist",
                "--batch", "0", "-o", out));
        String head = cli.assertOneLineError(2, cli.run("finetune", "mnist-cnn", "--dataset", "mnist",
                "--replace-head", "5", "--samples", "100", "-o", out));
        assertTrue(head.endsWith("(--replace-head 10)"), head);
        Path student = dir.resolve("five.onnx");
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/labels.csv"), "file,label\n");
        String empty = cli.assertOneLineError(2, cli.run("finetune", "mnist-cnn", "--dataset",
                dir.resolve("empty").toString(), "-o", out));
        assertTrue(empty.contains("no samples"), empty);
        ModelWriter.write(HeadReplacement.replace(new ModelSource().open("mnist-cnn", ProgressListener.NONE), 5, 1),
                student);
        String shape = cli.assertOneLineError(2, cli.run("distil", student.toString(), "--teacher", "mnist-cnn",
                "--dataset", "mnist", "--samples", "100", "-o", out));
        assertTrue(shape.contains("scores 5 classes, its teacher mnist-cnn 10"), shape);
        String node = cli.assertOneLineError(2, cli.run("finetune", "mnist-cnn", "--dataset", "mnist", "--samples",
                "100", "--freeze-until", "no_such_node", "-o", out));
        assertTrue(node.endsWith("has no node 'no_such_node' to freeze up to"), node);
        assertFalse(Files.exists(target), "no output for a refused request");
        assertFalse(Files.exists(dir.resolve("never.onnx.checkpoint")), "no checkpoint either");
    }
}
