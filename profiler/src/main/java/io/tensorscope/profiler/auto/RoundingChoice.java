package io.tensorscope.profiler.auto;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.experiment.ExperimentRunner;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses how many kept channels a channel-pruning step rounds to by measuring: the step is built once per rounding,
 * a rounding that gives the same model as a smaller one is not timed again, and the parent and the distinct variants
 * are timed in turn, {@link #REPEATS} rounds, so drift and warm-up hit them alike. The fastest variant wins; a variant slower than its parent is
 * rejected with that reason, and when every variant is, nothing is chosen.
 */
public final class RoundingChoice {

    /** The roundings tried by default: none, and the vector widths 8 and 16. */
    public static final List<Integer> ROUNDINGS = List.of(1, 8, 16);
    /** How each variant and its parent are timed: one thread, more runs than an experiment's, for sub-ms models. */
    public static final ProfileSettings TIMING = new ProfileSettings(1, 5, 50, OptimizationLevel.ALL);
    /** Rounds of timing every model in turn (odd, so the median is one of them). */
    public static final int REPEATS = 3;

    private RoundingChoice() {
    }

    /**
     * @param parent    the model pruned (not modified)
     * @param step      the pruning step, its {@code round} option ignored
     * @param dataset   sample inputs for the step, or null
     * @param roundings the roundings tried, ascending
     * @param registry  where the pass is found
     * @param progress  progress and cancellation
     * @return every rounding, in order
     * @throws TensorscopeException {@code BAD_ARGUMENT} when the step's pass takes no {@code round} option;
     *                              {@code CANCELLED}; what the pass or the profiler throws
     */
    public static List<RoundingVariant> measure(Model parent, PipelineStep step, String dataset,
                                                List<Integer> roundings, PassRegistry registry,
                                                ProgressListener progress) throws TensorscopeException {
        if (registry.find(step.pass()).options().stream().noneMatch(o -> o.name().equals("round"))) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, step.pass() + " takes no rounding of kept channels");
        }
        List<RoundingVariant> built = new ArrayList<>();
        List<Model> distinct = new ArrayList<>(List.of(parent));
        for (int round : roundings) {
            Map<String, String> options = new LinkedHashMap<>(step.options());
            options.put("round", Integer.toString(round));
            Model model = new PipelineRunner(registry).run(parent, new PipelineSpec(dataset,
                    List.of(new PipelineStep(step.pass(), options))), PassContext.of(progress)).model();
            RoundingVariant same = built.stream().filter(v -> v.timed() && v.model().proto().equals(model.proto()))
                    .findFirst().orElse(null);
            built.add(new RoundingVariant(round, model, same == null ? 0 : same.round(), Double.NaN, Double.NaN, null));
            if (same == null) {
                distinct.add(model);
            }
        }
        double[] millis = medianLatencies(distinct, new ScaledProgress(progress, 0.2, 1, "timing in turn"));
        List<RoundingVariant> variants = new ArrayList<>();
        for (RoundingVariant v : built) {
            if (!v.timed()) {
                variants.add(v);
                continue;
            }
            double mine = millis[distinct.indexOf(v.model())];
            double speedUp = millis[0] / mine;
            String rejection = speedUp < 1 ? String.format(Locale.ROOT, "slower than its parent (%.3f ms against "
                    + "%.3f ms)", mine, millis[0]) : null;
            variants.add(new RoundingVariant(v.round(), v.model(), 0, mine, speedUp, rejection));
        }
        return variants;
    }

    /**
     * @return each model's latency, ms: the median over {@link #REPEATS} rounds of its median, every round timing all
     * the models in turn, so drift and warm-up hit them alike
     */
    private static double[] medianLatencies(List<Model> models, ProgressListener progress) throws TensorscopeException {
        List<ModelAnalysis> analyses = new ArrayList<>();
        for (Model model : models) {
            analyses.add(ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE));
        }
        double[][] medians = new double[models.size()][REPEATS];
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            for (int i = 0; i < models.size(); i++) {
                progress.checkCancelled();
                progress.onProgress((repeat * models.size() + i) / (double) (REPEATS * models.size()),
                        "round " + (repeat + 1) + " of " + REPEATS);
                medians[i][repeat] = ExperimentRunner.profile(models.get(i), analyses.get(i), TIMING,
                        ProgressListener.NONE).latencyMillis().median();
            }
        }
        double[] latency = new double[models.size()];
        for (int i = 0; i < models.size(); i++) {
            double[] sorted = medians[i].clone();
            Arrays.sort(sorted);
            latency[i] = sorted[REPEATS / 2];
        }
        return latency;
    }

    /** @return the fastest variant not rejected, or null when every measured variant is slower than its parent */
    public static RoundingVariant chosen(List<RoundingVariant> variants) {
        return variants.stream().filter(v -> v.timed() && v.rejection() == null)
                .max(Comparator.comparingDouble(RoundingVariant::speedUp)).orElse(null);
    }
}
