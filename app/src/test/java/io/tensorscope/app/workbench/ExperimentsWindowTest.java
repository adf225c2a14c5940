package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.compress.CompressView;
import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.compress.ExperimentScatterChart;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.app.workbench.compress.StepDraft;
import io.tensorscope.app.workbench.shared.DataChooser;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.profiler.experiment.ExperimentCost;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
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
        assertTrue(robot.lookup("#compress-option-per-channel").tryQuery().isPresent(), "the first pass's options");
        assertTrue(robot.lookup("#compress-option-samples").tryQuery().isEmpty(), "dynamic int8 does not calibrate");
        robot.clickOn("#compress-remove-step");
        assertTrue(compress.steps().isEmpty());
        assertTrue(robot.lookup("#compress-run").query().isDisabled(), "no step, nothing to run");
        robot.clickOn("#compress-add-step");
        robot.clickOn("#compress-add-static-int8");
        assertTrue(robot.lookup("#compress-option-samples").tryQuery().isPresent(), "static int8 shows its calibration");
        assertTrue(robot.lookup("#compress-calibration-dataset").tryQuery().isPresent(), "and the calibration data");
        assertTrue(robot.lookup("#compress-evaluation-dataset-browse").tryQuery().isPresent(), "Browse… for own data");
        DataChooser chooser = (DataChooser) robot.lookup("#compress-evaluation-dataset").query().getParent();
        java.nio.file.Path own = java.nio.file.Path.of("my-images").toAbsolutePath();
        robot.interact(() -> chooser.choose(own));
        assertEquals(own.toString(), compress.evaluationDatasetProperty().get(), "a picked folder becomes the data");
        robot.interact(() -> compress.evaluationDatasetProperty().set("mnist"));
        robot.clickOn("#compress-add-step");
        robot.clickOn("#compress-add-fp16");
        assertEquals(List.of("static-int8", "fp16"), compress.steps().stream().map(s -> s.pass().id()).toList());
        assertTrue(robot.lookup("#compress-option-samples").tryQuery().isEmpty(), "the sheet shows the selected step");
        ListView<StepDraft> steps = robot.lookup("#compress-steps").queryListView();
        robot.clickOn("1. Static int8");
        assertEquals("static-int8", compress.selectedStepProperty().get().pass().id());
        assertTrue(robot.lookup("#compress-option-samples").tryQuery().isPresent());
        assertEquals("mnist", compress.evaluationDatasetProperty().get());
        robot.interact(() -> {
            compress.selectedStepProperty().get().set("samples", 200);
            compress.evaluationSamplesProperty().set(1000);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("1. Static int8 · samples 200").tryQuery().isPresent(), "the step's row follows its options");
        assertEquals(2, steps.getItems().size());

        robot.clickOn("#compress-run");
        long worstPingMillis = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (compress.experiments().size() < 3) {
            assertTrue(System.nanoTime() < deadline, "static int8 + fp16 did not finish within 90 s");
            assertNull(compress.failureProperty().get(), compress.failureProperty()::get);
            worstPingMillis = Math.max(worstPingMillis, WindowDriver.pingFxThreadMillis());
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(worstPingMillis < 1000, "UI thread blocked for " + worstPingMillis + " ms while compressing");
        assertFalse(compress.runningProperty().get());

        TableView<CompressExperiment> table = compressView.table();
        assertEquals(3, table.getItems().size(), "the original and one experiment per step");
        CompressExperiment quantized = table.getItems().get(1);
        assertEquals("static int8 minmax", quantized.name());
        assertEquals("static int8 minmax + fp16", table.getItems().get(2).name());
        assertSame(table.getItems().get(2), table.getSelectionModel().getSelectedItem(), "the newest experiment is selected");
        robot.interact(() -> table.getSelectionModel().select(quantized));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cell(table, "experiment-metric", 1).matches("\\d+\\.\\d\\d %"), cell(table, "experiment-metric", 1));
        assertTrue(cell(table, "experiment-delta", 1).matches("[+−]\\d+\\.\\d\\d pt"), cell(table, "experiment-delta", 1));
        assertTrue(cell(table, "experiment-size", 1).matches(".+ · \\d+ %"), cell(table, "experiment-size", 1));
        assertTrue(cell(table, "experiment-latency", 1).matches(".+ ms · \\d+\\.\\d\\d× (faster|slower)( \\(\\d+\\.\\d\\d–\\d+\\.\\d\\d×\\))?"),
                cell(table, "experiment-latency", 1));
        assertEquals("—", cell(table, "experiment-fidelity", 1), "no fidelity for an image model");
        assertFalse(robot.lookup("#pass-report-tensors").queryTableView().getItems().isEmpty(), "tensors listed");

        ExperimentScatterChart scatter = compressView.scatter();
        assertEquals(3, scatter.markerCount());
        CompressExperiment withFp16 = table.getItems().get(2);
        Point2D far = scatter.markerCentre(withFp16.name()).orElseThrow();
        robot.clickOn(scatter.localToScreen(far));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(withFp16, compress.selectedProperty().get(), () -> "clicking a marker selects its experiment, not "
                + compress.selectedProperty().get() + " (markers at " + far + ", original at "
                + scatter.markerCentre("original").orElseThrow() + ")");
        assertSame(compress.selectedProperty().get(), table.getSelectionModel().getSelectedItem());
        robot.clickOn("#scatter-vs-size");
        assertEquals(ExperimentCost.SIZE_BYTES, compress.costProperty().get());
        CompressExperiment smallest = compress.experiments().stream()
                .min(java.util.Comparator.comparingLong(e -> e.summary().sizeBytes())).orElseThrow();
        assertTrue(compress.paretoFront().contains(smallest), "the smallest is on the size front");
        robot.clickOn("#scatter-vs-latency");
        Point2D staticMarker = scatter.markerCentre(quantized.name()).orElseThrow();
        robot.clickOn(scatter.localToScreen(staticMarker));
        assertSame(quantized, compress.selectedProperty().get());
        assertEquals(3, viewModel.profile().profiles().size(), "every profile overlaid on the Profile tab");

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
        String[] svg = new String[1];
        robot.interact(() -> svg[0] = scatter.svg());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "scatter-export.svg"), svg[0]);
        assertTrue(svg[0].contains(">original</text>"), "the markers are labelled in text");

        robot.clickOn("Per-node timing");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> deltas = robot.lookup("#node-delta-table").queryTableView();
        assertEquals(12, deltas.getItems().size(), "one row per node of the original CNN");
        Screenshots.write(stage.getScene().getRoot(), "compress-node-timing.png");

        robot.clickOn("Pass report");
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#compress-run").query().getBoundsInParent().getWidth() > 0);
        assertTrue(robot.lookup("#compress-add-step").query().localToScene(0, 0).getX() + robot.lookup("#compress-add-step")
                .query().getBoundsInLocal().getWidth() <= stage.getScene().getWidth(), "the pipeline buttons fit at 1024 px");
        Screenshots.write(stage.getScene().getRoot(), "compress-view-1024x700.png");
        for (TableCell<?, ?> cell : robot.lookup("#experiment-table .table-cell.number-column")
                .queryAllAs(TableCell.class)) {
            assertFalse(WindowDriver.cut(WindowDriver.rendered(cell)), "at 1024 px a number is cut: " + cell.getText());
        }

        CompressExperiment drifted = scoredAs(quantized, "drifted", quantized.summary().samples(), 0.99,
                Map.of(ExperimentSummary.MEAN_COSINE, 0.95, ExperimentSummary.WORST_COSINE, 0.80));
        CompressExperiment fewer = scoredAs(quantized, "on 100 digits", 100, 0.995, Map.of());
        robot.interact(() -> {
            compress.add(drifted);
            compress.add(fewer);
            // at 1024x700 the table shows a few rows: bring the drifted one into view (cells exist only for those)
            robot.lookup("#experiment-table").queryAs(TableView.class).scrollTo(drifted);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#fidelity-warning").tryQuery().isPresent(), "the low-fidelity row's warning icon");
        assertEquals(5, scatter.markerCount(), "experiments apart are drawn too");
        robot.moveTo(scatter.localToScreen(scatter.markerCentre("drifted").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scatter.tooltipText().orElse("").startsWith("drifted (low fidelity)"), scatter.tooltipText().toString());
        robot.moveTo(scatter.localToScreen(scatter.markerCentre("on 100 digits").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scatter.tooltipText().orElse("").contains("scored on 100 samples of mnist, the original on 1,000"),
                scatter.tooltipText().toString());
        Screenshots.write(stage.getScene().getRoot(), "compress-apart-1024x700.png");
    }

    /** @return {@code row} under another name, scored {@code score} on {@code samples} with {@code details} */
    private static CompressExperiment scoredAs(CompressExperiment row, String name, int samples, double score,
                                               Map<String, Double> details) {
        ExperimentSummary s = row.summary();
        return new CompressExperiment(new ExperimentSummary(name, s.settings(), s.sizeBytes(), s.latencyMillis(),
                s.dataset(), samples, s.metric(), score, details), row.model(), row.plan(), row.record(), null,
                row.inTurn());
    }

    private static String cell(TableView<CompressExperiment> table, String columnId, int row) {
        TableColumn<CompressExperiment, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        return String.valueOf(column.getCellData(row));
    }
}
