package io.tensorscope.app.workbench.layers;

import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.profiler.report.HumanUnits;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The layer table: one row per node (long names keep their tail, which names the layer and op), sortable by every column (numbers sort as numbers, unknown costs
 * last), virtualized so 10,000+ rows scroll smoothly.
 */
public final class LayerTable extends TableView<NodeCost> {

    /** @param rows the (filtered) nodes to show */
    public LayerTable(FilteredList<NodeCost> rows) {
        SortedList<NodeCost> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setId("layer-table");
        TableColumn<NodeCost, NodeCost> name = text("Name", NodeCost::name, 190, Comparator.comparing(NodeCost::name));
        name.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(NodeCost item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            }
        });
        getColumns().add(name);
        getColumns().add(text("Op", NodeCost::opType, 95, Comparator.comparing(NodeCost::opType)));
        getColumns().add(text("Output shape", n -> n.outputShapes().isEmpty() ? "" : n.outputShapes().get(0).toString(),
                85, Comparator.comparing(n -> n.outputShapes().isEmpty() ? "" : n.outputShapes().get(0).toString())));
        getColumns().add(number("Params", n -> HumanUnits.count(n.params()), NodeCost::params, 62));
        getColumns().add(number("FLOPs", n -> n.costKnown() ? HumanUnits.count(n.flops()) : "unknown",
                n -> n.costKnown() ? n.flops() : Double.NEGATIVE_INFINITY, 68));
        getColumns().add(number("Bytes", n -> n.costKnown() ? HumanUnits.bytes(n.bytesMoved()) : "unknown",
                n -> n.costKnown() ? n.bytesMoved() : Double.NEGATIVE_INFINITY, 72));
        getColumns().add(number("FLOP/B", n -> HumanUnits.intensity(n.arithmeticIntensity()),
                n -> n.costKnown() ? n.arithmeticIntensity() : Double.NEGATIVE_INFINITY, 58));
        setPlaceholder(new javafx.scene.control.Label("No model open"));
    }

    /** Selects and shows the row of graph node {@code index}, or clears the selection for -1 or a filtered-out node. */
    public void selectNode(int index) {
        for (int row = 0; row < getItems().size(); row++) {
            if (getItems().get(row).index() == index) {
                if (getSelectionModel().getSelectedIndex() != row) {
                    getSelectionModel().clearAndSelect(row);
                    scrollTo(Math.max(0, row - 5));
                }
                return;
            }
        }
        getSelectionModel().clearSelection();
    }

    private static TableColumn<NodeCost, NodeCost> text(String title, Function<NodeCost, String> value, double width,
            Comparator<NodeCost> order) {
        return column(title, value, width, order, Pos.CENTER_LEFT);
    }

    private static TableColumn<NodeCost, NodeCost> number(String title, Function<NodeCost, String> value,
            ToDoubleFunction<NodeCost> key, double width) {
        return column(title, value, width, Comparator.comparingDouble(key), Pos.CENTER_RIGHT);
    }

    /** The cell value is the row's node itself, so sorting compares nodes ("37.7 M" above "590 k"), not strings. */
    private static TableColumn<NodeCost, NodeCost> column(String title, Function<NodeCost, String> value, double width,
            Comparator<NodeCost> order, Pos alignment) {
        TableColumn<NodeCost, NodeCost> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator(order);
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(NodeCost item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : value.apply(item));
                setAlignment(alignment);
            }
        });
        return c;
    }
}
