package io.tensorscope.app.workbench.shared;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassOption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Levels as typed, e.g. {@code 0.25, 0.5, 0.75}: values of a pass's {@code sparsity} (the Sensitivity tab's, the
 * Compress tab's Auto search).
 */
public final class LevelsText {

    /** The option a pass's level sets (as in the headless analysis). */
    public static final String LEVEL = "sparsity";

    private LevelsText() {
    }

    /** @return the option {@code pass} takes its level from, if it has levels at all */
    public static Optional<PassOption> levelOption(Pass pass) {
        return pass.options().stream().filter(o -> o.name().equals(LEVEL)).findFirst();
    }

    /**
     * @param text levels separated by commas (or blanks)
     * @param pass the pass the levels are for
     * @return the levels in the order written; empty for a pass without levels, whatever the text
     * @throws TensorscopeException {@code BAD_ARGUMENT} in one line for no level, or one that is not a number in the
     *                              option's declared range
     */
    public static List<Double> parse(String text, Pass pass) throws TensorscopeException {
        Optional<PassOption> option = levelOption(pass);
        if (option.isEmpty()) {
            return List.of();
        }
        List<String> tokens = text == null ? List.of()
                : Arrays.stream(text.trim().split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
        if (tokens.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "levels: give at least one " + LEVEL
                    + " for " + pass.id() + ", e.g. 0.25, 0.5, 0.75");
        }
        List<Double> levels = new ArrayList<>();
        for (String token : tokens) {
            try {
                levels.add(((Number) option.get().parse(token)).doubleValue());
            } catch (TensorscopeException e) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "levels: " + e.getMessage());
            }
        }
        return List.copyOf(levels);
    }
}
