package io.tensorscope.engine.prune.channel;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.CostTotals;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.pass.ReportTable;
import io.tensorscope.engine.quantize.CalibrationData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.engine.shape.ShapeInference;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Structured channel pruning: removes the least important output channels of Conv / Gemm / MatMul layers together
 * with everything that depends on them ({@link ChannelGroupFinder}), so the graph physically shrinks and dense
 * kernels do less work. Layers whose channels cannot be removed safely are listed with the reason.
 */
public final class ChannelPrunePass implements Pass {

    /** The pass's id. */
    public static final String ID = "prune-channel";
    /** Option: fraction of channels removed. */
    public static final String SPARSITY = "sparsity";
    /** Option: how channels are ranked. */
    public static final String CRITERION = "criterion";
    /** Option: per layer or one global ranking. */
    public static final String SCOPE = "scope";
    /** Option: the layers to prune (empty: all). */
    public static final String LAYERS = "layers";
    /** Option: kept channels rounded up to a multiple of this. */
    public static final String ROUND = "round";
    /** Option: sample inputs read by the activation criterion. */
    public static final String SAMPLES = "samples";
    /** The report section listing each group. */
    public static final String GROUPS_KEY = "groups";
    /** The report section listing the layers that cannot be pruned. */
    public static final String REFUSED_KEY = "refused";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Channel pruning";
    }

    @Override
    public String description() {
        return "removes the least important output channels of Conv, Gemm and MatMul layers and everything that "
                + "depends on them, so the graph physically shrinks";
    }

    @Override
    public List<PassOption> options() {
        return List.of(
                PassOption.number(SPARSITY, 0.5, 0, 0.95, "fraction of channels", "Fraction of output channels removed"),
                PassOption.choice(CRITERION, "l1", Arrays.stream(ChannelImportance.values()).map(ChannelImportance::key)
                        .toList(), "How channels are ranked: l1 or l2 norm of their weights, the |γ| of their "
                        + "BatchNormalization (network slimming), or their mean |activation| on sample inputs"),
                PassOption.choice(SCOPE, "layer", List.of("layer", "global"), "layer: the same fraction of every "
                        + "layer; global: one ranking over all layers (scores scaled per layer)"),
                PassOption.list(LAYERS, "Layers (node names) whose output channels are pruned; empty: every layer"),
                PassOption.integer(ROUND, 1, 1, 64, "channels", "Kept channels rounded up to a multiple of this "
                        + "(8 or 16 suit vectorised kernels)"),
                PassOption.integer(SAMPLES, 100, 1, 100_000, "samples", "Sample inputs the activation criterion reads"));
    }

    @Override
    public PassResult apply(Model model, PassOptions options, PassContext context) throws TensorscopeException {
        GraphIndex index = model.index();
        Set<Integer> allowed = allowedLayers(model, options.list(LAYERS));
        context.progress().onProgress(0, "finding channel groups");
        ChannelGroupFinder.Found found = new ChannelGroupFinder(model, ShapeInference.infer(model,
                InputSizes.defaults()), allowed).find();
        ChannelImportance criterion = ChannelImportance.of(options.text(CRITERION));
        List<double[]> scores = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (criterion == ChannelImportance.ACTIVATION) {
            String dataset = context.datasetName().orElseThrow(() -> new TensorscopeException(ErrorCode.BAD_ARGUMENT,
                    "the activation criterion ranks channels on sample inputs: name a data set (an id, a path, or "
                            + "random)"));
            try (CalibrationData data = CalibrationData.of(model, dataset, Math.toIntExact(options.integer(SAMPLES)))) {
                scores.addAll(ActivationScores.of(model, found.groups(), data, context.runners(),
                        new ScaledProgress(context.progress(), 0, 0.3, "activations")));
                if (!data.warning().isEmpty()) {
                    warnings.add(data.warning());
                }
            }
        }
        for (ChannelGroup group : criterion == ChannelImportance.ACTIVATION ? List.<ChannelGroup>of() : found.groups()) {
            context.progress().checkCancelled();
            ChannelImportance used = criterion.appliesTo(group) ? criterion : ChannelImportance.L1;
            if (used != criterion) {
                warnings.add(layers(model, group) + " has no BatchNormalization: ranked by l1 instead of bn-gamma");
            }
            scores.add(used.scores(group, index));
        }
        List<Set<Integer>> removed = ChannelSelection.choose(scores, found.groups().stream().map(ChannelGroup::segments)
                .toList(), options.number(SPARSITY),
                options.text(SCOPE).equals("global"), Math.toIntExact(options.integer(ROUND)));
        context.progress().onProgress(0.3, "removing channels");
        Model pruned = ChannelRemoval.apply(model, found.groups(), removed);
        if (found.groups().isEmpty()) {
            warnings.add(found.refusals().isEmpty() ? "no Conv, Gemm or MatMul of " + model.name() + " reads a constant "
                    + "float32 weight, so there is no channel to remove"
                    : "no layer's channels can be removed safely (see the layers not pruned)");
        }
        List<String> notes = new ArrayList<>();
        notes.add(costNote(model, pruned, context));
        List<String> changed = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int g = 0; g < found.groups().size(); g++) {
            ChannelGroup group = found.groups().get(g);
            int cut = removed.get(g).size();
            if (cut > 0) {
                group.touches().forEach(t -> changed.add(model.nodeName(t.node())));
                group.cuts().forEach(c -> changed.add(model.nodeName(c.node())));
            }
            rows.add(Arrays.asList(layers(model, group), (long) group.channels(), (long) cut,
                    (long) (group.channels() - cut), (long) (group.touches().size() + group.cuts().size())));
        }
        List<ReportTable> sections = new ArrayList<>();
        if (!rows.isEmpty()) {
            sections.add(new ReportTable(GROUPS_KEY, "Channel groups", List.of(new ReportTable.Column("layers",
                    "Layers"), new ReportTable.Column("channels", "Channels"), new ReportTable.Column("removed",
                    "Removed"), new ReportTable.Column("kept", "Kept"), new ReportTable.Column("tensors_edited",
                    "Tensors edited")), rows));
        }
        if (!found.refusals().isEmpty()) {
            sections.add(new ReportTable(REFUSED_KEY, "Layers not pruned", List.of(new ReportTable.Column("layer",
                    "Layer"), new ReportTable.Column("reason", "Why")), found.refusals().stream()
                    .map(r -> List.<Object>of(r.node(), r.reason())).toList()));
        }
        context.progress().onProgress(1, "pruned " + found.groups().size() + " channel groups");
        return new PassResult(pruned, PassReport.of(ID, model.graph(), model.proto().getSerializedSize(),
                pruned.graph(), pruned.proto().getSerializedSize(), List.copyOf(new LinkedHashSet<>(changed)),
                List.of(), notes, warnings, sections));
    }

    /** @return e.g. {@code FLOPs 24.1 M → 8.2 M (34 %), parameters 1.20 M → 0.310 M (26 %), at the default sizes} */
    private static String costNote(Model before, Model after, PassContext context) throws TensorscopeException {
        CostTotals a = ModelAnalyzer.analyze(before, InputSizes.defaults(), new ScaledProgress(context.progress(), 0.3,
                0.6, "cost before")).totals();
        CostTotals b = ModelAnalyzer.analyze(after, InputSizes.defaults(), new ScaledProgress(context.progress(), 0.6,
                0.9, "cost after")).totals();
        return String.format(Locale.ROOT, "FLOPs %s → %s (%.0f %%), parameters %s → %s (%.0f %%), at the default input "
                        + "sizes; the speed-up is what the runtime measures, not this ratio", millions(a.flops()),
                millions(b.flops()), 100.0 * b.flops() / Math.max(1, a.flops()), millions(a.params()),
                millions(b.params()), 100.0 * b.params() / Math.max(1, a.params()));
    }

    /** @return e.g. {@code 24.1 M} or {@code 2.89 G} */
    private static String millions(long count) {
        return count >= 1e9 ? String.format(Locale.ROOT, "%.3g G", count / 1e9) : String.format(Locale.ROOT, "%.3g M",
                count / 1e6);
    }

    private static String layers(Model model, ChannelGroup group) {
        return String.join(" + ", group.roots().stream().map(model::nodeName).toList());
    }

    /**
     * @return positions of the prunable layers, or of those named in {@code names}
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a name that is not a prunable layer of the model
     */
    private static Set<Integer> allowedLayers(Model model, List<String> names) throws TensorscopeException {
        Set<Integer> allowed = new HashSet<>();
        Set<String> wanted = new HashSet<>(names);
        boolean every = wanted.isEmpty();
        for (int i = 0; i < model.nodeCount(); i++) {
            NodeProto node = model.graph().getNode(i);
            if (ChannelGroupFinder.isPrunableLayer(node, model.index()) && (every || wanted.remove(model.nodeName(i)))) {
                allowed.add(i);
            }
        }
        if (!wanted.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "not a Conv, Gemm or MatMul layer with a constant "
                    + "weight in " + model.name() + ": " + String.join(", ", wanted.stream().sorted().toList()));
        }
        return allowed;
    }
}
