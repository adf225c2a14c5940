package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.layers.LayerRow;
import io.tensorscope.app.workbench.profile.CeilingsSource;
import io.tensorscope.app.workbench.profile.KernelTimingChart;
import io.tensorscope.app.workbench.profile.ProfileRun;
import io.tensorscope.app.workbench.profile.ProfileView;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.profile.RooflineChart;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.profiler.ceilings.CompetingWork;
import io.tensorscope.profiler.ceilings.MeasurementBudget;
import io.tensorscope.profiler.timing.KernelTiming;
import javafx.geometry.Point2D;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Profile tab in the real window, headless: profile the MNIST CNN twice, hover and click a kernel, screenshot; then
 * once more on 2 threads, its roofs drawn beside the 1-thread ones.
 */
@ExtendWith(ApplicationExtension.class)
class ProfileWindowTest {

    @TempDir
    static Path ceilingsCache;

    private WorkbenchViewModel viewModel;
    private WorkbenchView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor(),
                CeilingsSource.cached(ceilingsCache, MeasurementBudget.QUICK, CompetingWork.NONE));
        view = WindowDriver.show(stage, viewModel);
    }

    @Test
    void profilesMnistCnnFromTheProfileTabAndSelectsAKernelOnTheRoofline(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        robot.clickOn("Profile");
        ProfileViewModel profile = viewModel.profile();
        ProfileView profileView = view.profileView();
        robot.interact(() -> {
            profile.threadsProperty().set(1);
            profile.warmupRunsProperty().set(3);
            profile.runsProperty().set(10);
            profile.optimizationProperty().set(OptimizationLevel.NONE);
        });
        long worstPingMillis = runProfile(robot, 1);
        robot.interact(() -> profile.optimizationProperty().set(OptimizationLevel.ALL));
        worstPingMillis = Math.max(worstPingMillis, runProfile(robot, 2));
        assertTrue(worstPingMillis < 1000, "UI thread blocked for " + worstPingMillis + " ms while profiling");

        ProfileRun active = profile.activeProperty().get();
        assertEquals("1 thread, ALL", active.label());
        RooflineChart chart = profileView.roofline();
        assertTrue(chart.markerCount() > 0, "roofline markers drawn");
        assertEquals(KernelTimingChartSize.expected(active), profileView.timings().shownKernels().size());
        assertTrue(robot.lookup("#profile-latency").queryLabeled().getText().startsWith("latency median "));

        TableView<LayerRow> table = view.layerTable().table();
        TableColumn<LayerRow, ?> time = table.getColumns().stream().filter(c -> "time-column".equals(c.getId()))
                .findFirst().orElseThrow();
        assertTrue(table.getItems().stream().allMatch(row -> time.getCellData(row) != null), "timing column filled");

        KernelTiming slowest = active.profile().kernels().stream().filter(k -> k.flops() > 0 && !k.nodes().isEmpty())
                .max(Comparator.comparingDouble(k -> k.micros().median())).orElseThrow();
        Point2D centre = chart.markerCentre(slowest.kernel()).orElseThrow();
        robot.moveTo(chart.localToScreen(centre));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.tooltipText().orElse("").startsWith(slowest.kernel()), chart.tooltipText().toString());
        robot.clickOn(chart.localToScreen(centre));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(slowest.nodes().get(0), viewModel.layers().selectedIndexProperty().get());
        assertEquals(slowest.kernel(), profile.selectedKernelProperty().get());
        assertEquals(slowest.nodes().get(0), table.getSelectionModel().getSelectedItem().index());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".notification-pane")
                .queryAs(org.controlsfx.control.NotificationPane.class).isShowing());
        Thread.sleep(400);
        robot.moveTo(chart.localToScreen(centre.add(1, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.tooltipText().isPresent());
        Screenshots.write(stage.getScene().getRoot(), "profile-view.png");

        robot.clickOn("Layers + Graph");
        assertFalse(robot.lookup("#graph-colour-by-time").queryAs(javafx.scene.control.CheckBox.class).isDisabled());
        robot.clickOn("#graph-colour-by-time");
        assertTrue(viewModel.graph().colourByTimeProperty().get());
        Screenshots.write(stage.getScene().getRoot(), "profile-timing-columns.png");
        assertNotNull(view.graphCanvas().getScene(), "graph view in the window");
        assertTrue(view.graphCanvas().getHeight() > 100, "graph view has room");

        robot.clickOn("Profile");
        robot.interact(() -> profile.threadsProperty().set(2));
        runProfile(robot, 3);
        assertEquals("2 threads, ALL", profile.activeProperty().get().label());
        assertTrue(chart.markerCount() > 0);
        Screenshots.write(stage.getScene().getRoot(), "roofline-two-runs.png");
        String[] svg = new String[1];
        robot.interact(() -> svg[0] = chart.svg());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "roofline-export.svg"), svg[0]);
        long markers = svg[0].lines().filter(l -> l.startsWith("<ellipse") || l.startsWith("<polygon")
                || l.startsWith("<rect")).count();
        assertTrue(markers >= chart.markerCount(), "every kernel a vector marker: " + markers + " < " + chart.markerCount());
        assertTrue(svg[0].contains("clip-path=\"url(#clip1)\"") && svg[0].contains(">FLOP/byte") || svg[0].contains("FLOP"),
                "the plot clipped, its axes labelled in text");
    }

    /** @return the worst UI-thread response while the run went on, ms */
    private long runProfile(FxRobot robot, int profilesAfter) throws Exception {
        robot.clickOn("#profile-run");
        long worst = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (viewModel.profile().profiles().size() < profilesAfter) {
            assertTrue(System.nanoTime() < deadline, "profile did not finish within 60 s");
            assertTrue(viewModel.profile().failureProperty().get() == null, viewModel.profile().failureProperty()::get);
            worst = Math.max(worst, WindowDriver.pingFxThreadMillis());
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(viewModel.profile().activeProperty().get());
        return worst;
    }

    /** The timing chart shows the 20 slowest kernels, or all when there are fewer. */
    private static final class KernelTimingChartSize {
        static int expected(ProfileRun run) {
            return Math.min(KernelTimingChart.KERNELS_SHOWN,
                    run.profile().kernels().size());
        }
    }
}
