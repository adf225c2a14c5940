package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.layers.LayerRow;
import io.tensorscope.app.workbench.shared.Quantities;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window at 1024×700 and 1920×1080: numbers are never cut, the library makes room; screenshots. */
@ExtendWith(ApplicationExtension.class)
class LayoutWindowTest {

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
    void at1024x700TheLayerTableShowsCompactNumbersWithTheExactValueInTheTooltip(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        assertTrue(viewModel.libraryShownProperty().get(), "the library is shown at the default 1400 px");
        resize(1024, 700);
        assertFalse(viewModel.libraryShownProperty().get(), "the library makes room at 1024 px");

        TableView<LayerRow> table = view.layerTable().table();
        LayerRow conv = table.getItems().stream().filter(r -> r.name().contains("conv2d_2") && r.opType().equals("Conv"))
                .findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(conv));
        WaitForAsyncUtils.waitForFxEvents();

        List<TableCell<?, ?>> numbers = robot.lookup("#layer-table .table-cell").<TableCell<?, ?>>match(c ->
                        c.getTableColumn() != null && c.getTableColumn().getStyleClass().contains("number-column")
                                && !c.isEmpty())
                .queryAllAs(TableCell.class).stream().<TableCell<?, ?>>map(c -> c).toList();
        assertFalse(numbers.isEmpty(), "numeric cells are rendered");
        for (TableCell<?, ?> cell : numbers) {
            String shown = WindowDriver.rendered(cell);
            assertFalse(WindowDriver.cut(shown),
                    cell.getTableColumn().getText() + " cut to '" + shown + "' (full: '" + cell.getText() + "')");
        }

        TableCell<?, ?> flops = numbers.stream().filter(c -> c.getTableColumn().getText().equals("FLOPs")
                && c.getTableRow() != null && c.getTableRow().getItem() == conv).findFirst().orElseThrow();
        assertTrue(conv.flops() >= 1_000_000, "conv2d_2 has millions of FLOPs: " + conv.flops());
        assertTrue(WindowDriver.rendered(flops).matches("\\d+(\\.\\d+)? [kMG]"), "compact with a unit: " + WindowDriver.rendered(flops));
        assertEquals(Quantities.compact(conv.flops()), WindowDriver.rendered(flops));
        assertNotNull(flops.getTooltip(), "the exact value is in the tooltip");
        assertEquals(Quantities.grouped(conv.flops()) + " FLOPs", flops.getTooltip().getText());

        screenshots("layers");
        robot.clickOn("#compress-tab .tab-label");
        screenshots("compress");
    }

    private void resize(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes {@code name}-1024x700.png and {@code name}-1920x1080.png of the window, then goes back to 1024×700. */
    private void screenshots(String name) throws Exception {
        for (int[] size : new int[][] {{1024, 700}, {1920, 1080}}) {
            resize(size[0], size[1]);
            Screenshots.write(stage.getScene().getRoot(), "layout-" + name + "-" + size[0] + "x" + size[1] + ".png");
        }
        resize(1024, 700);
    }
}
