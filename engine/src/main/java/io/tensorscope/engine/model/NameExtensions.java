package io.tensorscope.engine.model;

import java.util.function.Predicate;

/**
 * Names that extend other names by {@code _suffix}, the way tools name what they add for a node or tensor (ONNX
 * Runtime's quantizer writes {@code X_quant} for node {@code X}, {@code W_quantized} and {@code W_scale} for weight
 * {@code W}).
 */
public final class NameExtensions {

    private NameExtensions() {
    }

    /**
     * @param name          the name that may extend another
     * @param known         which names count
     * @param suffixCounts  whether the rest after a cut ({@code quant_scales_mul}) makes an extension
     * @return the longest known name that {@code name} extends by {@code _suffix} (cut at an underscore, {@code name}
     * itself left out); null when none
     */
    public static String extended(String name, Predicate<String> known, Predicate<String> suffixCounts) {
        int cut = name.lastIndexOf('_');
        while (cut > 0) {
            String prefix = name.substring(0, cut);
            if (known.test(prefix) && suffixCounts.test(name.substring(cut + 1))) {
                return prefix;
            }
            cut = name.lastIndexOf('_', cut - 1);
        }
        return null;
    }
}
