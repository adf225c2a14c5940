package io.tensorscope.profiler.sensitivity;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentRecords;
import io.tensorscope.profiler.experiment.ExperimentRunner;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.MeasuredModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-layer sensitivity of a pass: the pass applied to one layer at a time, at each level, every variant timed and
 * scored like the original under one {@link ExperimentPlan}; each variant's speed-up is over the original timed again
 * right after it (in turn, so drift and warm-up hit both alike). Which layers a pass can change comes from a run on the
 * whole model (its report's changed nodes), kept when the pass applied to that layer alone changes it; one layer is
 * chosen through the pass's declared options — {@code layers}
 * when it has one (pruning), else {@code exclude-nodes} set to every other layer (quantization) — and the level is
 * its {@code sparsity} option when it declares one. No pass is named here.
 */
public final class Sensitivity {

    /** Option that restricts a pass to some layers. */
    static final String LAYERS = "layers";
    /** Option that keeps nodes out of a pass. */
    static final String EXCLUDE = "exclude-nodes";
    /** Option that sets a pass's level. */
    static final String LEVEL = "sparsity";

    private Sensitivity() {
    }

    /**
     * @param model    the model (not modified)
     * @param passId   the pass
     * @param levels   levels to try (values of the pass's {@code sparsity}); ignored for a pass without levels
     * @param dataset  calibration data for passes that need it, or null
     * @param plan     how every variant is timed and scored (a fixed evaluation subset)
     * @param registry where the pass is found
     * @param progress progress and cancellation
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a pass that cannot be applied per layer, levels out of
     *                              the pass's range, or a model the pass changes nothing in
     */
    public static SensitivityResult run(Model model, String passId, List<Double> levels, String dataset,
                                        ExperimentPlan plan, PassRegistry registry, ProgressListener progress)
            throws TensorscopeException {
        plan.validate();
        Pass pass = registry.find(passId);
        boolean leveled = declares(pass, LEVEL);
        if (!declares(pass, LAYERS) && !declares(pass, EXCLUDE)) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, passId + " cannot be applied to one layer at a time");
        }
        if (leveled && levels.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "give at least one level for " + passId);
        }
        List<Double> tried = leveled ? List.copyOf(levels) : List.of(Double.NaN);
        for (double level : tried) {
            if (leveled) {
                PassOptions.parse(passId, pass.options(), Map.of(LEVEL, format(level)));
            }
        }
        PassContext context = PassContext.of(ProgressListener.NONE).withDataset(dataset);
        List<String> candidates = layers(model, pass, leveled ? tried.get(tried.size() - 1) : Double.NaN, context);
        List<String> layers = new ArrayList<>();
        for (String layer : candidates) {
            progress.checkCancelled();
            PassResult alone = pass.apply(model, PassOptions.parse(passId, pass.options(), oneLayer(pass, layer,
                    candidates, leveled, tried.get(tried.size() - 1))), context);
            if (alone.report().changed().contains(layer)) {
                layers.add(layer);
            }
        }
        if (layers.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, passId + " changes no layer of " + model.name()
                    + " on its own");
        }
        int total = 1 + layers.size() * tried.size();
        MeasuredModel original = ExperimentRunner.measure(model, null, null, plan, new ScaledProgress(progress, 0,
                1.0 / total, "original"));
        ExperimentSummary baseline = summary("original", original);
        List<SensitivityPoint> points = new ArrayList<>();
        int done = 1;
        for (String layer : layers) {
            for (double level : tried) {
                progress.checkCancelled();
                String label = layer + (leveled ? " at " + format(level) : "");
                PassResult result = pass.apply(model, PassOptions.parse(passId, pass.options(),
                        oneLayer(pass, layer, candidates, leveled, level)), context);
                PipelineRunner.requireLoads(result.model(), context);
                MeasuredModel measured = ExperimentRunner.measure(result.model(), null, model, plan,
                        new ScaledProgress(progress, (double) done / total, (done + 1.0) / total, label));
                ExperimentSummary s = summary(label, measured);
                double originalMillis = ExperimentRunner.profile(model, original.analysis(), plan.profile(),
                        ProgressListener.NONE).latencyMillis().median();
                points.add(new SensitivityPoint(layer, level, s.metricValue(), s.metricDeltaPoints(baseline),
                        s.latencyMillis().median(), originalMillis / s.latencyMillis().median(),
                        s.fidelity().orElse(Double.NaN)));
                done++;
            }
        }
        progress.onProgress(1, "measured " + layers.size() + " layers");
        return new SensitivityResult(passId, baseline, ExperimentRecords.original(original), layers, leveled ? tried : List.of(), points);
    }

    /**
     * @return the layers {@code pass} changes when applied to the whole model, in graph order (candidates; some may not
     * change alone)
     */
    private static List<String> layers(Model model, Pass pass, double level, PassContext context)
            throws TensorscopeException {
        Map<String, String> options = new LinkedHashMap<>();
        if (!Double.isNaN(level)) {
            options.put(LEVEL, format(level));
        }
        PassResult whole = pass.apply(model, PassOptions.parse(pass.id(), pass.options(), options), context);
        List<String> names = new ArrayList<>();
        model.graph().getNodeList().forEach(n -> names.add(n.getName()));
        List<String> layers = whole.report().changed().stream().filter(name -> isLayerOf(model, name))
                .sorted(Comparator.comparingInt(names::indexOf)).toList();
        if (layers.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, pass.id() + " changes no layer of " + model.name());
        }
        return layers;
    }

    private static boolean isLayerOf(Model model, String name) {
        return model.graph().getNodeList().stream().anyMatch(n -> n.getName().equals(name)
                && List.of("Conv", "Gemm", "MatMul", "Gather").contains(n.getOpType()));
    }

    private static Map<String, String> oneLayer(Pass pass, String layer, List<String> layers, boolean leveled,
                                                double level) {
        Map<String, String> options = new LinkedHashMap<>();
        if (declares(pass, LAYERS)) {
            options.put(LAYERS, layer);
        } else {
            options.put(EXCLUDE, String.join(",", layers.stream().filter(l -> !l.equals(layer)).toList()));
        }
        if (leveled) {
            options.put(LEVEL, format(level));
        }
        return options;
    }

    private static ExperimentSummary summary(String name, MeasuredModel measured) {
        return ExperimentSummary.of(name, name, measured.model().proto().getSerializedSize(),
                measured.profile().latencyMillis(), measured.evaluation());
    }

    private static boolean declares(Pass pass, String option) {
        return pass.options().stream().map(PassOption::name).anyMatch(option::equals);
    }

    private static String format(double level) {
        return String.format(Locale.ROOT, "%s", level);
    }
}
