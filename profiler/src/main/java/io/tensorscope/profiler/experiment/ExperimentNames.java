package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.quantize.Exclusions;
import io.tensorscope.engine.quantize.QuantizationMode;
import io.tensorscope.engine.quantize.QuantizationSettings;
import java.util.Locale;
import java.util.TreeSet;

/** Names experiments after their settings, for tables, charts and reports. */
public final class ExperimentNames {

    private ExperimentNames() {
    }

    /** @return the pass's name: {@code dynamic int8}, {@code static int8} or {@code fp16} */
    public static String pass(QuantizationMode mode) {
        return switch (mode) {
            case DYNAMIC -> "dynamic int8";
            case STATIC -> "static int8";
            case FP16 -> "fp16";
        };
    }

    /** @return a short name, e.g. {@code static int8 minmax} or {@code dynamic int8} */
    public static String shortName(QuantizationSettings settings) {
        return settings.mode() == QuantizationMode.STATIC
                ? pass(settings.mode()) + " " + settings.calibration().name().toLowerCase(Locale.ROOT)
                : pass(settings.mode());
    }

    /**
     * @return every option that matters for the pass, e.g. {@code static int8, per-channel, MINMAX calibration on
     * mnist (200 samples), 2 nodes kept in float}
     */
    public static String describe(QuantizationSettings settings) {
        StringBuilder text = new StringBuilder(pass(settings.mode()));
        if (settings.mode() != QuantizationMode.FP16) {
            text.append(settings.perChannel() ? ", per-channel" : ", per-tensor");
        }
        if (settings.mode() == QuantizationMode.STATIC) {
            text.append(String.format(Locale.ROOT, ", %s calibration on %s (%,d samples)", settings.calibration(),
                    settings.dataset(), settings.calibrationSamples()));
        }
        Exclusions excluded = settings.exclusions();
        if (!excluded.nodeNames().isEmpty()) {
            text.append(", keeps ").append(String.join(" ", new TreeSet<>(excluded.nodeNames()))).append(" in float");
        }
        if (!excluded.opTypes().isEmpty()) {
            text.append(", keeps every ").append(String.join(" ", new TreeSet<>(excluded.opTypes()))).append(" in float");
        }
        return text.toString();
    }
}
