package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.help.HeaderTooltips;
import io.tensorscope.app.workbench.shared.TableCells;
import io.tensorscope.app.workbench.shared.TableCopy;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The experiments of the model, the original first: name, size (and share of the original's), median latency (and
 * speed-up with its p10–p90 spread, from the original timed in turn with it), score (and change in points), fidelity
 * to the original's embeddings — a warning icon where it is below the threshold. Rows scored on other samples than
 * the original are greyed. The Auto search's best candidate so far is marked, its candidates over the accuracy budget
 * greyed. Every cell's tooltip gives its full text, then says how the row was made, measured and judged. Selection follows the view-model.
 */
public final class ExperimentTable extends TableView<CompressExperiment> {

    /** Follows the name of the Auto search's best candidate so far. */
    static final String BEST_MARK = "  ★ best";
    /** Id of the warning icon in the fidelity cell of a row flagged for low fidelity. */
    static final String FIDELITY_WARNING_ID = "fidelity-warning";
    private static final String AUTO_BEST = "auto-best";
    private static final String OVER_BUDGET = "over-budget";
    private static final String OTHER_SAMPLES = "other-samples";

    /** The narrowest a column gets (the numeric ones fit their widest value); the tooltip has each cell's full text. */
    private static final double MIN_WIDTH = 90;

    private final CompressViewModel viewModel;

    /** Builds the table and binds it to {@code viewModel}. */
    public ExperimentTable(CompressViewModel viewModel) {
        super(viewModel.experiments());
        this.viewModel = viewModel;
        setId("experiment-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("No experiments yet: choose a pass and press Run, or press Auto"));
        getColumns().add(column("Experiment", "experiment-name", 150, false, (e, o) -> e.name()
                + (viewModel.auto().verdictsProperty().get().isBest(e) ? BEST_MARK : "")));
        getColumns().add(column("Size (% of original)", "experiment-size", 120, true,
                (e, o) -> CompressText.size(e.summary(), o)));
        getColumns().add(column("Latency · speed-up (p10–p90)", "experiment-latency", 240, true,
                (e, o) -> CompressText.latencyCell(e)));
        getColumns().add(column("Score", "experiment-metric", 80, true, (e, o) -> CompressText.percent(e.summary().metricValue())));
        getColumns().add(column("Δ vs original", "experiment-delta", 90, true, (e, o) -> CompressText.delta(e.summary(), o)));
        getColumns().add(column("Fidelity (cosine)", "experiment-fidelity", 130, true,
                (e, o) -> CompressText.fidelity(e.summary())));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != getSelectionModel().getSelectedItem()) {
                getSelectionModel().clearSelection();
                getSelectionModel().select(now);
            }
        });
        getColumns().stream().skip(1).forEach(c -> TableCells.minWidthFromContent(this, c, MIN_WIDTH));
        TableCopy.install(this);
        HeaderTooltips.install(this, java.util.Map.of("Latency · speed-up (p10–p90)", "Timed in turn",
                "Fidelity (cosine)", "Fidelity"));
        viewModel.paretoFront().addListener((javafx.collections.ListChangeListener<CompressExperiment>) c -> refresh());
        viewModel.auto().verdictsProperty().addListener((obs, old, now) -> refresh());
        viewModel.fidelityThresholdProperty().addListener((obs, old, now) -> refresh());
    }

    private TableColumn<CompressExperiment, String> column(String title, String id, double width, boolean number,
                                                           BiFunction<CompressExperiment, ExperimentSummary, String> text) {
        TableColumn<CompressExperiment, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue(), original())));
        boolean fidelity = id.equals("experiment-fidelity");
        column.setMinWidth(Math.min(width, MIN_WIDTH));
        column.setCellFactory(c -> new TableCells.TooltipCell<>(item -> item, item -> item) {
            @Override
            protected String fullText(String item) {
                CompressExperiment row = getTableRow() == null ? null : getTableRow().getItem();
                return row == null ? item : item + "\n" + tooltipText(row);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                CompressExperiment row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().removeAll("pareto", "number-column", AUTO_BEST, OVER_BUDGET, OTHER_SAMPLES);
                if (number) {
                    getStyleClass().add("number-column");
                }
                if (row != null && viewModel.paretoFront().contains(row) && !number) {
                    getStyleClass().add("pareto");
                }
                AutoVerdicts verdicts = viewModel.auto().verdictsProperty().get();
                if (verdicts.isBest(row)) {
                    getStyleClass().add(AUTO_BEST);
                } else if (verdicts.isOverBudget(row)) {
                    getStyleClass().add(OVER_BUDGET);
                } else if (row != null && viewModel.otherSamplesReason(row) != null) {
                    getStyleClass().add(OTHER_SAMPLES);
                }
                String warning = row == null ? null : viewModel.fidelityWarning(row);
                setGraphic(fidelity && warning != null ? warningIcon() : null);
            }
        });
        return column;
    }

    private static FontIcon warningIcon() {
        FontIcon icon = new FontIcon("mdi2a-alert");
        icon.setId(FIDELITY_WARNING_ID);
        icon.getStyleClass().add("fidelity-warning");
        return icon;
    }

    /** @return how {@code row} was made, timed and judged, one line each */
    String tooltipText(CompressExperiment row) {
        List<String> lines = new ArrayList<>();
        lines.add(row.summary().settings());
        lines.add(CompressText.speedUpBasis(row));
        lines.add(viewModel.otherSamplesReason(row));
        lines.add(viewModel.fidelityWarning(row));
        lines.add(viewModel.paretoFront().contains(row) ? "on the Pareto front" : "");
        lines.add(AutoText.verdict(viewModel.auto().verdictsProperty().get(), row));
        return String.join("\n", lines.stream().filter(l -> l != null && !l.isEmpty()).toList());
    }

    private ExperimentSummary original() {
        CompressExperiment original = viewModel.original();
        return original == null ? null : original.summary();
    }
}
