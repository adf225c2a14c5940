package io.tensorscope.app.workbench.compress;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Spinner;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.Arrays;

/**
 * Editors of the Compress tab's property sheet: a list of choices for enums and data sets, an editable spinner for
 * counts (ControlsFX's numeric field throws on an empty text), ControlsFX's defaults otherwise.
 */
final class SheetEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {

    /** Largest count a spinner accepts. */
    private static final int MAX_COUNT = 100_000;

    private final DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        SheetItem sheetItem = (SheetItem) item;
        PropertyEditor<?> editor;
        if (!sheetItem.choices().isEmpty()) {
            editor = Editors.createChoiceEditor(item, sheetItem.choices());
        } else if (item.getType().isEnum()) {
            editor = Editors.createChoiceEditor(item, Arrays.asList(item.getType().getEnumConstants()));
        } else if (item.getType() == Integer.class) {
            editor = new SpinnerEditor(item);
        } else {
            editor = defaults.call(item);
        }
        editor.getEditor().setId(sheetItem.id());
        return editor;
    }

    /** An editable integer spinner, 0..{@value #MAX_COUNT}. */
    private static final class SpinnerEditor extends AbstractPropertyEditor<Integer, Spinner<Integer>> {

        SpinnerEditor(PropertySheet.Item item) {
            super(item, spinner(item));
        }

        private static Spinner<Integer> spinner(PropertySheet.Item item) {
            Spinner<Integer> spinner = new Spinner<>(0, MAX_COUNT, ((Number) item.getValue()).intValue(), 100);
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
