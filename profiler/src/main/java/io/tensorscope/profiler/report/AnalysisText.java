package io.tensorscope.profiler.report;

import io.tensorscope.engine.analysis.CostTotals;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelSummary;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.TensorInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plain-text {@code inspect} report: a summary block, then one line per node in graph order. */
public final class AnalysisText {

    private static final int MAX_NAME = 56;

    private AnalysisText() {
    }

    /** Writes the report; the caller flushes and closes {@code out}. */
    public static void write(ModelAnalysis analysis, PrintWriter out) {
        ModelSummary s = analysis.summary();
        CostTotals t = analysis.totals();
        out.printf(Locale.ROOT, "model    %s (%s, IR %d, opset %d%s)%n", s.name(), s.sourceFormat(), s.irVersion(),
                s.opsetVersion(), s.producer().isEmpty() ? "" : ", " + s.producer());
        out.printf(Locale.ROOT, "file     %s, %s on disk%n", s.source(), HumanUnits.bytes(s.sizeBytes()));
        out.printf(Locale.ROOT, "inputs   %s%n", describe(s.inputs()));
        out.printf(Locale.ROOT, "outputs  %s%n", describe(s.outputs()));
        out.printf(Locale.ROOT, "totals   %d nodes, %s params (%s of weights), %s, %s moved, %d node(s) of unknown cost%n",
                s.nodeCount(), HumanUnits.count(t.params()), HumanUnits.bytes(t.bytesWeights()), HumanUnits.flops(t.flops()),
                HumanUnits.bytes(t.bytesMoved()), t.unknownNodes());
        out.println();
        int nameWidth = Math.min(MAX_NAME, analysis.nodes().stream().mapToInt(n -> n.name().length()).max().orElse(4));
        String row = "%5s  %-" + nameWidth + "s  %-20s  %-18s  %12s  %10s  %12s  %8s%n";
        out.printf(Locale.ROOT, row, "#", "name", "op", "output shape", "FLOPs", "params", "bytes", "FLOP/B");
        for (NodeCost n : analysis.nodes()) {
            String shape = n.outputShapes().isEmpty() ? "" : n.outputShapes().get(0).toString();
            out.printf(Locale.ROOT, row, n.index(), shorten(n.name(), nameWidth), shorten(n.opType(), 20), shape,
                    n.costKnown() ? HumanUnits.count(n.flops()) : "unknown", HumanUnits.count(n.params()),
                    n.costKnown() ? HumanUnits.bytes(n.bytesMoved()) : "unknown", HumanUnits.intensity(n.arithmeticIntensity()));
        }
    }

    private static String describe(List<TensorInfo> tensors) {
        return tensors.stream().map(TensorInfo::describe).collect(Collectors.joining("  "));
    }

    /** Keeps the head and the tail of a long name, which carry the layer and the op. */
    private static String shorten(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int tail = width / 2;
        return text.substring(0, width - tail - 1) + "…" + text.substring(text.length() - tail);
    }
}
