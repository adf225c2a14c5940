package io.tensorscope.app.workbench.shared;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.engine.shape.InputSizes;

import java.util.Arrays;
import java.util.List;

/**
 * The input-sizes fields of the Profile and Layers views: {@code NAME=D1xD2…} specifications separated by spaces or
 * semicolons, as the command line's repeated {@code --input} options; blank means the defaults.
 */
public final class InputSizesText {

    private InputSizesText() {
    }

    /** @return the specifications in {@code text}, e.g. {@code [input_ids=1x128, attention_mask=1x128]} */
    public static List<String> specs(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.trim().split("[\\s;]+")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @return the sizes written in {@code text}
     * @throws TensorscopeException {@code BAD_ARGUMENT} with a one-line message when a specification is malformed
     */
    public static InputSizes parse(String text) throws TensorscopeException {
        List<String> specs = specs(text);
        return specs.isEmpty() ? InputSizes.defaults() : InputSizes.parse(specs);
    }

    /** @return why {@code text} does not parse, in one line, or null when it does */
    public static String error(String text) {
        try {
            parse(text);
            return null;
        } catch (TensorscopeException e) {
            return e.getMessage();
        }
    }

    /**
     * @param inputs a model's inputs as an analysis sized them
     * @return the specification of their sizes, e.g. {@code input_ids=1x128 attention_mask=1x128}; a scalar or an
     * input of unknown rank or size is left out
     */
    public static String of(List<TensorInfo> inputs) {
        return String.join(" ", inputs.stream().filter(i -> i.shape().isKnown() && i.shape().rank() > 0)
                .map(i -> i.name() + "=" + java.util.Arrays.stream(i.shape().dims()).mapToObj(Long::toString)
                        .collect(java.util.stream.Collectors.joining("x"))).toList());
    }
}
