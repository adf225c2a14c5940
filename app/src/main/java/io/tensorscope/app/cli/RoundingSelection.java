package io.tensorscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.auto.RoundingChoice;
import io.tensorscope.profiler.auto.RoundingVariant;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code prune --method channel --round auto}: every rounding of the kept channels built and timed against the
 * original ({@link RoundingChoice}), the table printed, the fastest chosen; when every rounding is slower than the
 * original, the command ends with exit 2 and nothing written.
 */
final class RoundingSelection {

    private final List<RoundingVariant> variants;
    private final RoundingVariant chosen;

    private RoundingSelection(List<RoundingVariant> variants, RoundingVariant chosen) {
        this.variants = variants;
        this.chosen = chosen;
    }

    /**
     * @return the roundings measured and the one chosen
     * @throws TensorscopeException {@code BAD_ARGUMENT} when every rounding is slower than the original; what the
     *                              pass or the profiler throws
     */
    static RoundingSelection choose(String modelArgument, PipelineStep step, String dataset, PassRegistry registry,
                                    PrintWriter out) throws TensorscopeException {
        Model model = new ModelSource().open(modelArgument, ProgressListener.NONE);
        List<RoundingVariant> variants;
        try (ConsoleProgress progress = ConsoleProgress.start(model.name() + " rounding")) {
            variants = RoundingChoice.measure(model, step, dataset, RoundingChoice.ROUNDINGS, registry, progress);
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        RoundingVariant chosen = RoundingChoice.chosen(variants);
        out.println("rounding of kept channels, the original and each variant timed in turn (1 thread, "
                + RoundingChoice.REPEATS + " rounds of " + RoundingChoice.TIMING.runs() + " runs, median):");
        for (RoundingVariant v : variants) {
            out.println(v.timed() ? String.format(Locale.ROOT, "  round %-3d %9.3f ms  %5.2fx  %s", v.round(),
                    v.latencyMs(), v.speedUp(), v == chosen ? "chosen (fastest)" : v.rejection() != null
                            ? "rejected: " + v.rejection() : "")
                    : String.format(Locale.ROOT, "  round %-3d same model as round %d", v.round(), v.sameAs()));
        }
        out.flush();
        if (chosen == null) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "every rounding of the kept channels ran slower than "
                    + "the original; nothing written");
        }
        return new RoundingSelection(variants, chosen);
    }

    /** @return the rounding chosen */
    int round() {
        return chosen.round();
    }

    /** @return every rounding as JSON: round, same_as, latency_ms, speedup, rejection, chosen */
    ArrayNode json() {
        ArrayNode rows = new ObjectMapper().createArrayNode();
        for (RoundingVariant v : variants) {
            var row = rows.addObject().put("round", v.round()).put("chosen", v == chosen);
            if (v.timed()) {
                row.put("latency_ms", v.latencyMs()).put("speedup", v.speedUp()).put("rejection", v.rejection());
            } else {
                row.put("same_as", v.sameAs());
            }
        }
        return rows;
    }
}
