package io.tensorscope.app.workbench.shared;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Table cells the same for every table of the workbench: each shows a text that fits (numbers in their compact form
 * with units, see {@link Quantities#compact}) and puts the full text or exact value in its tooltip, so nothing a
 * column cuts is lost. Sorting stays on the column's raw values.
 */
public final class TableCells {

    /** The style sheet's table font is larger than the default one by up to this factor. */
    private static final double FONT_MARGIN = 1.15;
    /** A cell's left and right padding with room for a graphic's gap, px. */
    private static final double CELL_PADDING_PX = 24;

    private TableCells() {
    }

    /** @return a factory of cells showing each value's text, the same text in the tooltip (for when it is cut) */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> text() {
        return column -> new TooltipCell<>(TableCells::plain, TableCells::plain);
    }

    /**
     * @param shown what the cell shows for a value (may be null for an unknown one)
     * @param full  what its tooltip shows: the full text or exact value; no tooltip where it is null or blank
     * @return a factory of such cells
     */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> of(Function<T, String> shown,
                                                                          Function<T, String> full) {
        return column -> new TooltipCell<>(shown, full);
    }

    /**
     * Keeps {@code column} at least as wide as its widest cell text (its cell values' text, measured in the default
     * font with a margin for the style sheet's and the cell's padding), and never narrower than {@code minWidth} px,
     * so that its values are never cut: where the minimums add up to more than the table's width, the table scrolls
     * sideways. Follows the table's items.
     */
    public static <S> void minWidthFromContent(TableView<S> table, TableColumn<S, ?> column, double minWidth) {
        Runnable fit = () -> {
            Text text = new Text();
            text.setFont(cellFont(table));
            double widest = 0;
            for (S item : table.getItems()) {
                Object value = column.getCellData(item);
                text.setText(value == null ? "" : value.toString());
                widest = Math.max(widest, text.getLayoutBounds().getWidth());
            }
            column.setMinWidth(Math.max(minWidth, Math.ceil(widest * FONT_MARGIN + CELL_PADDING_PX)));
        };
        table.getItems().addListener((ListChangeListener<S>) change -> fit.run());
        // Once cells exist, measure again in the font they are really drawn in.
        table.skinProperty().addListener((obs, old, skin) -> javafx.application.Platform.runLater(fit));
        fit.run();
    }

    /**
     * @return the font the table's cells are drawn in (the theme's, which may be larger than JavaFX's default), else
     * the default font before any cell exists
     */
    private static Font cellFont(TableView<?> table) {
        return table.lookupAll(".table-cell").stream().filter(javafx.scene.control.Labeled.class::isInstance)
                .map(n -> ((javafx.scene.control.Labeled) n).getFont()).findFirst().orElse(Font.getDefault());
    }

    private static String plain(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * A cell showing {@code shown} of its item with {@code full} of it as tooltip; subclasses may add style classes
     * or graphics after calling {@link #updateItem}, and {@link #fullText} to widen the tooltip.
     */
    public static class TooltipCell<S, T> extends TableCell<S, T> {

        private final Function<T, String> shown;
        private final Function<T, String> full;
        private final Tooltip tooltip = new Tooltip();

        /** @param shown the cell's text for an item; @param full its tooltip's text (none where null or blank) */
        public TooltipCell(Function<T, String> shown, Function<T, String> full) {
            this.shown = shown;
            this.full = full;
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : shown.apply(item));
            String detail = empty ? null : fullText(item);
            tooltip.setText(detail);
            setTooltip(detail == null || detail.isBlank() ? null : tooltip);
        }

        /** @return the tooltip text for a non-empty cell holding {@code item}; by default {@code full} of it */
        protected String fullText(T item) {
            return full.apply(item);
        }
    }
}
