package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.TableCopy;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.function.BiFunction;

/**
 * The experiments of the model, the original first: name, size (and share of the original's), median latency (and
 * speed-up), score (and change in points), fidelity to the original's embeddings. The Auto search's best candidate so
 * far is marked, its candidates over the accuracy budget greyed. Selection follows the view-model.
 */
public final class ExperimentTable extends TableView<CompressExperiment> {

    /** Follows the name of the Auto search's best candidate so far. */
    static final String BEST_MARK = "  ★ best";
    private static final String AUTO_BEST = "auto-best";
    private static final String OVER_BUDGET = "over-budget";

    private final CompressViewModel viewModel;

    /** Builds the table and binds it to {@code viewModel}. */
    public ExperimentTable(CompressViewModel viewModel) {
        super(viewModel.experiments());
        this.viewModel = viewModel;
        setId("experiment-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("No experiments yet: choose a pass and press Run, or press Auto"));
        getColumns().add(column("Experiment", "experiment-name", 150, false, (s, o) -> s.name()
                + (s == best() ? BEST_MARK : "")));
        getColumns().add(column("Size (% of original)", "experiment-size", 130, true, CompressText::size));
        getColumns().add(column("Latency median (speed-up)", "experiment-latency", 170, true, CompressText::latencyCell));
        getColumns().add(column("Score", "experiment-metric", 80, true, (s, o) -> CompressText.percent(s.metricValue())));
        getColumns().add(column("Δ vs original", "experiment-delta", 90, true, CompressText::delta));
        getColumns().add(column("Fidelity (cosine)", "experiment-fidelity", 130, true, (s, o) -> CompressText.fidelity(s)));
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
        TableCopy.install(this);
        viewModel.paretoFront().addListener((javafx.collections.ListChangeListener<CompressExperiment>) c -> refresh());
        viewModel.auto().verdictsProperty().addListener((obs, old, now) -> refresh());
    }

    private TableColumn<CompressExperiment, String> column(String title, String id, double width, boolean number,
                                                           BiFunction<ExperimentSummary, ExperimentSummary, String> text) {
        TableColumn<CompressExperiment, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue().summary(), original())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                CompressExperiment row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().removeAll("pareto", "number-column", AUTO_BEST, OVER_BUDGET);
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
                }
                String verdict = row == null ? "" : AutoText.verdict(verdicts, row);
                setTooltip(row == null ? null : new Tooltip(row.summary().settings()
                        + (viewModel.paretoFront().contains(row) ? "\non the Pareto front" : "")
                        + (verdict.isEmpty() ? "" : "\n" + verdict)));
            }
        });
        return column;
    }

    private ExperimentSummary best() {
        CompressExperiment best = viewModel.auto().verdictsProperty().get().best();
        return best == null ? null : best.summary();
    }

    private ExperimentSummary original() {
        return viewModel.experiments().stream().filter(CompressExperiment::isOriginal).findFirst()
                .map(CompressExperiment::summary).orElse(null);
    }
}
