package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineSpec.ResolvedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names experiments after their pipeline, for tables, charts and reports, from the passes' declared options (no
 * pass is named here).
 */
public final class ExperimentNames {

    private ExperimentNames() {
    }

    /**
     * @return a short name: each step's display name in lower case with its choice options' values, joined by
     * {@code +}, e.g. {@code static int8 minmax} or {@code static int8 entropy + fp16}
     */
    public static String shortName(PipelineSpec spec, PassRegistry registry) throws TensorscopeException {
        List<String> names = new ArrayList<>();
        for (ResolvedStep step : spec.resolve(registry)) {
            StringBuilder name = new StringBuilder(step.pass().displayName().toLowerCase(Locale.ROOT));
            step.pass().options().stream().filter(o -> o.kind() == PassOption.Kind.CHOICE)
                    .forEach(o -> name.append(' ').append(step.options().text(o.name())));
            names.add(name.toString());
        }
        return String.join(" + ", names);
    }

    /**
     * @return every option of every step in words, then the data set when a step reads one, e.g. {@code static int8:
     * per-channel, calibration minmax, 200 samples, keeps dense_1 in float; data mnist}
     */
    public static String describe(PipelineSpec spec, PassRegistry registry) throws TensorscopeException {
        List<String> steps = new ArrayList<>();
        boolean needsData = false;
        for (ResolvedStep step : spec.resolve(registry)) {
            needsData |= step.pass().needsData();
            List<String> options = new ArrayList<>();
            for (PassOption option : step.pass().options()) {
                String words = words(option, step);
                if (!words.isEmpty()) {
                    options.add(words);
                }
            }
            String name = step.pass().displayName().toLowerCase(Locale.ROOT);
            steps.add(options.isEmpty() ? name : name + ": " + String.join(", ", options));
        }
        String text = String.join(" → ", steps);
        return needsData && spec.dataset() != null ? text + "; data " + spec.dataset() : text;
    }

    private static String words(PassOption option, ResolvedStep step) {
        return switch (option.kind()) {
            case BOOLEAN -> step.options().bool(option.name()) ? option.name() : "no " + option.name();
            case INTEGER -> step.options().integer(option.name()) + (option.unit().isEmpty() ? " " + option.name()
                    : " " + option.unit());
            case NUMBER -> option.name() + " " + step.options().number(option.name()) + (option.unit().isEmpty() ? ""
                    : " " + option.unit());
            case CHOICE -> option.name() + " " + step.options().text(option.name());
            case TEXT -> step.options().text(option.name()).isEmpty() ? "" : option.name() + " "
                    + step.options().text(option.name());
            case LIST -> step.options().list(option.name()).isEmpty() ? "" : option.name() + " "
                    + String.join(" ", step.options().list(option.name()));
        };
    }
}
