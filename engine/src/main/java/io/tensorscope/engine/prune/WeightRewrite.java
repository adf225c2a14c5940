package io.tensorscope.engine.prune;

import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.pass.ReportTable;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A pruning pass's result in progress: new values for some weights, and what the pass reports. On {@link #finish}
 * each pruned initializer is replaced in place (same name, shape and position); nodes and everything else stay as
 * they were, so the graph keeps its structure.
 */
final class WeightRewrite {

    final List<String> notes = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<ReportTable> sections = new ArrayList<>();
    final List<SkippedWeight> skipped = new ArrayList<>();
    private final Map<String, float[]> values = new HashMap<>();
    private final List<String> changed = new ArrayList<>();
    private int compressed;
    private long deflatedBefore;
    private long deflatedAfter;

    /** Gives {@code weight} the values {@code pruned} (row-major, as many as it has); its nodes count as changed. */
    void replace(PrunableWeight weight, float[] pruned) {
        values.put(weight.name(), pruned);
        weight.nodes().stream().map(NodeProto::getName).forEach(changed::add);
    }

    /** Counts a pruned weight's deflate-compressed bytes, before and after, towards the report's note on them. */
    void compressed(long before, long after) {
        compressed++;
        deflatedBefore += before;
        deflatedAfter += after;
    }

    /**
     * @param original the model the pass started from
     * @param pass     the pass's id
     * @param targets  what the pass found to prune; its warnings, exclusions and weights left alone are reported,
     *                 those of {@link #skipped} after them
     * @return the pruned model and the pass's report
     */
    PassResult finish(Model original, String pass, PruneTargets targets) {
        GraphProto graph = original.graph();
        GraphProto.Builder rewritten = graph.toBuilder();
        for (int i = 0; i < rewritten.getInitializerCount(); i++) {
            TensorProto tensor = rewritten.getInitializer(i);
            float[] pruned = values.get(tensor.getName());
            if (pruned != null) {
                rewritten.setInitializer(i, Tensors.floats(tensor.getName(), pruned,
                        tensor.getDimsList().stream().mapToLong(Long::longValue).toArray()));
            }
        }
        Model result = original.withProto(original.proto().toBuilder().setGraph(rewritten).build());
        List<String> allNotes = new ArrayList<>(notes);
        if (compressed > 0) {
            allNotes.add(String.format(Locale.ROOT, "the %d pruned weights take %,d bytes deflated (as in a zip or gzip "
                    + "file), %.1f %% of the %,d bytes they took deflated before", compressed, deflatedAfter,
                    100.0 * deflatedAfter / deflatedBefore, deflatedBefore));
        }
        List<String> allWarnings = new ArrayList<>(targets.warnings());
        allWarnings.addAll(warnings);
        List<ReportTable> allSections = new ArrayList<>(sections);
        List<SkippedWeight> allSkipped = new ArrayList<>(targets.skipped());
        allSkipped.addAll(skipped);
        allSections.addAll(PruneTables.skipped(allSkipped));
        return new PassResult(result, PassReport.of(pass, graph, original.proto().getSerializedSize(), result.graph(),
                result.proto().getSerializedSize(), changed, targets.excluded(), allNotes, allWarnings, allSections));
    }
}
