package io.tensorscope.app.workbench.summary;

import io.tensorscope.app.workbench.shared.Quantities;
import io.tensorscope.app.workbench.shared.ShapeText;
import io.tensorscope.engine.analysis.CostTotals;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelSummary;
import io.tensorscope.engine.model.TensorInfo;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** View-model of the summary panel: model facts, cost totals, inputs/outputs and the op-type histogram. */
public final class SummaryViewModel {

    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<OpCount> histogram = FXCollections.observableArrayList();

    /** Shows the summary of {@code analysis}. */
    public void show(ModelAnalysis analysis) {
        ModelSummary s = analysis.summary();
        CostTotals t = analysis.totals();
        List<Fact> list = new ArrayList<>();
        list.add(new Fact("Totals", "FLOPs", t.unknownNodes() == s.nodeCount() ? Quantities.UNKNOWN
                : Quantities.flops(t.flops()) + (t.unknownNodes() > 0 ? " (known nodes only)" : "")));
        list.add(new Fact("Totals", "Parameters", Quantities.count(t.params())));
        list.add(new Fact("Totals", "Weight bytes", Quantities.bytes(t.bytesWeights())));
        list.add(new Fact("Totals", "Unknown-cost nodes", String.format("%,d of %,d", t.unknownNodes(), s.nodeCount())));
        s.inputs().forEach(i -> list.add(new Fact("Inputs", i.name(), typeAndShape(i))));
        s.outputs().forEach(o -> list.add(new Fact("Outputs", o.name(), typeAndShape(o))));
        list.add(new Fact("Model", "Name", s.name()));
        list.add(new Fact("Model", "Format", s.sourceFormat()));
        list.add(new Fact("Model", "Opset", Long.toString(s.opsetVersion())));
        list.add(new Fact("Model", "IR version", Long.toString(s.irVersion())));
        list.add(new Fact("Model", "Producer", s.producer().isEmpty() ? "—" : s.producer()));
        list.add(new Fact("Model", "Size on disk", s.sizeBytes() == 0 ? "in memory" : Quantities.bytes(s.sizeBytes())));
        list.add(new Fact("Model", "Source", s.source()));
        facts.setAll(list);
        int max = s.opTypeCounts().values().stream().mapToInt(Integer::intValue).max().orElse(1);
        histogram.setAll(s.opTypeCounts().entrySet().stream()
                .map((Map.Entry<String, Integer> e) -> new OpCount(e.getKey(), e.getValue(), e.getValue() / (double) max))
                .toList());
    }

    private static String typeAndShape(TensorInfo tensor) {
        return ShapeText.typed(tensor.type(), tensor.shape());
    }

    /** @return facts in display order, grouped by category */
    public ObservableList<Fact> facts() {
        return facts;
    }

    /** @return op types by count, most frequent first */
    public ObservableList<OpCount> histogram() {
        return histogram;
    }
}
