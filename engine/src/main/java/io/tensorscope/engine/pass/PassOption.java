package io.tensorscope.engine.pass;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One option a pass declares: its name (kebab-case, as on the command line and in pipeline JSON), type, default,
 * allowed range or choices, unit and help. Command-line options, the workbench's property sheet and
 * {@code tensorscope passes} are generated from these declarations.
 *
 * @param name         kebab-case name, e.g. {@code per-channel}
 * @param kind         the value type
 * @param defaultValue default, of the kind's Java type ({@code Boolean}, {@code Long}, {@code Double}, {@code String},
 *                     {@code List<String>})
 * @param min          smallest allowed number (numbers only; null: unbounded)
 * @param max          largest allowed number (numbers only; null: unbounded)
 * @param choices      allowed values of a {@link Kind#CHOICE}, lower case
 * @param unit         unit of a number, e.g. {@code samples}; empty when none
 * @param help         one line for users
 */
public record PassOption(String name, Kind kind, Object defaultValue, Double min, Double max, List<String> choices,
                         String unit, String help) {

    /** Value types of options. */
    public enum Kind {
        /** true or false. */
        BOOLEAN,
        /** a whole number. */
        INTEGER,
        /** a real number. */
        NUMBER,
        /** one of {@link PassOption#choices()}. */
        CHOICE,
        /** free text (a data set id or path, a node name). */
        TEXT,
        /** a list of names, comma-separated in text form. */
        LIST;

        /** @return lower-case name, as in {@code tensorscope passes --json} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PassOption {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        choices = List.copyOf(choices);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(help);
    }

    /** @return a boolean option */
    public static PassOption bool(String name, boolean defaultValue, String help) {
        return new PassOption(name, Kind.BOOLEAN, defaultValue, null, null, List.of(), "", help);
    }

    /** @return a whole-number option in {@code min..max} */
    public static PassOption integer(String name, long defaultValue, long min, long max, String unit, String help) {
        return new PassOption(name, Kind.INTEGER, defaultValue, (double) min, (double) max, List.of(), unit, help);
    }

    /** @return a real-number option in {@code min..max} */
    public static PassOption number(String name, double defaultValue, double min, double max, String unit, String help) {
        return new PassOption(name, Kind.NUMBER, defaultValue, min, max, List.of(), unit, help);
    }

    /** @return an option with a fixed set of lower-case values */
    public static PassOption choice(String name, String defaultValue, List<String> choices, String help) {
        return new PassOption(name, Kind.CHOICE, defaultValue, null, null, choices, "", help);
    }

    /** @return a free-text option */
    public static PassOption text(String name, String defaultValue, String help) {
        return new PassOption(name, Kind.TEXT, defaultValue, null, null, List.of(), "", help);
    }

    /** @return a list-of-names option, empty by default */
    public static PassOption list(String name, String help) {
        return new PassOption(name, Kind.LIST, List.of(), null, null, List.of(), "", help);
    }

    /**
     * @param text the value as typed (command line, pipeline JSON, property sheet)
     * @return the value in this option's Java type, checked against its range or choices
     * @throws TensorscopeException {@code BAD_ARGUMENT} naming the option and what it accepts
     */
    public Object parse(String text) throws TensorscopeException {
        String value = text.trim();
        switch (kind) {
            case BOOLEAN -> {
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    return Boolean.parseBoolean(value);
                }
                throw invalid(text, "true or false");
            }
            case INTEGER -> {
                try {
                    return checkRange(Long.parseLong(value), text);
                } catch (NumberFormatException e) {
                    throw invalid(text, "a whole number " + range());
                }
            }
            case NUMBER -> {
                try {
                    double d = Double.parseDouble(value);
                    if (Double.isNaN(d)) {
                        throw invalid(text, "a number " + range());
                    }
                    return checkRange(d, text);
                } catch (NumberFormatException e) {
                    throw invalid(text, "a number " + range());
                }
            }
            case CHOICE -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (choices.contains(lower)) {
                    return lower;
                }
                throw invalid(text, "one of " + String.join(", ", choices));
            }
            case LIST -> {
                return value.isEmpty() ? List.of()
                        : Arrays.stream(value.split("[,|]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            }
            default -> {
                return value;
            }
        }
    }

    /** @return {@code value} (of this option's Java type) as text that {@link #parse} reads back to the same value */
    public String format(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** @return the allowed range or choices in words, e.g. {@code 1..100000 samples}; empty when unconstrained */
    public String constraint() {
        return switch (kind) {
            case INTEGER, NUMBER -> range();
            case CHOICE -> String.join("|", choices);
            default -> "";
        };
    }

    private <T extends Number> T checkRange(T number, String text) throws TensorscopeException {
        double d = number.doubleValue();
        if ((min != null && d < min) || (max != null && d > max)) {
            throw invalid(text, kind == Kind.INTEGER ? "a whole number " + range() : "a number " + range());
        }
        return number;
    }

    private String range() {
        String low = min == null ? "" : number(min);
        String high = max == null ? "" : number(max);
        String range = min == null && max == null ? "" : "in " + low + ".." + high;
        return unit.isEmpty() || range.isEmpty() ? range : range + " " + unit;
    }

    private String number(double d) {
        return kind == Kind.INTEGER || d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private TensorscopeException invalid(String text, String accepted) {
        return new TensorscopeException(ErrorCode.BAD_ARGUMENT, "option " + name + " takes " + accepted + ", not '"
                + text + "'");
    }
}
