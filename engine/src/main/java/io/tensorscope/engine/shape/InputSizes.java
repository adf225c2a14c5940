package io.tensorscope.engine.shape;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sizes a user fixes for model inputs ({@code --input input_ids=1x128}). Inputs not named keep their
 * declared sizes; symbolic dimensions left open default to {@link #DEFAULT_BATCH} for the first
 * dimension and {@link #DEFAULT_SEQUENCE} for the others.
 */
public final class InputSizes {

    /** Batch size used for an unset symbolic first dimension. */
    public static final long DEFAULT_BATCH = 1;
    /** Size used for any other unset symbolic dimension (sequence length). */
    public static final long DEFAULT_SEQUENCE = 128;

    private static final InputSizes DEFAULTS = new InputSizes(Map.of());

    private final Map<String, long[]> byName;

    private InputSizes(Map<String, long[]> byName) {
        this.byName = byName;
    }

    /** @return sizes with nothing fixed: every symbolic dimension takes its default */
    public static InputSizes defaults() {
        return DEFAULTS;
    }

    /**
     * Parses {@code NAME=D1xD2...} specifications.
     *
     * @throws TensorscopeException {@link ErrorCode#BAD_ARGUMENT} on a malformed specification
     */
    public static InputSizes parse(List<String> specs) throws TensorscopeException {
        Map<String, long[]> map = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.lastIndexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw bad(spec);
            }
            String[] parts = spec.substring(eq + 1).split("[xX,]", -1);
            long[] dims = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    dims[i] = Long.parseLong(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw bad(spec);
                }
                if (dims[i] <= 0 || dims[i] > 1L << 31) {
                    throw new TensorscopeException(ErrorCode.BAD_ARGUMENT,
                            "input sizes " + spec + ": every size must be between 1 and 2^31");
                }
            }
            map.put(spec.substring(0, eq), dims);
        }
        return new InputSizes(Collections.unmodifiableMap(map));
    }

    private static TensorscopeException bad(String spec) {
        return new TensorscopeException(ErrorCode.BAD_ARGUMENT,
                "input sizes " + spec + ": expected NAME=D1xD2..., e.g. input_ids=1x128");
    }

    /** @return the sizes fixed for this input, if the user named it */
    public Optional<long[]> get(String inputName) {
        long[] dims = byName.get(inputName);
        return dims == null ? Optional.empty() : Optional.of(dims.clone());
    }

    /** @return the input names the user fixed, in the order given */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
