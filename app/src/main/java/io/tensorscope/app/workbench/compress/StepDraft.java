package io.tensorscope.app.workbench.compress;

import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PipelineStep;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One step of the pipeline being edited: a pass and one property per option it declares, holding the value the
 * property sheet edits ({@code Boolean}, {@code Integer}, {@code Double}, or {@code String} for choices, text and
 * lists), starting at the option's default.
 */
public final class StepDraft {

    private final Pass pass;
    private final Map<PassOption, Property<Object>> values = new LinkedHashMap<>();
    private final StringBinding label;

    /** @param pass the step's pass; every option starts at its default */
    public StepDraft(Pass pass) {
        this.pass = pass;
        for (PassOption option : pass.options()) {
            values.put(option, new SimpleObjectProperty<>(editable(option, option.defaultValue())));
        }
        label = Bindings.createStringBinding(this::describe, values.values().toArray(Property[]::new));
    }

    /** @return the pass */
    public Pass pass() {
        return pass;
    }

    /** @return each declared option with the property holding its value, in declaration order */
    public Map<PassOption, Property<Object>> values() {
        return values;
    }

    /** @return the value of option {@code name} as the sheet holds it */
    public Object value(String name) {
        return values.entrySet().stream().filter(e -> e.getKey().name().equals(name)).findFirst().orElseThrow()
                .getValue().getValue();
    }

    /** Sets option {@code name} (in the sheet's type: {@code Boolean}, {@code Integer}, {@code Double}, {@code String}). */
    public void set(String name, Object value) {
        values.entrySet().stream().filter(e -> e.getKey().name().equals(name)).findFirst().orElseThrow()
                .getValue().setValue(value);
    }

    /** @return the step as a pipeline step: the options whose value differs from the default, as text */
    public PipelineStep step() {
        Map<String, String> given = new LinkedHashMap<>();
        values.forEach((option, value) -> {
            String text = text(option, value.getValue());
            if (!text.equals(option.format(option.defaultValue()))) {
                given.put(option.name(), text);
            }
        });
        return new PipelineStep(pass.id(), given);
    }

    /** @return e.g. {@code Static int8 · calibration entropy, samples 200}, following every change */
    public StringBinding labelBinding() {
        return label;
    }

    private String describe() {
        Map<String, String> changed = step().options();
        if (changed.isEmpty()) {
            return pass.displayName();
        }
        return pass.displayName() + " · " + changed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** @return {@code value} in the sheet's type for {@code option} */
    private static Object editable(PassOption option, Object value) {
        return switch (option.kind()) {
            case INTEGER -> ((Number) value).intValue();
            case NUMBER -> ((Number) value).doubleValue();
            case LIST -> String.join(", ", ((List<?>) value).stream().map(String::valueOf).toList());
            default -> value;
        };
    }

    /** @return the sheet's value as the option's text form (lists: names separated by commas, spaces or semicolons) */
    private static String text(PassOption option, Object value) {
        if (option.kind() == PassOption.Kind.LIST) {
            return Arrays.stream(String.valueOf(value).split("[,;\\s]+")).filter(s -> !s.isBlank())
                    .collect(Collectors.joining(","));
        }
        if (option.kind() == PassOption.Kind.CHOICE) {
            return String.valueOf(value).toLowerCase(Locale.ROOT);
        }
        return value == null ? "" : String.valueOf(value);
    }

    @Override
    public String toString() {
        return label.get();
    }
}
