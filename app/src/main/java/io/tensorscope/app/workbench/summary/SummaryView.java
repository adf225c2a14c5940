package io.tensorscope.app.workbench.summary;

import io.tensorscope.app.workbench.graph.OpFamily;
import io.tensorscope.engine.analysis.CostTotals;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelSummary;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.profiler.report.HumanUnits;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The summary panel: model facts, totals, inputs/outputs with the analysed sizes, and an op-type histogram. */
public final class SummaryView extends VBox {

    private static final int HISTOGRAM_ROWS = 10;

    /** @param analysis the analysis to show; the panel follows its changes */
    public SummaryView(ObservableValue<ModelAnalysis> analysis) {
        setId("summary");
        getStyleClass().add("summary");
        setSpacing(10);
        setPadding(new Insets(10));
        analysis.addListener((o, old, now) -> show(now));
        show(analysis.getValue());
    }

    private void show(ModelAnalysis analysis) {
        getChildren().clear();
        if (analysis == null) {
            getChildren().add(new Label("No model open."));
            return;
        }
        ModelSummary s = analysis.summary();
        CostTotals t = analysis.totals();
        Label title = new Label(s.name());
        title.getStyleClass().add("summary-title");
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(3);
        int row = 0;
        row = fact(facts, row, "Format", s.sourceFormat() + ", IR " + s.irVersion() + ", opset " + s.opsetVersion());
        row = fact(facts, row, "Producer", s.producer().isEmpty() ? "—" : s.producer());
        row = fact(facts, row, "On disk", s.sizeBytes() == 0 ? "not saved (built in memory)" : HumanUnits.bytes(s.sizeBytes()));
        row = fact(facts, row, "Nodes", Integer.toString(s.nodeCount()));
        row = fact(facts, row, "FLOPs", HumanUnits.flops(t.flops()));
        row = fact(facts, row, "Params", HumanUnits.count(t.params()) + " (" + HumanUnits.bytes(t.bytesWeights()) + ")");
        row = fact(facts, row, "Bytes moved", HumanUnits.bytes(t.bytesMoved()));
        row = fact(facts, row, "Unknown cost", t.unknownNodes() + " node(s)");
        for (TensorInfo in : s.inputs()) {
            row = fact(facts, row, "Input", in.describe());
        }
        for (TensorInfo out : s.outputs()) {
            row = fact(facts, row, "Output", out.describe());
        }
        getChildren().addAll(title, facts, new Label("Op types"), histogram(s.opTypeCounts(), s.nodeCount()));
    }

    private static int fact(GridPane grid, int row, String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-key");
        key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        grid.addRow(row, key, text);
        return row + 1;
    }

    private static VBox histogram(Map<String, Integer> counts, int total) {
        VBox bars = new VBox(3);
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        counts.entrySet().stream().limit(HISTOGRAM_ROWS).forEach(e -> {
            Label name = new Label(e.getKey());
            name.setMinWidth(105);
            Region bar = new Region();
            bar.setPrefWidth(Math.max(2, 100.0 * e.getValue() / most));
            bar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            bar.setMinHeight(12);
            bar.setStyle("-fx-background-color: " + web(OpFamily.of(e.getKey())) + "; -fx-background-radius: 2;");
            HBox line = new HBox(6, name, bar, new Label(Integer.toString(e.getValue())));
            HBox.setHgrow(bar, Priority.NEVER);
            bars.getChildren().add(line);
        });
        if (counts.size() > HISTOGRAM_ROWS) {
            int rest = total - counts.values().stream().limit(HISTOGRAM_ROWS).mapToInt(Integer::intValue).sum();
            bars.getChildren().add(new Label("+ " + (counts.size() - HISTOGRAM_ROWS) + " more op types (" + rest + " nodes)"));
        }
        return bars;
    }

    private static String web(OpFamily family) {
        javafx.scene.paint.Color c = family.color();
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255), (int) (c.getBlue() * 255));
    }
}
