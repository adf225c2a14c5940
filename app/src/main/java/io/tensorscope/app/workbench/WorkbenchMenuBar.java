package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.help.Shortcut;
import io.tensorscope.app.workbench.settings.Theme;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.List;

/**
 * The main window's menus: File (open, open recent, save as ONNX, export the Compress tab's report, quit), Edit (copy, find), View (library and side
 * panel, theme), Tools (preferences) and Help (keyboard shortcuts, glossary, about). Accelerators come from {@link Shortcut}.
 * Pure wiring: state from the {@link WorkbenchViewModel}, window work through {@link Actions}.
 */
final class WorkbenchMenuBar extends MenuBar {

    /** What the menus ask of the window (file choosers, dialogs, focus, the clipboard). */
    record Actions(Runnable open, Runnable saveAs, Runnable exportReport, Runnable quit, Runnable copy, Runnable find,
                   Runnable preferences, Runnable shortcuts, Runnable glossary, Runnable about) {
    }

    private final WorkbenchViewModel viewModel;
    private final Menu recent = new Menu("Open _Recent", new FontIcon("mdi2h-history"));

    WorkbenchMenuBar(WorkbenchViewModel viewModel, Actions actions) {
        this.viewModel = viewModel;
        setId("menu-bar");
        recent.setId("menu-recent");
        viewModel.settings().recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        MenuItem save = item("menu-save", "_Save as ONNX…", "mdi2c-content-save-outline", Shortcut.SAVE, actions.saveAs());
        save.disableProperty().bind(viewModel.currentProperty().isNull());
        MenuItem report = item("menu-export-report", "_Export report…", "mdi2f-file-chart-outline", null,
                actions.exportReport());
        report.disableProperty().bind(viewModel.compress().canReportBinding().not());
        getMenus().addAll(
                menu("_File", item("menu-open", "_Open…", "mdi2f-folder-open-outline", Shortcut.OPEN, actions.open()),
                        recent, save, report, new SeparatorMenuItem(),
                        item("menu-quit", "_Quit", "mdi2e-exit-to-app", Shortcut.QUIT, actions.quit())),
                menu("_Edit", item("menu-copy", "_Copy", "mdi2c-content-copy", Shortcut.COPY, actions.copy()),
                        item("menu-find", "_Find…", "mdi2m-magnify", Shortcut.FIND, actions.find())),
                viewMenu(),
                menu("_Tools", item("menu-preferences", "_Preferences…", "mdi2c-cog-outline", Shortcut.PREFERENCES,
                        actions.preferences())),
                menu("_Help", item("menu-shortcuts", "_Keyboard shortcuts", "mdi2k-keyboard-outline", Shortcut.HELP,
                                actions.shortcuts()),
                        item("menu-glossary", "_Glossary", "mdi2b-book-open-variant", null, actions.glossary()),
                        item("menu-about", "_About Tensorscope", "mdi2i-information-outline", null, actions.about())));
    }

    private Menu viewMenu() {
        CheckMenuItem library = new CheckMenuItem("_Library");
        library.setId("menu-show-library");
        library.selectedProperty().bindBidirectional(viewModel.libraryShownProperty());
        CheckMenuItem side = new CheckMenuItem("_Side panel (summary, node)");
        side.setId("menu-show-side");
        side.selectedProperty().bindBidirectional(viewModel.sidePanelShownProperty());
        Menu view = menu("_View", library, side, new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.title() + " theme");
            item.setId("menu-theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(themes);
            item.setSelected(viewModel.settings().preferences().themeProperty().get() == theme);
            item.setOnAction(e -> viewModel.settings().useTheme(theme));
            viewModel.settings().preferences().themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
            view.getItems().add(item);
        }
        return view;
    }

    /** Rebuilds Open Recent from the recent files: one item per file, then "Clear recent files". */
    private void fillRecent() {
        List<Path> files = viewModel.settings().recentFiles().files();
        recent.getItems().clear();
        for (Path file : files) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.getStyleClass().add("recent-file");
            item.setOnAction(e -> viewModel.openFile(file));
            recent.getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        MenuItem clear = new MenuItem("_Clear recent files");
        clear.setId("menu-clear-recent");
        clear.setOnAction(e -> viewModel.settings().clearRecentFiles());
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static Menu menu(String title, MenuItem... items) {
        Menu menu = new Menu(title);
        menu.getItems().addAll(items);
        return menu;
    }

    private static MenuItem item(String id, String text, String icon, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(shortcut.keys());
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
