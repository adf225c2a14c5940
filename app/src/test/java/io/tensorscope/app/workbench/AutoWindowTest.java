package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.compress.AutoVerdicts;
import io.tensorscope.app.workbench.compress.AutoViewModel;
import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.compress.CompressView;
import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Compress tab's Auto in the real window, headless: channel pruning of the MNIST CNN at level 0.5, then dynamic
 * int8, on 300 digits; rows and markers appear while it runs, the best is marked; screenshots at two sizes.
 */
@ExtendWith(ApplicationExtension.class)
class AutoWindowTest {

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
    void autoFillsTheTableAndTheScatterAsCandidatesComeIn(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        robot.clickOn("#compress-tab .tab-label");
        CompressViewModel compress = viewModel.compress();
        AutoViewModel auto = compress.auto();
        assertEquals("0.5", robot.lookup("#compress-auto-budget .text-field").queryTextInputControl().getText());
        assertEquals("5", robot.lookup("#compress-auto-minutes .text-field").queryTextInputControl().getText());
        assertEquals("Then the pipeline: dynamic int8", robot.lookup("#compress-auto-then").queryLabeled().getText());
        var levels = robot.lookup("#compress-auto-levels").queryTextInputControl();
        robot.clickOn(levels);
        robot.interact(levels::selectAll);
        robot.write("0.5");
        assertEquals("0.5", auto.levelsProperty().get());
        robot.interact(() -> {
            compress.evaluationSamplesProperty().set(300);
            auto.budgetPointsProperty().set(1.0);
        });

        robot.clickOn("#compress-auto");
        boolean rowsWhileRunning = false;
        long worstPingMillis = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!rowsWhileRunning || compress.runningProperty().get()) {
            assertTrue(System.nanoTime() < deadline, "the search did not finish within 120 s");
            assertNull(compress.failureProperty().get(), compress.failureProperty()::get);
            worstPingMillis = Math.max(worstPingMillis, WindowDriver.pingFxThreadMillis());
            rowsWhileRunning |= compress.runningProperty().get() && compress.experiments().size() >= 2;
            Thread.sleep(50);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(worstPingMillis < 1000, "UI thread blocked for " + worstPingMillis + " ms while searching");
        assertFalse(robot.lookup("#compress-auto").query().isDisabled(), "Auto is free again");

        CompressView compressView = view.compressView();
        TableView<CompressExperiment> table = compressView.table();
        AutoVerdicts verdicts = auto.verdictsProperty().get();
        assertEquals(1 + verdicts.candidates().size(), table.getItems().size(), "the original and every candidate");
        assertEquals(table.getItems().size(), compressView.scatter().markerCount(), "one marker per row");
        CompressExperiment best = verdicts.best();
        assertNotNull(best);
        assertSame(best, table.getSelectionModel().getSelectedItem(), "the best is selected");
        int bestRow = table.getItems().indexOf(best);
        assertEquals(best.name() + "  ★ best", cell(table, "experiment-name", bestRow));
        assertTrue(compressView.scatter().markerCentre(best.name()).isPresent());
        assertTrue(robot.lookup("#pass-report-summary").queryLabeled().getText().startsWith("auto search: "),
                "an auto row's settings stand for its pass report");
        Screenshots.write(stage.getScene().getRoot(), "compress-auto.png");

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#compress-run", "#compress-auto", "#compress-cancel"}) {
            assertInside(robot.lookup(id).query(), robot.lookup("#compress-settings").query(), id);
        }
        ScrollPane settings = robot.lookup("#compress-settings-scroll").queryAs(ScrollPane.class);
        assertTrue(settings.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar.getParent() == settings
                && ((ScrollBar) bar).getOrientation() == Orientation.VERTICAL && bar.isVisible()),
                "at 1024×700 the settings scroll, and show that they do");
        robot.interact(() -> settings.setVvalue(settings.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#compress-auto-budget", "#compress-auto-minutes", "#compress-auto-levels",
                "#compress-auto-then"}) {
            assertInside(robot.lookup(id).query(), settings, id + " (the settings scrolled to the end)");
        }
        Screenshots.write(stage.getScene().getRoot(), "compress-auto-1024x700.png");
        assertFalse(compress.runningProperty().get());
    }

    private static void assertInside(Node node, Node pane, String id) {
        Bounds inner = node.localToScene(node.getBoundsInLocal());
        Bounds outer = pane.localToScene(pane.getBoundsInLocal());
        assertTrue(inner.getWidth() > 0 && inner.getHeight() > 0 && outer.contains(inner), id + " at " + inner
                + " is not wholly inside the settings at " + outer);
    }

    private static String cell(TableView<CompressExperiment> table, String columnId, int row) {
        TableColumn<CompressExperiment, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        return String.valueOf(column.getCellData(row));
    }
}
