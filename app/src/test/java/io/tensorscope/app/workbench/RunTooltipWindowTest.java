package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.engine.importer.ModelSource;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the real window, headless: while the Compress tab measures, the Profile tab's disabled Run says why on hover. */
@ExtendWith(ApplicationExtension.class)
class RunTooltipWindowTest {

    private WorkbenchViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor(), FixedCeilings.source());
        WindowDriver.show(stage, viewModel);
    }

    @Test
    void aRunDisabledByAnotherTabsMeasurementSaysWhyOnHover(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        robot.clickOn("Profile");
        Button run = robot.lookup("#profile-run").queryButton();
        assertFalse(run.isDisabled());

        AtomicReference<MeasurementGate.Hold> hold = new AtomicReference<>();
        robot.interact(() -> hold.set(viewModel.measurementGate().acquire(CompressViewModel.MEASURER)));
        assertTrue(run.isDisabled());
        robot.moveTo(run);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showingTooltip(robot).isPresent());
        assertEquals(CompressViewModel.MEASURER + " is measuring; one measurement at a time so figures do not compete "
                + "for the cores", showingTooltip(robot).orElseThrow().getText());

        robot.interact(() -> hold.get().release());
        assertFalse(run.isDisabled());
        robot.moveTo("#profile-cancel").moveTo(run);
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showingTooltip(robot).isEmpty(), "no tooltip once nothing blocks Run");
    }

    private static Optional<Tooltip> showingTooltip(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing()).map(w -> (Tooltip) w)
                .findFirst();
    }
}
