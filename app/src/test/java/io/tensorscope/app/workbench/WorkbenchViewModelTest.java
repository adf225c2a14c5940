package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.layers.LayerRow;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.importer.ModelSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View-model tests on the inline executor: no UI thread, real bundled MiniLM. */
class WorkbenchViewModelTest {

    static final String QUERY_MATMUL = "/encoder/layer.0/attention/self/query/MatMul";

    private static final ModelSource SOURCE = new ModelSource();
    private static WorkbenchViewModel loaded;

    @BeforeAll
    static void loadMiniLm() {
        loaded = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor());
        loaded.openBundled(miniLm());
    }

    static BundledAsset miniLm() {
        return SOURCE.bundledModels().stream().filter(a -> a.id().equals("minilm")).findFirst().orElseThrow();
    }

    @Test
    void loadingMiniLmFillsOneRowPerNode() {
        assertNull(loaded.errorProperty().get());
        int nodes = loaded.currentProperty().get().model().nodeCount();
        assertTrue(nodes > 600, "MiniLM has ~640 nodes, got " + nodes);
        assertEquals(nodes, loaded.layers().rows().size());
        assertNotNull(loaded.graph().layoutProperty().get(), "layout done on the inline executor");
        var layout = loaded.graph().layoutProperty().get();
        int hidden = loaded.graph().hideConstantsProperty().get() ? loaded.graph().constantNodeCount() : 0;
        assertEquals(nodes - hidden, layout.nodeBoxCount());
        var index = loaded.currentProperty().get().model().index();
        assertEquals(nodes - hidden + index.inputs().size() + index.outputs().size(), layout.boxCount(),
                "one box per drawn node, graph input and graph output");
        assertFalse(loaded.summary().facts().isEmpty());
        assertFalse(loaded.summary().histogram().isEmpty());
    }

    @Test
    void statusBarNamesTheDevicesWhenIdle() {
        String idle = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor()).status().messageProperty().get();
        assertTrue(idle.startsWith("Ready · CPU: "), idle);
        assertTrue(idle.contains("no CUDA device: using CPU") || idle.contains("GPU: "), idle);
    }

    @Test
    void filterNarrowsRowsByNameAndOpType() {
        try {
            loaded.layers().filterProperty().set("matmul");
            long matMuls = loaded.currentProperty().get().analysis().nodes().stream()
                    .filter(n -> n.opType().equals("MatMul") || n.name().toLowerCase().contains("matmul")).count();
            assertEquals(matMuls, loaded.layers().rows().size());
            assertEquals(48, matMuls, "all-MiniLM-L6-v2 has 48 MatMuls");
            assertTrue(loaded.layers().rows().stream().allMatch(r -> r.name().toLowerCase().contains("matmul")
                    || r.opType().equalsIgnoreCase("MatMul")));
            loaded.layers().filterProperty().set("/encoder/layer.0/attention/self/query/");
            assertTrue(loaded.layers().rows().stream().map(LayerRow::name).anyMatch(QUERY_MATMUL::equals));
            assertTrue(loaded.layers().rows().size() < 10);
        } finally {
            loaded.layers().filterProperty().set("");
        }
    }

    @Test
    void selectionIsSharedBetweenTableAndGraph() {
        loaded.layers().selectedIndexProperty().set(42);
        assertEquals(42, loaded.graph().selectedIndexProperty().get());
        var layout = loaded.graph().layoutProperty().get();
        loaded.graph().selectAt(layout.centerX(7), layout.centerY(7));
        assertEquals(layout.nodeIndex(7), loaded.layers().selectedIndexProperty().get(), "box 7 is a node box");
    }

    @Test
    void corruptFileSetsTheOneLineReasonAndKeepsThePreviousModel(@TempDir Path dir) throws Exception {
        WorkbenchViewModel viewModel = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor());
        Path synthetic = SyntheticModels.write(dir.resolve("small.onnx"), 30);
        viewModel.openFile(synthetic);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path corrupt = Files.write(dir.resolve("corrupt.onnx"), noise);
        viewModel.openFile(corrupt);
        String error = viewModel.errorProperty().get();
        assertNotNull(error);
        assertFalse(error.contains("\n"), error);
        assertFalse(error.contains("Exception"), error);
        assertEquals(30, viewModel.layers().rows().size(), "previous model stays shown");
        viewModel.clearError();
        viewModel.openFile(Files.write(dir.resolve("empty.onnx"), new byte[0]));
        assertNotNull(viewModel.errorProperty().get());
    }

    @Test
    void mnistCnnLoadsOrReportsAOneLineReason() {
        WorkbenchViewModel viewModel = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor());
        BundledAsset mnist = SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst()
                .orElseThrow();
        viewModel.openBundled(mnist);
        String error = viewModel.errorProperty().get();
        if (error == null) {
            assertEquals(viewModel.currentProperty().get().model().nodeCount(), viewModel.layers().rows().size());
        } else {
            assertNull(viewModel.currentProperty().get());
            assertFalse(error.isBlank() || error.contains("\n"), error);
        }
    }

    /** Waits for the merge of the real shape inference and cost model. */
    @Test
    void queryMatMulHasItsRealFlops() {
        LayerRow row = loaded.layers().rows().stream().filter(r -> r.name().equals(QUERY_MATMUL)).findFirst().orElseThrow();
        assertEquals(2L * 128 * 384 * 384, row.flops());
    }
}
