package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.sensitivity.SensitivityHeatMap;
import io.tensorscope.app.workbench.sensitivity.SensitivityRow;
import io.tensorscope.app.workbench.sensitivity.SensitivityViewModel;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Sensitivity tab in the real window, headless: channel pruning of the MNIST CNN per layer, the heat map, a click. */
@ExtendWith(ApplicationExtension.class)
class SensitivityWindowTest {

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
    void measuresChannelPruningPerLayerAndSelectsTheClickedLayer(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        robot.clickOn("#sensitivity-tab .tab-label");
        SensitivityViewModel sensitivity = viewModel.sensitivity();
        TextField levels = robot.lookup("#sensitivity-levels").queryAs(TextField.class);
        robot.interact(() -> {
            levels.setText("0.25, 0.75");
            sensitivity.samplesProperty().set(300);
        });
        robot.clickOn("#sensitivity-run");
        long worstPingMillis = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (sensitivity.resultProperty().get() == null) {
            assertTrue(System.nanoTime() < deadline, "the sensitivity run did not finish within 90 s");
            assertNull(sensitivity.failureProperty().get(), sensitivity.failureProperty()::get);
            worstPingMillis = Math.max(worstPingMillis, WindowDriver.pingFxThreadMillis());
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sensitivity.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(worstPingMillis < 1000, "UI thread blocked for " + worstPingMillis + " ms while measuring");

        SensitivityHeatMap map = view.sensitivityView().heatMap();
        assertEquals(3, map.rowCount(), "conv2d_1, conv2d_2, dense_1");
        assertEquals(2, map.columnCount(), "two levels");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                String text = map.cell(r, c).getText();
                assertTrue(text.matches("[+−]\\d+\\.\\d\\d pt · \\d+\\.\\d×"), text);
                assertEquals(text, ((Text) map.cell(r, c).lookup(".text")).getText(), "cell text fits, no ellipsis");
            }
        }
        SensitivityRow second = sensitivity.rows().get(1);
        Label cell = map.cell(1, 1);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.nodeIndex(), viewModel.layers().selectedIndexProperty().get(), "the clicked row's node");
        assertEquals(second.nodeIndex(), viewModel.graph().selectedIndexProperty().get());
        assertEquals(second.layer(), view.layerTable().table().getSelectionModel().getSelectedItem().name(),
                "the layer table selects it too");
        assertTrue(map.cell(1, 0).getStyleClass().contains("selected"), "the row shows its selection");
        assertTrue(cell.getTooltip().getText().startsWith(second.layer() + " · sparsity 0.75"),
                cell.getTooltip().getText());
        assertTrue(cell.getTooltip().getText().contains("latency"), cell.getTooltip().getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".notification-pane")
                .queryAs(org.controlsfx.control.NotificationPane.class).isShowing());
        robot.moveTo(map.cell(0, 1));
        Thread.sleep(600);
        Screenshots.write(stage.getScene().getRoot(), "sensitivity-view.png");
    }
}
