package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.graph.GraphCanvas;
import io.tensorscope.app.workbench.layers.LayerRow;
import io.tensorscope.app.workbench.summary.NodeLink;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.importer.ModelSource;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model viewer in the real window, headless: node panel links, graph search, minimap; screenshots. */
@ExtendWith(ApplicationExtension.class)
class ViewerWindowTest {

    private WorkbenchViewModel viewModel;
    private WorkbenchView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor());
        view = WindowDriver.show(stage, viewModel);
    }

    @Test
    void clickingAConsumerLinkInTheNodePanelSelectsThatNode(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        NodeCost conv = viewModel.currentProperty().get().analysis().nodes().stream()
                .filter(n -> n.opType().equals("Conv")).findFirst().orElseThrow();
        robot.interact(() -> viewModel.layers().selectedIndexProperty().set(conv.index()));
        assertTrue(robot.lookup("#node-details .node-title").queryAs(Label.class).getText().equals(conv.name()));
        screenshots("node-panel");
        Hyperlink consumer = robot.lookup("#node-outputs .node-link").queryAs(Hyperlink.class);
        NodeLink link = (NodeLink) consumer.getUserData();
        assertEquals("Relu", link.opType());
        robot.clickOn(consumer);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(link.index(), viewModel.layers().selectedIndexProperty().get());
        LayerRow row = view.layerTable().table().getSelectionModel().getSelectedItem();
        assertEquals(link.index(), row.index(), "the table follows");
        assertEquals(link.index(), viewModel.graph().selectedIndexProperty().get(), "the graph follows");
        assertEquals(link.name(), robot.lookup("#node-details .node-title").queryAs(Label.class).getText());
    }

    @Test
    void typingInTheGraphSearchSelectsMatchesAndEnterGoesToTheNext(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        List<Integer> pools = viewModel.currentProperty().get().analysis().nodes().stream()
                .filter(n -> n.opType().equals("MaxPool")).map(NodeCost::index).toList();
        GraphCanvas canvas = view.graphCanvas();
        robot.clickOn(canvas);
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = view.graphPane().searchField();
        assertTrue(search.isFocused(), "Ctrl+F on the graph focuses the search field");
        robot.write("maxpool");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pools.get(0), viewModel.graph().selectedIndexProperty().get());
        assertEquals(canvas.getWidth() / 2, canvas.nodeCenter(pools.get(0)).getX(), 1.0, "the match is centred");
        assertEquals("1 of " + pools.size(), robot.lookup("#graph-search-matches").queryAs(Label.class).getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pools.get(1 % pools.size()), viewModel.graph().selectedIndexProperty().get());
        assertEquals(pools.get(1 % pools.size()), view.layerTable().table().getSelectionModel().getSelectedItem().index());
    }

    @Test
    void aLargeGraphHasAMinimapAndShapesOnItsEdges(FxRobot robot, @TempDir Path dir) throws Exception {
        Path model = SyntheticModels.write(dir.resolve("three-hundred.onnx"), 300);
        robot.interact(() -> viewModel.openFile(model));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.graph().layoutProperty().get() != null
                && !viewModel.status().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        GraphCanvas canvas = view.graphCanvas();
        Rectangle2D minimap = canvas.minimapArea();
        assertNotNull(minimap, "over 200 boxes: a minimap");
        assertEquals("1×4", viewModel.graph().edgeLabel("t0"));
        robot.interact(() -> {
            viewModel.layers().selectedIndexProperty().set(4);
            canvas.zoom(1.0 / canvas.scale(), canvas.getWidth() / 2, canvas.getHeight() / 2);
        });
        screenshots("graph-minimap");
        minimap = canvas.minimapArea();
        int last = 299;
        assertTrue(canvas.nodeCenter(last).getY() > canvas.getHeight(), "the last node starts out of view");
        robot.clickOn(canvas.localToScreen(minimap.getMinX() + minimap.getWidth() / 2, minimap.getMaxY() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        double lastY = canvas.nodeCenter(last).getY();
        assertTrue(lastY > 0 && lastY < canvas.getHeight(), "a click at the minimap's foot pans there, got y " + lastY);
        assertEquals(4, viewModel.graph().selectedIndexProperty().get(), "a minimap click selects nothing");
        robot.clickOn("#graph-fit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.scale() < 0.2, "fitting 300 nodes zooms far out, got " + canvas.scale());
        double fitted = canvas.scale();
        robot.clickOn("#graph-zoom-in");
        assertEquals(fitted * 1.25, canvas.scale(), 1e-9);
    }

    /** Writes {@code name}.png of the window at its default size, then at 1024×700 and 1920×1080. */
    private void screenshots(String name) throws Exception {
        Node root = stage.getScene().getRoot();
        Screenshots.write(root, name + ".png");
        for (int[] size : new int[][] {{1024, 700}, {1920, 1080}}) {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            }).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.write(root, name + "-" + size[0] + "x" + size[1] + ".png");
        }
        WaitForAsyncUtils.asyncFx(stage::sizeToScene).get(5, TimeUnit.SECONDS);
    }
}
