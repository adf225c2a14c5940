package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.evaluate.DatasetEvaluator;
import io.tensorscope.engine.evaluate.EvaluationScope;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.profiler.auto.AutoCandidate;
import io.tensorscope.profiler.auto.AutoPruning;
import io.tensorscope.profiler.auto.AutoResult;
import io.tensorscope.profiler.experiment.ExperimentNames;
import io.tensorscope.profiler.experiment.ExperimentPlan;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One press of Auto on the Compress tab, captured on the UI thread. {@link #execute} is the background work: the
 * greedy per-layer channel-sparsity search ({@link AutoPruning}, which measures the original itself), every candidate
 * handed over as a row as soon as it is measured.
 *
 * @param loaded       the model shown when Auto was pressed
 * @param budgetPoints largest score drop allowed, percentage points, ≥ 0
 * @param budgetMillis time budget, ms
 * @param levels       sparsity levels a layer may take
 * @param then         the steps run after the pruning in every candidate, with their calibration data (may be none)
 * @param plan         how every candidate is timed and scored
 * @param registry     where the passes are found
 * @param namer        makes an experiment's name unique among the model's experiments
 * @param original     the original's row from an earlier run or search, or null
 */
record AutoSearch(LoadedModel loaded, double budgetPoints, long budgetMillis, List<Double> levels, PipelineSpec then,
                  ExperimentPlan plan, PassRegistry registry, UnaryOperator<String> namer, CompressExperiment original) {

    AutoSearch {
        levels = List.copyOf(levels);
    }

    /**
     * Runs on a background thread; touches no JavaFX state.
     *
     * @param found told of every candidate's row, on this thread, as soon as it is measured
     * @return what the search found (cancelling ends it normally, with what was found)
     */
    AutoResult execute(Consumer<AutoRow> found, ProgressListener progress) throws TensorscopeException {
        plan.validate();
        EvaluationScope scope = DatasetEvaluator.scope(loaded.model(), plan.dataset(), plan.samples());
        String thenName = then.steps().isEmpty() ? "" : ExperimentNames.shortName(then, registry);
        CompressExperiment[] parent = {original != null && original.plan().sameEvaluationAs(plan) ? original : null};
        return AutoPruning.run(loaded.model(), budgetPoints, budgetMillis, levels, then.steps(), then.dataset(), plan,
                registry, System::currentTimeMillis, candidate -> {
                    CompressExperiment placed = parent[0] == null ? originalRow(candidate, scope) : null;
                    if (placed != null) {
                        parent[0] = placed;
                    }
                    CompressExperiment row = AutoExperiments.candidate(candidate, namer.apply(AutoText.name(candidate)),
                            AutoText.settings(candidate, thenName), parent[0].record().id(), plan, scope);
                    found.accept(new AutoRow(placed, row, candidate));
                }, progress);
    }

    /** @return the cached original rescored as the search scored it (other samples), else one of the search's figures */
    private CompressExperiment originalRow(AutoCandidate first, EvaluationScope scope) {
        return original != null ? original.rescored(scope.scored(AutoExperiments.originalScore(first)), plan)
                : AutoExperiments.original(first, loaded.model(), plan, scope);
    }
}
