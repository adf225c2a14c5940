package io.tensorscope.app.workbench.compress;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.List;
import java.util.Optional;

/**
 * One row of a generated property sheet (the Compress and Train tabs), backed by a view-model property.
 *
 * @param category    the group it is listed under
 * @param name        its label
 * @param description its tooltip
 * @param type        the value type ({@code Boolean}, {@code Integer}, {@code String} or an enum)
 * @param property    the view-model property edited
 * @param choices     the values offered, or empty for free input
 * @param freeText    whether text other than the choices may be typed (a data set id or a path)
 * @param min         smallest value of an {@code Integer}
 * @param max         largest value of an {@code Integer}
 * @param id          node id of its editor, for tests
 */
public record SheetItem(String category, String name, String description, Class<?> type, Property<?> property,
                 List<?> choices, boolean freeText, int min, int max, String id) implements PropertySheet.Item {

    public SheetItem {
        choices = List.copyOf(choices);
    }

    @Override
    public Class<?> getType() {
        return type;
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
        return description;
    }

    @Override
    public Object getValue() {
        return property.getValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setValue(Object value) {
        if (value != null) {
            ((Property<Object>) property).setValue(value);
        }
    }

    @Override
    public Optional<ObservableValue<?>> getObservableValue() {
        return Optional.of(property);
    }
}
