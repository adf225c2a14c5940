package io.tensorscope.app.workbench.summary;

import io.tensorscope.app.workbench.layers.LayersViewModel;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.Optional;

/** A read-only ControlsFX {@link PropertySheet} with the details of the selected node. */
public final class NodeDetailsView extends PropertySheet {

    /** Builds the sheet and follows the selection of {@code layers}. */
    public NodeDetailsView(LayersViewModel layers) {
        setId("node-details");
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(Mode.CATEGORY);
        layers.selectedIndexProperty().addListener((obs, old, index) -> {
            getItems().clear();
            layers.row(index.intValue()).ifPresent(row -> SummaryViewModel.nodeFacts(row.cost())
                    .forEach(fact -> getItems().add(new FactItem(fact))));
        });
    }

    /** Adapts a {@link Fact} to a read-only property sheet item. */
    private record FactItem(Fact fact) implements Item {
        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return fact.category();
        }

        @Override
        public String getName() {
            return fact.label();
        }

        @Override
        public String getDescription() {
            return fact.value();
        }

        @Override
        public Object getValue() {
            return fact.value();
        }

        @Override
        public void setValue(Object value) {
            throw new UnsupportedOperationException("node details are read-only");
        }

        @Override
        public Optional<ObservableValue<?>> getObservableValue() {
            return Optional.empty();
        }

        @Override
        public boolean isEditable() {
            return false;
        }
    }
}
