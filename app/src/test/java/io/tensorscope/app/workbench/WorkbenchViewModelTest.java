package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.importer.ModelSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state, driven without a UI thread through the inline executor. */
class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private WorkbenchViewModel viewModel;

    @BeforeEach
    void create() {
        viewModel = new WorkbenchViewModel(new ModelSource(), new InlineTaskExecutor());
    }

    private BundledAsset bundled(String id) {
        return viewModel.library().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void libraryListsTheBundledModels() {
        assertEquals(java.util.List.of("minilm", "mnist-cnn"), viewModel.library().stream().map(BundledAsset::id).toList());
    }

    @Test
    void statusNamesTheDevicesAtStart() {
        String status = viewModel.statusProperty().get();
        assertTrue(status.startsWith("CPU: "), status);
        assertTrue(status.contains("no CUDA device: using CPU") || status.contains("GPU: "), status);
    }

    @Test
    void openingMiniLmFillsTheTableAndLaysOutTheGraph() {
        viewModel.openBundled(bundled("minilm"));
        assertNull(viewModel.errorProperty().get());
        assertEquals(637, viewModel.nodes().size());
        assertEquals(637, viewModel.visibleNodes().size());
        assertNotNull(viewModel.layoutProperty().get());
        assertEquals(637, viewModel.layoutProperty().get().boxes().size());
        NodeCost query = viewModel.nodes().stream()
                .filter(n -> n.name().equals("/encoder/layer.0/attention/self/query/MatMul")).findFirst().orElseThrow();
        assertEquals(2L * 128 * 384 * 384, query.flops());
    }

    @Test
    void filterNarrowsRowsByOpTypeOrName() {
        viewModel.openBundled(bundled("minilm"));
        viewModel.filterProperty().set("matmul");
        assertEquals(48, viewModel.visibleNodes().size());
        viewModel.filterProperty().set("layer.0/attention/self/");
        assertTrue(viewModel.visibleNodes().size() > 5 && viewModel.visibleNodes().size() < 637);
        assertTrue(viewModel.visibleNodes().stream().allMatch(n -> n.name().contains("layer.0/attention/self/")));
        viewModel.filterProperty().set("");
        assertEquals(637, viewModel.visibleNodes().size());
    }

    @Test
    void selectionIsSharedByIndex() {
        viewModel.openBundled(bundled("mnist-cnn"));
        viewModel.selectedIndexProperty().set(1);
        assertEquals("conv2d_1", viewModel.selectedNode().name());
    }

    @Test
    void corruptFileSetsTheOneLineErrorAndKeepsThePreviousModel() throws Exception {
        viewModel.openBundled(bundled("mnist-cnn"));
        byte[] noise = new byte[2048];
        new Random(3).nextBytes(noise);
        viewModel.openFile(Files.write(dir.resolve("corrupt.onnx"), noise));
        String error = viewModel.errorProperty().get();
        assertNotNull(error);
        assertTrue(error.contains("corrupt.onnx"), error);
        assertFalse(error.contains("\n"), error);
        assertEquals(12, viewModel.nodes().size(), "the previous model stays shown");
    }
}
