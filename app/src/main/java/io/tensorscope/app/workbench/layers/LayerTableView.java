package io.tensorscope.app.workbench.layers;

import atlantafx.base.theme.Styles;
import io.tensorscope.app.workbench.help.HeaderTooltips;
import io.tensorscope.app.workbench.help.Shortcut;
import io.tensorscope.app.workbench.shared.Quantities;
import io.tensorscope.app.workbench.shared.TableCells;
import io.tensorscope.app.workbench.shared.TableCopy;
import io.tensorscope.engine.diff.NodeDiff;
import javafx.css.PseudoClass;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Comparator;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layer table with its filter and find fields and its input sizes (blank for the model's defaults, shown as the
 * prompt); a virtualized, sortable TableView bound to a {@link LayersViewModel}.
 */
public final class LayerTableView extends BorderPane {

    /** Marks the find field while nothing matches its text (AtlantaFX draws it red). */
    private static final PseudoClass NOT_FOUND = Styles.STATE_DANGER;

    /** Fits a compact number with its unit ({@code 21.3 M}, {@code 4.6 MiB}) and the cell's padding. */
    private static final double NUMBER_MIN_WIDTH = 72;
    /** Below this a text column would show little more than its ellipsis (the tooltip has the full text). */
    private static final double TEXT_MIN_WIDTH = 90;

    private final TableView<LayerRow> table = new TableView<>();
    private final TextField find = new TextField();

    /** Builds the table and binds it to {@code viewModel}. */
    public LayerTableView(LayersViewModel viewModel) {
        TextField filter = new TextField();
        filter.setId("layer-filter");
        filter.setPromptText("Filter by name or op type");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(viewModel.rows()).asString("%,d layers"));
        find.setId("layer-find");
        find.setPromptText("Find (" + Shortcut.FIND.keys().getDisplayText() + ")");
        find.setPrefColumnCount(12);
        find.setTooltip(new Tooltip("Selects the first layer whose name or op type contains the text; Enter: the next"));
        find.textProperty().addListener((obs, old, text) -> showFound(viewModel.find(text), text));
        find.setOnAction(e -> showFound(viewModel.findNext(find.getText()), find.getText()));
        HBox bar = new HBox(8, new FontIcon("mdi2f-filter-outline"), filter, count, new FontIcon("mdi2m-magnify"), find);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar-row");
        VBox top = new VBox(bar, sizesBar(viewModel));

        table.setId("layer-table");
        table.getColumns().add(text("Name", LayerRow::name, 280));
        table.getColumns().add(text("Op type", LayerRow::opType, 110));
        table.getColumns().add(text("Output shape", LayerRow::outputShape, 130));
        table.getColumns().add(number("Params", LayerRow::params, Quantities::compact, exact("parameters")));
        table.getColumns().add(number("FLOPs", LayerRow::flops, Quantities::compact, exact("FLOPs")));
        table.getColumns().add(number("Bytes r+w", LayerRow::bytesMoved, Quantities::compactBytes, exact("bytes")));
        table.getColumns().add(number("FLOPs/byte", LayerRow::arithmeticIntensity, Quantities::intensity,
                Quantities::intensity));
        table.getColumns().add(timing("µs", "time-column", LayerRow::medianMicros, "%,.1f"));
        table.getColumns().add(timing("% time", "share-column", LayerRow::sharePercent, "%.2f"));
        TableColumn<LayerRow, String> change = text("Change", row -> diffOf(viewModel, row).map(d -> d.change().label())
                .orElse(""), 80);
        change.setId("diff-change-column");
        TableColumn<LayerRow, String> before = text("Before", row -> diffOf(viewModel, row).map(LayerTableView::before)
                .orElse(""), 240);
        before.setId("diff-before-column");
        for (TableColumn<LayerRow, String> column : List.of(change, before)) {
            column.visibleProperty().bind(viewModel.diffProperty().isNotNull());
        }
        table.getColumns().addAll(2, List.of(change, before));
        viewModel.diffProperty().addListener(o -> table.refresh());
        table.setPlaceholder(new Label("Open a model from the library to see its layers"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        SortedList<LayerRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        bindSelection(viewModel);

        TableCopy.install(table);
        HeaderTooltips.install(table, Map.of("FLOPs", "FLOPs", "Bytes r+w", "Bytes r+w",
                "FLOPs/byte", "Arithmetic intensity", "µs", "Median, p10-p90", "% time", "Colour by time share"));
        setTop(top);
        setCenter(table);
    }

    /** Puts the keyboard focus in the find field with its text selected (Edit > Find). */
    public void focusFind() {
        find.requestFocus();
        find.selectAll();
    }

    private void showFound(boolean found, String text) {
        find.pseudoClassStateChanged(NOT_FOUND, !found && text != null && !text.isBlank());
    }

    /** The input sizes the FLOPs are for (following the profile shown), with Apply, and why µs may be hidden. */
    private static HBox sizesBar(LayersViewModel viewModel) {
        TextField sizes = new TextField();
        sizes.setId("layer-input-sizes");
        sizes.promptTextProperty().bind(viewModel.inputSizesPromptProperty());
        sizes.textProperty().bindBidirectional(viewModel.inputSizesProperty());
        HBox.setHgrow(sizes, Priority.ALWAYS);
        Button apply = new Button("Apply");
        apply.setId("layer-apply-sizes");
        apply.disableProperty().bind(viewModel.inputSizesErrorProperty().isNotNull());
        apply.setOnAction(e -> viewModel.applyInputSizes());
        sizes.setOnAction(e -> viewModel.applyInputSizes());
        Tooltip error = new Tooltip();
        error.textProperty().bind(viewModel.inputSizesErrorProperty());
        sizes.tooltipProperty().bind(javafx.beans.binding.Bindings.when(viewModel.inputSizesErrorProperty().isNull())
                .then((Tooltip) null).otherwise(error));
        Label note = new Label();
        note.setId("layer-timings-note");
        note.getStyleClass().add("hint");
        note.textProperty().bind(viewModel.timingsNoteProperty());
        note.visibleProperty().bind(viewModel.timingsNoteProperty().isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        HBox bar = new HBox(8, new Label("Input sizes"), sizes, apply, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar-row");
        return bar;
    }

    /** @return the table, for tests and screenshots */
    public TableView<LayerRow> table() {
        return table;
    }

    private void bindSelection(LayersViewModel viewModel) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedIndexProperty().set(row.index());
            }
        });
        viewModel.selectedIndexProperty().addListener((obs, old, index) -> {
            LayerRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && selected.index() == index.intValue()) {
                return;
            }
            int position = viewModel.row(index.intValue()).map(table.getItems()::indexOf).orElse(-1);
            if (position >= 0) {
                table.getSelectionModel().clearAndSelect(position);
                table.scrollTo(Math.max(0, position - 3));
            } else {
                table.getSelectionModel().clearSelection();
            }
        });
    }

    private static TableColumn<LayerRow, String> text(String title, Function<LayerRow, String> value, double width) {
        TableColumn<LayerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, TEXT_MIN_WIDTH));
        column.setCellFactory(TableCells.text());
        // The default comparator goes through a Collator: ~20x slower on 10,000 rows.
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        return column;
    }

    private static Optional<NodeDiff> diffOf(LayersViewModel viewModel, LayerRow row) {
        Map<String, NodeDiff> diff = viewModel.diffProperty().get();
        return diff == null ? Optional.empty() : Optional.ofNullable(diff.get(row.name()));
    }

    /** @return the node this one was in the first model, and what changed: {@code MatMul /x/MatMul: op MatMul → …} */
    private static String before(NodeDiff diff) {
        if (diff.before() == null) {
            return diff.serves() == null ? "—" : "added for " + diff.serves();
        }
        String was = diff.opBefore() + (diff.before().equals(diff.after()) ? "" : " " + diff.before());
        return diff.reasons().isEmpty() ? was : was + ": " + String.join("; ", diff.reasons());
    }

    /** A timing column: blank before profiling (null), otherwise {@code pattern} applied to the value. */
    private static TableColumn<LayerRow, Double> timing(String title, String id, Function<LayerRow, Double> value,
                                                        String pattern) {
        Function<Double, String> format = v -> v == null ? "" : String.format(java.util.Locale.ROOT, pattern, v);
        TableColumn<LayerRow, Double> column = number(title, value, format, format);
        column.setId(id);
        column.setPrefWidth(80);
        return column;
    }

    /** @return the exact value grouped with {@code unit}, e.g. {@code 21,270,528 FLOPs}, for a tooltip */
    private static Function<Long, String> exact(String unit) {
        return v -> v == null ? Quantities.UNKNOWN : Quantities.grouped(v) + " " + unit;
    }

    /** A numeric column sorting on the raw values: {@code shown} in the cell, {@code full} in its tooltip. */
    private static <N extends Comparable<N>> TableColumn<LayerRow, N> number(
            String title, Function<LayerRow, N> value, Function<N, String> shown, Function<N, String> full) {
        TableColumn<LayerRow, N> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCells.TooltipCell<>(shown, full) {
            @Override
            protected void updateItem(N item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("unknown");
                if (!empty && item == null) {
                    getStyleClass().add("unknown");
                }
            }
        });
        column.getStyleClass().add("number-column");
        column.setMinWidth(NUMBER_MIN_WIDTH);
        column.setPrefWidth(90);
        return column;
    }
}
