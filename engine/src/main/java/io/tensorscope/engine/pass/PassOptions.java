package io.tensorscope.engine.pass;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The option values of one pass run, checked against the pass's declarations: every declared option has a value
 * (its default unless given), no undeclared option is accepted. Immutable.
 */
public final class PassOptions {

    private final Map<String, PassOption> declared;
    private final Map<String, Object> values;

    private PassOptions(Map<String, PassOption> declared, Map<String, Object> values) {
        this.declared = declared;
        this.values = values;
    }

    /**
     * @param options the pass's declared options
     * @param given   option name → value as text; options not named keep their defaults
     * @throws TensorscopeException {@code BAD_ARGUMENT} for an undeclared name (listing the declared ones) or a bad value
     */
    public static PassOptions parse(String passId, List<PassOption> options, Map<String, String> given)
            throws TensorscopeException {
        Map<String, PassOption> declared = new LinkedHashMap<>();
        options.forEach(o -> declared.put(o.name(), o));
        Map<String, Object> values = new LinkedHashMap<>();
        options.forEach(o -> values.put(o.name(), o.defaultValue()));
        for (Map.Entry<String, String> e : given.entrySet()) {
            PassOption option = declared.get(e.getKey());
            if (option == null) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, passId + " has no option '" + e.getKey() + "'"
                        + (declared.isEmpty() ? "" : "; it takes " + String.join(", ", declared.keySet())));
            }
            values.put(option.name(), option.parse(e.getValue()));
        }
        return new PassOptions(Collections.unmodifiableMap(declared), Collections.unmodifiableMap(values));
    }

    /** @return the options of {@code pass} with every value at its default */
    public static PassOptions defaults(Pass pass) {
        try {
            return parse(pass.id(), pass.options(), Map.of());
        } catch (TensorscopeException e) {
            throw new IllegalStateException("defaults of " + pass.id() + " do not parse", e);
        }
    }

    /** @return the value of boolean option {@code name} */
    public boolean bool(String name) {
        return (Boolean) value(name);
    }

    /** @return the value of whole-number option {@code name} */
    public long integer(String name) {
        return ((Number) value(name)).longValue();
    }

    /** @return the value of real-number option {@code name} */
    public double number(String name) {
        return ((Number) value(name)).doubleValue();
    }

    /** @return the value of text or choice option {@code name} */
    public String text(String name) {
        return (String) value(name);
    }

    /** @return the value of list option {@code name} */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return (List<String>) value(name);
    }

    /** @return every option's value as text, in declaration order (what a pipeline spec stores) */
    public Map<String, String> asText() {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> declared.get(e.getKey()).format(e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    /** @return the options whose value differs from the default, as text, in declaration order */
    public Map<String, String> changedAsText() {
        Map<String, String> changed = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            PassOption option = declared.get(name);
            if (!value.equals(option.defaultValue())) {
                changed.put(name, option.format(value));
            }
        });
        return changed;
    }

    private Object value(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no option " + name + " declared");
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PassOptions o && values.equals(o.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return asText().toString();
    }
}
