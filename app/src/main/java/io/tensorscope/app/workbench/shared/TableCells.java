package io.tensorscope.app.workbench.shared;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

/**
 * Table cells the same for every table of the workbench: each shows a text that fits (numbers in their compact form
 * with units, see {@link Quantities#compact}) and puts the full text or exact value in its tooltip, so nothing a
 * column cuts is lost. Sorting stays on the column's raw values.
 */
public final class TableCells {

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
