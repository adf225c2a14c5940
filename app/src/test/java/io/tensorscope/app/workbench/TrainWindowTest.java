package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.app.workbench.train.TrainViewModel;
import io.tensorscope.engine.importer.ModelSource;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Train tab in the real window, headless: distil the MNIST CNN from itself for 3 short epochs, see the curves. */
@ExtendWith(ApplicationExtension.class)
class TrainWindowTest {

    private WorkbenchViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor(), FixedCeilings.source());
        WindowDriver.show(stage, viewModel);
    }

    @Test
    void trainsShowsTheCurvesAndAddsTheExperiment(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        TrainViewModel train = viewModel.train();
        robot.interact(() -> {
            viewModel.compress().evaluationSamplesProperty().set(300);
            train.settings().set("samples", 600);
            train.settings().set("epochs", 3);
        });
        robot.clickOn("#train-tab .tab-label");
        robot.clickOn("#train-start");
        long worstPingMillis = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (train.runningProperty().get() || viewModel.compress().experiments().size() < 2) {
            assertTrue(System.nanoTime() < deadline, "training did not finish within 120 s");
            assertNull(train.failureProperty().get(), train.failureProperty()::get);
            worstPingMillis = Math.max(worstPingMillis, WindowDriver.pingFxThreadMillis());
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(worstPingMillis < 1000, "UI thread blocked for " + worstPingMillis + " ms while training");
        assertEquals(3, train.epochs().size(), "one point per epoch");
        String latest = robot.lookup("#train-latest-epoch").queryAs(Label.class).getText();
        assertTrue(latest.startsWith("Epoch 3 of 3: train loss") && latest.endsWith("images/s"), latest);
        CompressExperiment added = viewModel.compress().experiments().get(1);
        assertEquals(viewModel.compress().experiments().get(0).record().id(), added.record().parentId(),
                "a child of the original");
        Screenshots.write(stage.getScene().getRoot(), "train-view.png");
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node settings = robot.lookup("#train-settings").query();
        for (String id : new String[] {"#train-start", "#train-cancel", "#train-option-seed"}) {
            Bounds inside = settings.localToScene(settings.getBoundsInLocal());
            Bounds bounds = robot.lookup(id).query().localToScene(robot.lookup(id).query().getBoundsInLocal());
            assertTrue(inside.contains(bounds), id + " is in view at 1024×700");
        }
        Screenshots.write(stage.getScene().getRoot(), "train-view-1024x700.png");
        robot.clickOn("#compress-tab .tab-label");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#experiment-table").queryAs(TableView.class);
        assertTrue(table.getItems().contains(added), "the row is on the Compress tab");
    }
}
