package io.tensorscope.app.workbench.profile;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.shape.InputSizes;

import java.util.Arrays;
import java.util.List;

/**
 * The input-sizes field of the Profile view: {@code NAME=D1xD2…} specifications separated by spaces or
 * semicolons, as the command line's repeated {@code --input} options; blank means the defaults.
 */
final class InputSizesText {

    private InputSizesText() {
    }

    /** @return the specifications in {@code text}, e.g. {@code [input_ids=1x128, attention_mask=1x128]} */
    static List<String> specs(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.trim().split("[\\s;]+")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @return the sizes written in {@code text}
     * @throws TensorscopeException {@code BAD_ARGUMENT} with a one-line message when a specification is malformed
     */
    static InputSizes parse(String text) throws TensorscopeException {
        List<String> specs = specs(text);
        return specs.isEmpty() ? InputSizes.defaults() : InputSizes.parse(specs);
    }

    /** @return why {@code text} does not parse, in one line, or null when it does */
    static String error(String text) {
        try {
            parse(text);
            return null;
        } catch (TensorscopeException e) {
            return e.getMessage();
        }
    }
}
