package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.SyntheticGraphs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless: open a bundled model, click the graph, see errors, survive 10,000 nodes. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    private static final String QUERY_MATMUL = "/encoder/layer.0/attention/self/query/MatMul";

    @TempDir
    Path dir;

    private WorkbenchViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor());
        window = new MainWindow(viewModel);
        stage.setScene(WorkbenchApplication.scene(window));
        stage.show();
    }

    private void openFromLibrary(FxRobot robot, String id) throws Exception {
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() instanceof BundledAsset a
                && a.id().equals(id)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.layoutProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openMiniLmSelectGraphNodeAndSeeItsRow(FxRobot robot) throws Exception {
        openFromLibrary(robot, "minilm");
        assertEquals(637, window.table().getItems().size());

        NodeCost query = viewModel.nodes().stream().filter(n -> n.name().equals(QUERY_MATMUL)).findFirst().orElseThrow();
        robot.interact(() -> viewModel.selectedIndexProperty().set(query.index()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(query, window.table().getSelectionModel().getSelectedItem());
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && "37.7 M".equals(c.getText()))
                .tryQuery().isPresent(), "the FLOPs cell of the query projection shows 37.7 M");

        int target = firstNodeInView();
        Point2D local = window.graph().localCenterOf(target);
        robot.clickOn(window.graph().localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(target, viewModel.selectedIndexProperty().get());
        assertEquals(target, window.table().getSelectionModel().getSelectedItem().index());
        Screenshots.save(window.getScene(), "main-window.png");
    }

    private int firstNodeInView() {
        double w = window.graph().getWidth();
        double h = window.graph().getHeight();
        for (int i = 0; i < viewModel.nodes().size(); i++) {
            Point2D p = window.graph().localCenterOf(i);
            if (p.getX() > 20 && p.getY() > 20 && p.getX() < w - 20 && p.getY() < h - 20 && i != viewModel.selectedIndexProperty().get()) {
                return i;
            }
        }
        throw new AssertionError("no node visible in the graph view");
    }

    @Test
    void corruptFileShowsAOneLineErrorDialog(FxRobot robot) throws Exception {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        Path corrupt = Files.write(dir.resolve("corrupt.onnx"), noise);
        robot.interact(() -> viewModel.openFile(corrupt));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("corrupt.onnx is not a valid ONNX file"), dialog.getContentText());
        assertTrue(dialog.getContentText().lines().count() == 1, dialog.getContentText());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void cancellingALoadKeepsThePreviousModel(FxRobot robot) throws Exception {
        openFromLibrary(robot, "mnist-cnn");
        io.tensorscope.engine.model.Model huge = SyntheticGraphs.chain(200_000);
        robot.interact(() -> viewModel.openModel(huge));
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.executor().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, window.table().getItems().size(), "mnist-cnn stays open");
        assertTrue(viewModel.statusProperty().get().startsWith("Cancelled"), viewModel.statusProperty().get());
    }

    @Test
    void tenThousandNodesLoadWithoutBlockingTheUiThread(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.openModel(SyntheticGraphs.chain(10_000)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.nodes().size() == 10_000);
        long worstPingMillis = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (viewModel.layoutProperty().get() == null && System.nanoTime() < deadline) {
            CountDownLatch answered = new CountDownLatch(1);
            long sent = System.nanoTime();
            Platform.runLater(answered::countDown);
            assertTrue(answered.await(1, TimeUnit.SECONDS), "the UI thread answers within 1 s during layout");
            worstPingMillis = Math.max(worstPingMillis, (System.nanoTime() - sent) / 1_000_000);
            Thread.sleep(100);
        }
        assertNotNull(viewModel.layoutProperty().get(), "layout of 10,000 nodes finished");
        assertEquals(10_000, window.table().getItems().size());
        System.out.println("10,000-node layout done; slowest UI-thread ping " + worstPingMillis + " ms");
        robot.interact(() -> viewModel.selectedIndexProperty().set(5_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5_000, window.table().getSelectionModel().getSelectedItem().index());
        Screenshots.save(window.getScene(), "synthetic-10000.png");
    }
}
