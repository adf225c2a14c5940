package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.DataChooser;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Spinner;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.List;

/**
 * Editors of the generated property sheets: a list of choices for choice options, an editable list for data sets
 * (an id or a path), an editable spinner within the option's range for counts (ControlsFX's numeric field throws on
 * an empty text), ControlsFX's defaults otherwise.
 */
public final class SheetEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {

    private final DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        SheetItem sheetItem = (SheetItem) item;
        PropertyEditor<?> editor;
        if (!sheetItem.choices().isEmpty() && sheetItem.freeText()) {
            return new EditableChoiceEditor(sheetItem, sheetItem.choices());
        } else if (!sheetItem.choices().isEmpty()) {
            editor = Editors.createChoiceEditor(item, sheetItem.choices());
        } else if (item.getType() == Integer.class) {
            editor = new SpinnerEditor(sheetItem);
        } else {
            editor = defaults.call(item);
        }
        editor.getEditor().setId(sheetItem.id());
        return editor;
    }

    /**
     * A list of data set suggestions that also takes typed text or a path picked with Browse… (the user's own data);
     * the list carries the item's id, Browse… the id with {@value DataChooser#BROWSE_SUFFIX}.
     */
    private static final class EditableChoiceEditor extends AbstractPropertyEditor<String, DataChooser> {

        EditableChoiceEditor(SheetItem item, List<?> choices) {
            super(item, new DataChooser(item.id(), choices));
        }

        @Override
        protected ObservableValue<String> getObservableValue() {
            return getEditor().box().valueProperty();
        }

        @Override
        public void setValue(String value) {
            getEditor().box().setValue(value);
        }
    }

    /** An editable integer spinner within the item's range. */
    private static final class SpinnerEditor extends AbstractPropertyEditor<Integer, Spinner<Integer>> {

        SpinnerEditor(SheetItem item) {
            super(item, spinner(item));
        }

        private static Spinner<Integer> spinner(SheetItem item) {
            int step = item.max() - item.min() >= 1000 ? 100 : 1;
            Spinner<Integer> spinner = new Spinner<>(item.min(), item.max(), ((Number) item.getValue()).intValue(), step);
            spinner.setEditable(true);
            spinner.setMaxWidth(Double.MAX_VALUE);
            return spinner;
        }

        @Override
        protected ObservableValue<Integer> getObservableValue() {
            return getEditor().valueProperty();
        }

        @Override
        public void setValue(Integer value) {
            getEditor().getValueFactory().setValue(value);
        }
    }
}
