package io.tensorscope.app.workbench.shared;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Copying table rows as tab-separated text, the same for every table of the workbench: a header line of the visible
 * column titles, then one line per selected row in table order, each cell's value (blank when it has none; tabs and
 * line breaks inside a cell become spaces).
 */
public final class TableCopy {

    /** Text of the context-menu item {@link #install} adds. */
    public static final String MENU_TEXT = "Copy rows";
    /** Style class of that item, for tests and style sheets. */
    public static final String MENU_STYLE_CLASS = "copy-rows";

    private TableCopy() {
    }

    /**
     * Lets the user copy rows of {@code table}: several rows may be selected, its context menu gets
     * "{@value #MENU_TEXT}" (disabled while none is selected). Edit > Copy (Ctrl+C) copies from the focused table
     * through {@link #enclosing} and {@link #copy}; the item names no accelerator, which the scene would take for
     * every table at once.
     */
    public static void install(TableView<?> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem copy = new MenuItem(MENU_TEXT, new FontIcon("mdi2c-content-copy"));
        copy.getStyleClass().add(MENU_STYLE_CLASS);
        copy.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedIndices()));
        copy.setOnAction(e -> copy(table));
        if (table.getContextMenu() == null) {
            table.setContextMenu(new ContextMenu());
        }
        table.getContextMenu().getItems().add(copy);
    }

    /** @return the selected rows of {@code table} as tab-separated text with a header line; empty when none is selected */
    public static String tsv(TableView<?> table) {
        return rowsText(table, table.getSelectionModel().getSelectedIndices().stream().sorted().toList());
    }

    /** Puts {@link #tsv} on the system clipboard; @return whether there was a row to copy */
    public static boolean copy(TableView<?> table) {
        String text = tsv(table);
        if (!text.isEmpty()) {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        }
        return !text.isEmpty();
    }

    /** @return the table {@code node} is or lies in, if any */
    public static Optional<TableView<?>> enclosing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableView<?> table) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    private static <S> String rowsText(TableView<S> table, List<Integer> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        StringBuilder text = new StringBuilder(columns.stream().map(c -> cell(c.getText()))
                .collect(Collectors.joining("\t"))).append('\n');
        for (int row : rows) {
            S item = table.getItems().get(row);
            text.append(columns.stream().map(c -> cell(c.getCellData(item))).collect(Collectors.joining("\t")))
                    .append('\n');
        }
        return text.toString();
    }

    private static String cell(Object value) {
        return value == null ? "" : value.toString().replaceAll("[\t\r\n]+", " ");
    }
}
