package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.compress.CompressView;
import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.compress.ExperimentScatterChart;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.quantize.QuantizationMode;
import io.tensorscope.profiler.experiment.ExperimentCost;
import javafx.geometry.Point2D;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Compress tab in the real window, headless: static int8 of the MNIST CNN, the table, the scatter, a screenshot. */
@ExtendWith(ApplicationExtension.class)
class ExperimentsWindowTest {

    private WorkbenchViewModel viewModel;
    private WorkbenchView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor(), FixedCeilings.source());
        view = WindowDriver.show(stage, viewModel);
    }

    @Test
    void runsStaticInt8OnMnistCnnFromTheCompressTab(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        robot.clickOn("#compress-tab .tab-label");
        CompressViewModel compress = viewModel.compress();
        CompressView compressView = view.compressView();
        robot.clickOn("#compress-pass-static");
        assertEquals(QuantizationMode.STATIC, compress.modeProperty().get());
        assertTrue(robot.lookup("#compress-calibration-samples").tryQuery().isPresent(), "static shows calibration options");
        assertEquals("mnist", compress.evaluationDatasetProperty().get());
        robot.interact(() -> {
            compress.calibrationSamplesProperty().set(200);
            compress.evaluationSamplesProperty().set(1000);
        });

        robot.clickOn("#compress-run");
        long worstPingMillis = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (compress.experiments().size() < 2) {
            assertTrue(System.nanoTime() < deadline, "static int8 did not finish within 60 s");
            assertNull(compress.failureProperty().get(), compress.failureProperty()::get);
            worstPingMillis = Math.max(worstPingMillis, WindowDriver.pingFxThreadMillis());
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(worstPingMillis < 1000, "UI thread blocked for " + worstPingMillis + " ms while compressing");
        assertFalse(compress.runningProperty().get());

        TableView<CompressExperiment> table = compressView.table();
        assertEquals(2, table.getItems().size());
        CompressExperiment quantized = table.getItems().get(1);
        assertEquals("static int8 minmax", quantized.name());
        assertSame(quantized, table.getSelectionModel().getSelectedItem(), "the new experiment is selected");
        assertTrue(cell(table, "experiment-metric", 1).matches("\\d+\\.\\d\\d %"), cell(table, "experiment-metric", 1));
        assertTrue(cell(table, "experiment-delta", 1).matches("[+−]\\d+\\.\\d\\d pt"), cell(table, "experiment-delta", 1));
        assertTrue(cell(table, "experiment-size", 1).matches(".+ · \\d+ %"), cell(table, "experiment-size", 1));
        assertTrue(cell(table, "experiment-latency", 1).matches(".+ ms · .+× (faster|slower)"), cell(table, "experiment-latency", 1));
        assertEquals("—", cell(table, "experiment-fidelity", 1), "no fidelity for an image model");
        assertFalse(robot.lookup("#pass-report-tensors").queryTableView().getItems().isEmpty(), "tensors listed");

        ExperimentScatterChart scatter = compressView.scatter();
        assertEquals(2, scatter.markerCount());
        Point2D original = scatter.markerCentre("original").orElseThrow();
        robot.clickOn(scatter.localToScreen(original));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(compress.selectedProperty().get().isOriginal(), "clicking a marker selects its experiment");
        assertSame(compress.selectedProperty().get(), table.getSelectionModel().getSelectedItem());
        robot.clickOn("#scatter-vs-size");
        assertEquals(ExperimentCost.SIZE_BYTES, compress.costProperty().get());
        assertTrue(compress.paretoFront().contains(quantized), "a quarter of the size at ~the same accuracy");
        robot.clickOn("#scatter-vs-latency");
        Point2D staticMarker = scatter.markerCentre(quantized.name()).orElseThrow();
        robot.clickOn(scatter.localToScreen(staticMarker));
        assertSame(quantized, compress.selectedProperty().get());
        assertEquals(2, viewModel.profile().profiles().size(), "both profiles overlaid on the Profile tab");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".notification-pane")
                .queryAs(org.controlsfx.control.NotificationPane.class).isShowing());
        Thread.sleep(400);
        robot.moveTo(scatter.localToScreen(staticMarker.add(1, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scatter.tooltipText().orElse("").startsWith(quantized.name()), scatter.tooltipText().toString());
        robot.moveTo(robot.lookup("#experiment-table").queryTableView());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scatter.tooltipText().isEmpty(), "the tooltip goes when the mouse leaves");
        Screenshots.write(stage.getScene().getRoot(), "compress-view.png");

        robot.clickOn("Per-node timing");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> deltas = robot.lookup("#node-delta-table").queryTableView();
        assertEquals(12, deltas.getItems().size(), "one row per node of the original CNN");
        Screenshots.write(stage.getScene().getRoot(), "compress-node-timing.png");
    }

    private static String cell(TableView<CompressExperiment> table, String columnId, int row) {
        TableColumn<CompressExperiment, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        return String.valueOf(column.getCellData(row));
    }
}
