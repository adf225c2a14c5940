package io.tensorscope.profiler.auto;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.sensitivity.Sensitivity;
import io.tensorscope.profiler.sensitivity.SensitivityResult;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Chooses per-layer channel sparsity, and which nodes the quantization step keeps in float (mixed precision), inside
 * an accuracy budget — greedily, every candidate built from the original and measured for real:
 * <ol>
 *   <li>The first candidate prunes nothing: the extra steps alone (e.g. static int8), or the original.</li>
 *   <li>Mixed precision, when that first candidate is over the budget and an extra step declares
 *   {@code exclude-nodes}: its nodes are ranked by sensitivity (each quantized alone) and kept in float one at a time,
 *   most damaging first, until a candidate is within the budget.</li>
 *   <li>Pruning: from the per-layer {@code prune-channel} sensitivity, the layer whose next level is predicted to cost
 *   least is raised one level. A candidate within the budget and not slower than its parent (the allocation it was
 *   derived from; speed-ups over the original, timed in turn with each) becomes the allocation the search goes on
 *   from; one over the budget, or slower than its parent, freezes that layer at its level, with the reason kept.</li>
 * </ol>
 * It stops when no layer can be raised, the time budget ends, or the user cancels; every candidate is reported as it
 * is measured, and the fastest within the budget is the result, so the best model so far is never lost.
 */
public final class AutoPruning {

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
        PipelineStep precision = MixedPrecision.step(extraSteps, registry);
        SensitivityResult sensitivity = Sensitivity.run(model, Allocation.PRUNE_PASS, levels, dataset, plan, registry,
                new ScaledProgress(progress, 0, 0.3, "sensitivity"));
        CandidateMeter meter = new CandidateMeter(model, sensitivity.original().metricValue(),
                sensitivity.originalRecord(), levels, extraSteps,
                precision, dataset, plan, registry, budgetPoints);
        Search search = new Search(meter, onCandidate, progress, clock, deadline);
        Allocation current = Allocation.none(sensitivity.layers());
        AutoCandidate start = search.measure(current, null, "nothing pruned");
        AutoCandidate parent = start.accepted() ? start : null;
        if (!start.withinBudget() && precision != null && search.stopped() == null) {
            List<String> ranking = List.of();
            try {
                ranking = MixedPrecision.ranking(model, precision, dataset, plan, registry,
                        new ScaledProgress(progress, 0.3, 0.45, precision.pass() + " sensitivity"));
            } catch (TensorscopeException e) {
                search.endIfCancelled(e);
            }
            for (String node : ranking) {
                if (search.stopped() != null) {
                    break;
                }
                current = current.keepingFloat(node);
                AutoCandidate kept = search.measure(current, null, node + " kept in float");
                if (kept != null && kept.withinBudget()) {
                    parent = kept;
                    break;
                }
            }
        }
        Set<String> frozen = new HashSet<>();
        while (search.stopped() == null) {
            String layer = nextLayer(sensitivity, current.level(), frozen);
            if (layer == null) {
                break;
            }
            Allocation trial = current.raised(layer);
            AutoCandidate candidate = search.measure(trial, parent, layer + " at " + levels.get(trial.level().get(layer)));
            if (candidate == null) {
                break;
            }
            if (candidate.accepted()) {
                current = trial;
                parent = candidate;
            } else {
                frozen.add(layer);
            }
        }
        return search.result(sensitivity.originalRecord());
    }

    /** @return the layer to raise next: the one whose next level the sensitivity predicts costs least, or null */
    private static String nextLayer(SensitivityResult sensitivity, Map<String, Integer> level, Set<String> frozen) {
        return sensitivity.layers().stream()
                .filter(l -> !frozen.contains(l) && level.get(l) + 1 < sensitivity.levels().size())
                .min(Comparator.comparingDouble(l -> -sensitivity.of(l).get(level.get(l) + 1).deltaPoints()))
                .orElse(null);
    }
}
