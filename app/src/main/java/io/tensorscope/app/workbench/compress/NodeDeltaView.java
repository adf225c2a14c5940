package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.TableCells;
import io.tensorscope.app.workbench.shared.TableCopy;
import io.tensorscope.profiler.experiment.NodeDelta;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Per-node before/after timing of the selected experiment: a totals line over a sortable table. */
public final class NodeDeltaView extends VBox {

    private final TableView<NodeDelta> table = new TableView<>();

    /** Builds the view over {@code viewModel}. */
    public NodeDeltaView(NodeDeltasViewModel viewModel) {
        setId("node-deltas");
        setSpacing(6);
        Label caption = new Label();
        caption.setWrapText(true);
        caption.textProperty().bind(viewModel.captionProperty());
        table.setId("node-delta-table");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No compressed experiment selected"));
        table.getColumns().add(text("Node", 190, NodeDelta::node));
        table.getColumns().add(text("Op type", 90, NodeDelta::opType));
        table.getColumns().add(number("Before µs", NodeDelta::beforeMicros, "%.1f"));
        table.getColumns().add(number("After µs", NodeDelta::afterMicros, "%.1f"));
        table.getColumns().add(number("Speed-up", NodeDelta::speedUp, "%.2f×"));
        TableCopy.install(table);
        getChildren().addAll(caption, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** @return the table, for tests */
    public TableView<NodeDelta> table() {
        return table;
    }

    private static TableColumn<NodeDelta, String> text(String title, double width, Function<NodeDelta, String> value) {
        TableColumn<NodeDelta, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setCellFactory(TableCells.text());
        return column;
    }

    /** A numeric column that sorts by value and shows {@code format}. */
    private static TableColumn<NodeDelta, Double> number(String title, Function<NodeDelta, Double> value, String format) {
        TableColumn<NodeDelta, Double> column = new TableColumn<>(title);
        column.setPrefWidth(80);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        Function<Double, String> text = item -> item == null ? null
                : Double.isInfinite(item) ? "∞" : String.format(Locale.ROOT, format, item);
        column.setCellFactory(TableCells.of(text, text));
        column.getStyleClass().add("number-column");
        return column;
    }
}
