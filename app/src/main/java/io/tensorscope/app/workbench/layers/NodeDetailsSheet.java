package io.tensorscope.app.workbench.layers;

import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.profiler.report.HumanUnits;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** Read-only property sheet of the selected node: identity, tensors, shapes and cost. */
public final class NodeDetailsSheet extends PropertySheet {

    /** A read-only text property in a category. */
    private record Item(String category, String name, String value) implements PropertySheet.Item {

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return name + ": " + value;
        }

        @Override
        public Object getValue() {
            return value;
        }

        @Override
        public void setValue(Object ignored) {
            // read-only
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        @Override
        public boolean isEditable() {
            return false;
        }
    }

    /** An empty sheet; call {@link #show} with a node. */
    public NodeDetailsSheet() {
        setId("node-details");
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(Mode.CATEGORY);
    }

    /** Shows {@code node}, or nothing for null. */
    public void show(NodeCost node) {
        getItems().clear();
        if (node == null) {
            return;
        }
        getItems().addAll(
                new Item("Node", "Name", node.name()),
                new Item("Node", "Op type", node.opType()),
                new Item("Node", "Index", Integer.toString(node.index())),
                new Item("Tensors", "Inputs", String.join(", ", node.inputs())),
                new Item("Tensors", "Outputs", String.join(", ", node.outputs())),
                new Item("Tensors", "Output shapes", node.outputShapes().toString()),
                new Item("Cost", "FLOPs", node.costKnown() ? String.format(Locale.ROOT, "%,d", node.flops()) : "unknown"),
                new Item("Cost", "Params", String.format(Locale.ROOT, "%,d", node.params())),
                new Item("Cost", "Bytes read", node.costKnown() ? HumanUnits.bytes(node.bytesRead()) : "unknown"),
                new Item("Cost", "Bytes written", node.costKnown() ? HumanUnits.bytes(node.bytesWritten()) : "unknown"),
                new Item("Cost", "FLOP per byte", HumanUnits.intensity(node.arithmeticIntensity())));
    }
}
