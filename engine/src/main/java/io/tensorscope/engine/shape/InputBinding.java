package io.tensorscope.engine.shape;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.TensorInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fixes the sizes of the graph inputs: sizes the user gave must match the declared rank and fixed
 * dimensions; a symbol takes the size first given to it (so {@code input_ids=2x16} also sizes
 * {@code attention_mask} when both use {@code batch_size × sequence_length}); symbols left open take the
 * {@link InputSizes} defaults. A symbol with no letter or digit in it ({@code ?}, as paddle2onnx writes every free
 * dimension) names nothing: each such dimension is sized on its own.
 */
final class InputBinding {

    private final Map<String, Long> symbols = new HashMap<>();
    private final Map<String, Shape> inputs = new LinkedHashMap<>();

    private InputBinding() {
    }

    /** @throws TensorscopeException {@code BAD_INPUT_SHAPE} naming the first contradiction */
    static InputBinding resolve(Model model, InputSizes sizes) throws TensorscopeException {
        InputBinding binding = new InputBinding();
        Map<String, TensorInfo> declared = new LinkedHashMap<>();
        model.inputs().forEach(i -> declared.put(i.name(), i));
        for (String name : sizes.names()) {
            TensorInfo input = declared.get(name);
            if (input == null) {
                throw bad("input sizes for " + name + ": the model has no input of that name (inputs: "
                        + String.join(", ", declared.keySet()) + ")");
            }
            binding.bindGiven(input, sizes.get(name).orElseThrow());
        }
        for (TensorInfo input : declared.values()) {
            if (!binding.inputs.containsKey(input.name())) {
                binding.inputs.put(input.name(), binding.defaulted(input.shape()));
            }
        }
        return binding;
    }

    /** @return the size of each graph input, in graph order for the defaulted ones */
    Map<String, Shape> inputs() {
        return inputs;
    }

    /** @return {@code declared} with its symbols resolved to the bound sizes (unbound ones stay unknown) */
    Shape resolveDeclared(Shape declared) {
        if (!declared.hasRank()) {
            return declared;
        }
        long[] dims = declared.dims();
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0 && named(declared, i) != null) {
                dims[i] = symbols.getOrDefault(named(declared, i), Shape.UNKNOWN);
            }
        }
        return Shape.of(dims);
    }

    private void bindGiven(TensorInfo input, long[] given) throws TensorscopeException {
        Shape declared = input.shape();
        String spec = "input sizes " + input.name() + "=" + Shape.of(given);
        if (declared.hasRank() && declared.rank() != given.length) {
            throw bad(spec + ": the model's " + input.name() + " has " + declared.rank() + " dimensions ("
                    + declared + "), not " + given.length);
        }
        for (int i = 0; declared.hasRank() && i < given.length; i++) {
            if (declared.dim(i) >= 0 && declared.dim(i) != given[i]) {
                throw bad(spec + ": dimension " + i + " of " + input.name() + " is fixed at " + declared.dim(i));
            }
            String symbol = named(declared, i);
            Long bound = symbol == null ? null : symbols.putIfAbsent(symbol, given[i]);
            if (bound != null && bound != given[i]) {
                throw bad(spec + ": " + symbol + " is already " + bound + " from another input's sizes");
            }
        }
        inputs.put(input.name(), Shape.of(given));
    }

    private Shape defaulted(Shape declared) {
        if (!declared.hasRank()) {
            return declared;
        }
        long[] dims = declared.dims();
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0) {
                long fallback = i == 0 ? InputSizes.DEFAULT_BATCH : InputSizes.DEFAULT_SEQUENCE;
                String symbol = named(declared, i);
                dims[i] = Optional.ofNullable(symbol).map(s -> symbols.computeIfAbsent(s, k -> fallback)).orElse(fallback);
            }
        }
        return Shape.of(dims);
    }

    /** @return dimension {@code i}'s symbol when it names a size shared by every use, else null */
    private static String named(Shape declared, int i) {
        String symbol = declared.symbol(i);
        return symbol == null || symbol.chars().noneMatch(Character::isLetterOrDigit) ? null : symbol;
    }

    private static TensorscopeException bad(String message) {
        return new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, message);
    }
}
