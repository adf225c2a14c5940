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
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentRunner;
import io.tensorscope.profiler.experiment.MeasuredModel;
import io.tensorscope.profiler.sensitivity.Sensitivity;
import io.tensorscope.profiler.sensitivity.SensitivityPoint;
import io.tensorscope.profiler.sensitivity.SensitivityResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Chooses per-layer channel sparsity inside an accuracy budget, greedily from the sensitivity ranking: starting from
 * nothing pruned, it tries raising one layer to its next level — the layer whose sensitivity predicts the smallest
 * score drop first — builds that allocation (one {@code prune-channel} step per layer, then the extra steps, e.g.
 * static int8), and measures it for real. A candidate within the budget becomes the current allocation; one outside
 * it freezes that layer at its level. It stops when no layer can be raised, the time budget ends, or the user
 * cancels; every candidate is reported as it is measured, and the fastest within the budget is the result, so the
 * best model so far is never lost. The first candidate prunes nothing (the extra steps alone, or the original).
 */
public final class AutoPruning {

    private static final String PASS = "prune-channel";
    /** Rounding slack on the budget, points: a drop of exactly the budget is within it. */
    private static final double BUDGET_TOLERANCE_POINTS = 1e-9;

    private AutoPruning() {
    }

    /**
     * @param model        the model (not modified)
     * @param budgetPoints largest score drop allowed, percentage points, ≥ 0
     * @param budgetMillis time budget, ms (the search stops trying new candidates after it)
     * @param levels       sparsity levels each layer may take, ascending
     * @param extraSteps   steps run after the pruning in every candidate (e.g. {@code static-int8})
     * @param dataset      calibration data for the extra steps, or null
     * @param plan         how candidates are timed and scored
     * @param registry     where passes are found
     * @param clock        milliseconds now (System::currentTimeMillis; tests pass their own)
     * @param onCandidate  told of every candidate as soon as it is measured (e.g. to write the best one)
     * @param progress     progress and cancellation; cancelling ends the search with what was found
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a negative budget or levels outside the pass's range;
     *                              what the passes or the measurements throw
     */
    public static AutoResult run(Model model, double budgetPoints, long budgetMillis, List<Double> levels,
                                 List<PipelineStep> extraSteps, String dataset, ExperimentPlan plan,
                                 PassRegistry registry, LongSupplier clock, Consumer<AutoCandidate> onCandidate,
                                 ProgressListener progress) throws TensorscopeException {
        if (budgetPoints < 0 || Double.isNaN(budgetPoints)) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "the accuracy budget must be 0 points or more, not "
                    + budgetPoints);
        }
        long deadline = clock.getAsLong() + budgetMillis;
        if (!extraSteps.isEmpty()) {
            new PipelineSpec(dataset, extraSteps).resolve(registry);
        }
        SensitivityResult sensitivity = Sensitivity.run(model, PASS, levels, dataset, plan, registry,
                new ScaledProgress(progress, 0, 0.3, "sensitivity"));
        Original original = new Original(ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE),
                sensitivity.original().metricValue());
        Map<String, Integer> level = new LinkedHashMap<>();
        sensitivity.layers().forEach(l -> level.put(l, -1));
        Set<String> frozen = new HashSet<>();
        List<AutoCandidate> candidates = new ArrayList<>();
        AutoCandidate start = measure(1, model, original, level, levels, extraSteps, dataset, plan, registry,
                budgetPoints);
        candidates.add(start);
        onCandidate.accept(start);
        AutoCandidate best = start.withinBudget() ? start : null;
        String stopped = "done";
        while (true) {
            String layer = nextLayer(sensitivity, level, frozen);
            if (layer == null) {
                break;
            }
            if (progress.isCancelled()) {
                stopped = "cancelled";
                break;
            }
            if (clock.getAsLong() > deadline) {
                stopped = "time budget";
                break;
            }
            Map<String, Integer> trial = new LinkedHashMap<>(level);
            trial.put(layer, level.get(layer) + 1);
            progress.onProgress(0.3 + 0.7 * candidates.size() / (double) (candidates.size() + 4),
                    "candidate " + (candidates.size() + 1) + ": " + layer + " at " + levels.get(trial.get(layer)));
            AutoCandidate candidate;
            try {
                candidate = measure(candidates.size() + 1, model, original, trial, levels, extraSteps, dataset, plan,
                        registry, budgetPoints);
            } catch (TensorscopeException e) {
                if (e.code() == ErrorCode.CANCELLED) {
                    stopped = "cancelled";
                    break;
                }
                throw e;
            }
            candidates.add(candidate);
            onCandidate.accept(candidate);
            if (candidate.withinBudget()) {
                level.put(layer, trial.get(layer));
                if (best == null || candidate.speedUp() > best.speedUp()) {
                    best = candidate;
                }
            } else {
                frozen.add(layer);
            }
        }
        progress.onProgress(1, "searched " + candidates.size() + " candidates (" + stopped + ")");
        return new AutoResult(best, candidates, stopped);
    }

    /** @return the layer to raise next: the one whose next level the sensitivity predicts costs least, or null */
    private static String nextLayer(SensitivityResult sensitivity, Map<String, Integer> level, Set<String> frozen) {
        return sensitivity.layers().stream()
                .filter(l -> !frozen.contains(l) && level.get(l) + 1 < sensitivity.levels().size())
                .min(Comparator.comparingDouble(l -> -predicted(sensitivity, l, level.get(l) + 1).deltaPoints()))
                .orElse(null);
    }

    private static SensitivityPoint predicted(SensitivityResult sensitivity, String layer, int levelIndex) {
        return sensitivity.of(layer).get(levelIndex);
    }

    /** The original as the candidates are compared with it: its analysis (to time it again) and its score. */
    private record Original(ModelAnalysis analysis, double metricValue) {
    }

    private static AutoCandidate measure(int number, Model model, Original original, Map<String, Integer> level,
                                         List<Double> levels, List<PipelineStep> extraSteps, String dataset,
                                         ExperimentPlan plan, PassRegistry registry, double budgetPoints)
            throws TensorscopeException {
        List<PipelineStep> steps = new ArrayList<>();
        Map<String, Double> sparsity = new LinkedHashMap<>();
        level.forEach((layer, index) -> {
            if (index >= 0) {
                double s = levels.get(index);
                sparsity.put(layer, s);
                steps.add(new PipelineStep(PASS, Map.of("layers", layer, "sparsity", String.format(Locale.ROOT, "%s", s))));
            }
        });
        steps.addAll(extraSteps);
        PipelineSpec spec = new PipelineSpec(dataset, steps);
        Model candidate = steps.isEmpty() ? model
                : new PipelineRunner(registry).run(model, spec, PassContext.of(ProgressListener.NONE)).model();
        MeasuredModel measured = ExperimentRunner.measure(candidate, null, model, plan, ProgressListener.NONE);
        double originalMillis = ExperimentRunner.profile(model, original.analysis(), plan.profile(), ProgressListener.NONE)
                .latencyMillis().median();
        double delta = 100 * (measured.evaluation().value() - original.metricValue());
        double millis = measured.profile().latencyMillis().median();
        return new AutoCandidate(number, sparsity, spec, candidate, measured.evaluation().value(), delta, millis,
                originalMillis / millis, -delta <= budgetPoints + BUDGET_TOLERANCE_POINTS);
    }
}
