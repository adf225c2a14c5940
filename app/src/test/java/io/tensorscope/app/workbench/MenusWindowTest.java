package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.help.AboutDialog;
import io.tensorscope.app.workbench.help.GlossaryDialog;
import io.tensorscope.app.workbench.help.ShortcutsDialog;
import io.tensorscope.app.workbench.layers.LayerRow;
import io.tensorscope.app.workbench.settings.ConfigFolder;
import io.tensorscope.app.workbench.settings.Preferences;
import io.tensorscope.app.workbench.settings.PreferencesDialog;
import io.tensorscope.app.workbench.settings.Theme;
import io.tensorscope.app.workbench.shared.TableCopy;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The menu bar and what hangs off it, in the real window headless: recent files, copy, find, preferences, theme, help. */
@ExtendWith(ApplicationExtension.class)
class MenusWindowTest {

    private static final String LAYER_HEADER = "Name\tOp type\tOutput shape\tParams\tFLOPs\tBytes r+w\tFLOPs/byte\tµs\t% time";

    @TempDir
    Path dir;

    private Stage stage;
    private WorkbenchViewModel viewModel;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void openRecentListsTheFileAfterReopeningOverTheSameConfigFolder(FxRobot robot) throws Exception {
        Path model = SyntheticModels.write(dir.resolve("small.onnx"), 30);
        show(robot);
        robot.interact(() -> viewModel.openFile(model));
        waitLoaded(viewModel);
        assertEquals(List.of(model.toAbsolutePath()), viewModel.settings().recentFiles().files());

        show(robot);
        assertNull(viewModel.currentProperty().get(), "a fresh workbench");
        assertTrue(menuItem("menu-save").isDisable(), "nothing to save before a model is shown");
        ListView<?> library = robot.lookup("#library-recent").queryAs(ListView.class);
        assertEquals(List.of(model.toAbsolutePath()), library.getItems(), "the library lists it too");
        openMenu(robot, "File");
        robot.clickOn("#menu-recent");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.writeWithPopups(stage, "menu-file-recent.png");
        robot.clickOn(robot.lookup(".recent-file").queryAs(Node.class));
        waitLoaded(viewModel);
        assertEquals(30, viewModel.currentProperty().get().model().nodeCount());
        assertTrue(!menuItem("menu-save").isDisable(), "Save as ONNX… once a model is shown");
        assertTrue(menuItem("menu-export-report").isDisable(), "no report before the Compress tab has two rows");
    }

    @Test
    void ctrlCCopiesTheSelectedLayerRowsAsTabSeparatedText(FxRobot robot) throws Exception {
        openSmallModel(robot);
        TableView<LayerRow> table = view.layerTable().table();
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        LayerRow first = table.getItems().get(0);
        assertEquals("node_0", first.name());
        assertEquals(LAYER_HEADER + "\nnode_0\tMatMul\t" + first.outputShape() + "\t16\t" + first.flops() + "\t"
                + first.bytesMoved() + "\t" + first.arithmeticIntensity() + "\t\t\n", clipboard(robot));

        robot.press(KeyCode.SHIFT).clickOn(row(robot, 2))
                .release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        List<String> lines = clipboard(robot).lines().toList();
        assertEquals(4, lines.size(), "header and three rows");
        assertEquals(List.of("node_0", "node_1", "node_2"), lines.stream().skip(1).map(l -> l.split("\t")[0]).toList());
        assertEquals("Relu", lines.get(3).split("\t")[1]);
    }

    @Test
    void everyTableOffersCopyRowsInItsContextMenu(FxRobot robot) throws Exception {
        openSmallModel(robot);
        robot.clickOn("#compress-tab .tab-label");
        robot.clickOn("Per-node timing");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                .filter(t -> t.getContextMenu() != null && t.getContextMenu().getItems().stream()
                        .anyMatch(i -> TableCopy.MENU_TEXT.equals(i.getText())))
                .map(Node::getId).sorted().toList();
        assertTrue(ids.containsAll(List.of("experiment-table", "layer-table", "node-delta-table")), ids.toString());

        robot.clickOn("#model-tab .tab-label");
        robot.clickOn(row(robot, 4));
        // Monocle sends no context-menu request for a right click: show the table's menu as one would.
        robot.interact(() -> view.layerTable().table().getContextMenu().show(row(robot, 4), Side.BOTTOM, 0, 0));
        robot.clickOn(robot.lookup("." + TableCopy.MENU_STYLE_CLASS).queryAs(Node.class));
        List<String> lines = clipboard(robot).lines().toList();
        assertEquals(List.of(LAYER_HEADER, "node_4"), List.of(lines.get(0), lines.get(1).split("\t")[0]));
    }

    @Test
    void ctrlFFocusesFindWhichSelectsTheFirstMatchingLayer(FxRobot robot) throws Exception {
        openSmallModel(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("layer-find", stage.getScene().getFocusOwner().getId());
        robot.write("relu");
        assertEquals(2, viewModel.layers().selectedIndexProperty().get(), "node_2 is the first Relu");
        assertEquals("node_2", view.layerTable().table().getSelectionModel().getSelectedItem().name());
        robot.type(KeyCode.ENTER);
        assertEquals(5, viewModel.layers().selectedIndexProperty().get(), "Enter: the next one");
    }

    @Test
    void preferencesAreSavedReadBackAndAppliedToTheProfileTab(FxRobot robot) throws Exception {
        show(robot);
        openMenu(robot, "Tools");
        robot.clickOn("#menu-preferences");
        DialogPane dialog = dialog(PreferencesDialog.ID);
        Spinner<?> runs = robot.lookup("#preferences-runs").queryAs(Spinner.class);
        robot.doubleClickOn(runs.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("7");
        robot.interact(() -> {
            robot.lookup("#preferences-threads").queryAs(Spinner.class).getValueFactory().setValue(1);
            robot.lookup("#preferences-fidelity").queryAs(Spinner.class).getValueFactory().setValue(0.95);
            robot.lookup("#preferences-theme").queryAs(ChoiceBox.class).setValue(Theme.DARK);
        });
        Screenshots.write(dialog, "preferences.png");
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(7, viewModel.profile().runsProperty().get(), "typed, committed on OK, applied to the Profile tab");
        assertEquals(1, viewModel.profile().threadsProperty().get());
        assertEquals(0.95, viewModel.settings().preferences().fidelityThresholdProperty().get());
        assertEquals(Theme.DARK.stylesheet(), stage.getScene().getUserAgentStylesheet(), "theme applied live");
        Preferences read = Preferences.load(new ConfigFolder(dir));
        assertEquals(List.of(7, 1, 0.95, Theme.DARK), List.of(read.runsProperty().get(), read.threadsProperty().get(),
                read.fidelityThresholdProperty().get(), read.themeProperty().get()));
    }

    /** @return the brightness of the graph canvas's top-left corner, as drawn now */
    private static double graphBackgroundBrightness(FxRobot robot) throws Exception {
        javafx.scene.Node graph = robot.lookup("#graph-canvas").query();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> graph.snapshot(null, null))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        return image.getPixelReader().getColor(4, 4).getBrightness();
    }

    @Test
    void theViewMenuSwitchesTheThemeAndHidesPanels(FxRobot robot) throws Exception {
        show(robot);
        assertEquals(Theme.LIGHT.stylesheet(), stage.getScene().getUserAgentStylesheet());
        openMenu(robot, "View");
        robot.clickOn("#menu-theme-dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK.stylesheet(), stage.getScene().getUserAgentStylesheet());
        assertEquals(Theme.DARK, Preferences.load(new ConfigFolder(dir)).themeProperty().get(), "remembered");
        assertTrue(graphBackgroundBrightness(robot) < 0.3, "the graph's canvas paints dark too");
        Screenshots.write(stage.getScene().getRoot(), "main-window-dark.png");

        assertTrue(robot.lookup("#library").tryQuery().isPresent());
        openMenu(robot, "View");
        robot.clickOn("#menu-show-library");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#library").tryQuery().isEmpty(), "the library is hidden");
        robot.interact(() -> viewModel.libraryShownProperty().set(true));
        assertTrue(robot.lookup("#library").tryQuery().isPresent(), "and back");
        openMenu(robot, "View");
        robot.clickOn("#menu-theme-light");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(graphBackgroundBrightness(robot) > 0.9, "and light again");
        assertEquals(Theme.LIGHT.stylesheet(), stage.getScene().getUserAgentStylesheet());
    }

    @Test
    void menuScreenshotsAt1920x1080And1024x700(FxRobot robot) throws Exception {
        openSmallModel(robot);
        for (int[] size : new int[][] {{1920, 1080}, {1024, 700}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            openMenu(robot, "File");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#menu-save").tryQuery().isPresent(), "the File menu is open");
            Screenshots.writeWithPopups(stage, size[0] == 1920 ? "menu-file.png" : "menu-file-1024x700.png");
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void f1ListsTheShortcutsAndAboutNamesTheVersions(FxRobot robot) throws Exception {
        show(robot);
        robot.clickOn("#layer-filter");
        robot.type(KeyCode.F1);
        DialogPane shortcuts = dialog(ShortcutsDialog.ID);
        String keys = shortcuts.lookupAll(".shortcut-keys").stream().map(n -> ((Labeled) n).getText())
                .collect(Collectors.joining(" "));
        assertTrue(keys.contains("Ctrl+O") && keys.contains("Ctrl+C") && keys.contains("Ctrl+F") && keys.contains("F1"), keys);
        Screenshots.write(shortcuts, "shortcuts.png");
        robot.interact(() -> shortcuts.getScene().getWindow().hide());

        openMenu(robot, "Help");
        robot.clickOn("#menu-about");
        DialogPane about = dialog(AboutDialog.ID);
        Label versions = (Label) about.lookup("#about-versions");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> versions.getText().contains("PyTorch"));
        assertTrue(versions.getText().contains("ONNX Runtime 1.") && versions.getText().contains("DJL 0."),
                versions.getText());
        Screenshots.write(about, "about.png");
        robot.interact(() -> about.getScene().getWindow().hide());

        openMenu(robot, "Help");
        robot.clickOn("#menu-glossary");
        DialogPane glossary = dialog(GlossaryDialog.ID);
        String terms = glossary.lookupAll(".glossary-term").stream().map(n -> ((Labeled) n).getText())
                .collect(Collectors.joining(" | "));
        for (String term : new String[] {"Arithmetic intensity", "Roof", "Bound", "% of roof", "Median, p10-p90",
                "Profiler overhead", "Colour by time share"}) {
            assertTrue(terms.contains(term), term + " in " + terms);
        }
        Screenshots.write(glossary, "glossary.png");
        robot.interact(() -> glossary.getScene().getWindow().hide());
    }

    @Test
    void keyboardFocusShowsARingAndAMouseClickDoesNot(FxRobot robot) throws Exception {
        show(robot);
        TextField filter = robot.lookup("#layer-filter").queryAs(TextField.class);
        robot.clickOn(filter);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(filter.getEffect(), "focused by the mouse: no ring");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = stage.getScene().getFocusOwner();
        assertEquals("layer-find", focused.getId());
        assertInstanceOf(DropShadow.class, focused.getEffect(), "focused by Tab: the ring");
        Screenshots.write(focused.getParent(), "focus-ring.png");
    }

    /** @return the menu bar's item {@code id}, in whichever menu it is */
    private MenuItem menuItem(String id) {
        return ((MenuBar) view.getTop()).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** @return the layer table's row showing item {@code index} */
    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#layer-table .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index)
                .queryAs(Node.class);
    }

    private void show(FxRobot robot) {
        robot.interact(() -> {
            viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor(), FixedCeilings.source(),
                    new ConfigFolder(dir));
            view = WindowDriver.show(stage, viewModel);
        });
    }

    private void openSmallModel(FxRobot robot) throws Exception {
        Path model = SyntheticModels.write(dir.resolve("small.onnx"), 30);
        show(robot);
        robot.interact(() -> viewModel.openFile(model));
        waitLoaded(viewModel);
    }

    private static void waitLoaded(WorkbenchViewModel viewModel) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.currentProperty().get() != null
                && viewModel.graph().layoutProperty().get() != null && !viewModel.status().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the menu titled {@code title} in the menu bar. */
    private static void openMenu(FxRobot robot, String title) {
        Node menu = robot.lookup("#menu-bar .menu").match((Labeled l) -> title.equals(l.getText().replace("_", "")))
                .queryAs(Node.class);
        robot.clickOn(menu);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String clipboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    private static DialogPane dialog(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(id) != null);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = find(id);
        assertNotNull(pane);
        return pane;
    }

    private static DialogPane find(String id) {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane && id.equals(root.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }
}
