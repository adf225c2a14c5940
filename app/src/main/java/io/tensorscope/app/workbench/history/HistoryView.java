package io.tensorscope.app.workbench.history;

import io.tensorscope.app.workbench.shared.ErrorDialog;
import io.tensorscope.app.workbench.shared.Quantities;
import io.tensorscope.app.workbench.shared.SaveDialog;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.report.ExperimentListReport;
import io.tensorscope.profiler.report.gain.Budget;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The History tab: the workspace's experiments as lineage trees (a child under the experiment it was made from), of
 * the model shown or of all, with a filter; the selection compared below, oldest first as the baseline; Open, Diff,
 * Report… and Delete on the selection. A banner says when a temporary workspace stands in for the usual one.
 */
public final class HistoryView extends BorderPane {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final HistoryViewModel viewModel;
    private final TreeTableView<ExperimentRow> tree = new TreeTableView<>();
    private final TableView<ComparedExperiment> compared;
    private boolean syncing;

    /** Builds the tab over {@code viewModel}; {@code notice} is the workspace's stand-in banner text (may be null). */
    public HistoryView(HistoryViewModel viewModel, ReadOnlyStringProperty notice) {
        this.viewModel = viewModel;
        setId("history-view");
        Label banner = new Label();
        banner.setId("history-notice");
        banner.getStyleClass().add("banner-warning");
        banner.setWrapText(true);
        banner.setGraphic(new FontIcon("mdi2a-alert-outline"));
        banner.textProperty().bind(notice);
        banner.visibleProperty().bind(notice.isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setMaxWidth(Double.MAX_VALUE);

        tree.setId("history-tree");
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setPlaceholder(new Label("No experiments recorded for this model yet: run a pass on the Compress tab, "
                + "or list all models"));
        tree.getColumns().add(treeColumn("Experiment", "history-name", 220, ExperimentRow::name));
        tree.getColumns().add(treeColumn("Model", "history-model", 140, ExperimentRow::modelName));
        tree.getColumns().add(treeColumn("Created", "history-created", 130, r -> MINUTES.format(r.createdAt())));
        tree.getColumns().add(treeColumn("Size", "history-size", 90, r -> Quantities.bytes(r.modelSizeBytes())));
        tree.getColumns().add(treeColumn("Median latency", "history-latency", 110, r -> r.latencyMedianMs() == null
                ? "—" : String.format(Locale.ROOT, "%.3f ms", r.latencyMedianMs())));
        tree.getColumns().add(treeColumn("Score", "history-score", 170, HistoryView::score));
        tree.getColumns().add(treeColumn("Id", "history-id", 80, r -> ExperimentListReport.shortId(r.id())));
        viewModel.shownProperty().addListener((obs, old, lineage) -> fill(lineage));
        fill(viewModel.shownProperty().get());
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<ExperimentRow>>) c -> {
            if (!syncing) {
                viewModel.selected().setAll(tree.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(TreeItem::getValue).toList());
            }
        });

        compared = new TableView<>(viewModel.compared());
        compared.setId("history-compare");
        compared.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        compared.setPlaceholder(new Label("Select two or more experiments to compare them; the oldest is the baseline"));
        compared.getColumns().add(column("Compared (oldest first = baseline)", 220, c -> c.row().name()));
        compared.getColumns().add(column("Speed-up (stored medians)", 170, c -> Double.isNaN(c.speedUp()) ? "—"
                : String.format(Locale.ROOT, "%.2f×", c.speedUp())));
        compared.getColumns().add(column("Size of baseline's", 130, c -> Double.isNaN(c.sizeFraction()) ? "—"
                : String.format(Locale.ROOT, "%.1f %%", 100 * c.sizeFraction())));
        compared.getColumns().add(column("Score change", 120, c -> Double.isNaN(c.deltaPoints()) ? "—"
                : String.format(Locale.ROOT, "%+.2f pt", c.deltaPoints())));

        VBox listed = new VBox(6, tree, actions());
        VBox.setVgrow(tree, Priority.ALWAYS);
        SplitPane split = new SplitPane(listed, compared);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        VBox top = new VBox(6, banner, toolbar());
        top.setPadding(new Insets(6));
        setTop(top);
        setCenter(split);
        viewModel.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                ErrorDialog.show(window(), "History", message, () -> viewModel.errorProperty().set(null));
            }
        });
        viewModel.diffProperty().addListener((obs, old, diff) -> {
            if (diff != null) {
                DiffDialog.show(window(), diff, viewModel::showDiffOnGraph);
            }
        });
    }

    private HBox toolbar() {
        ToggleGroup scope = new ToggleGroup();
        RadioButton thisModel = new RadioButton("This model");
        thisModel.setId("history-this-model");
        RadioButton allModels = new RadioButton("All models");
        allModels.setId("history-all-models");
        thisModel.setToggleGroup(scope);
        allModels.setToggleGroup(scope);
        (viewModel.scopeProperty().get() == HistoryViewModel.Scope.THIS_MODEL ? thisModel : allModels).setSelected(true);
        scope.selectedToggleProperty().addListener((obs, old, now) -> viewModel.scopeProperty().set(
                now == allModels ? HistoryViewModel.Scope.ALL_MODELS : HistoryViewModel.Scope.THIS_MODEL));
        TextField filter = new TextField();
        filter.setId("history-filter");
        filter.setPromptText("Filter by name, model or id");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        HBox.setHgrow(filter, Priority.SOMETIMES);
        Button refresh = button("Refresh", "history-refresh", "mdi2r-refresh", "List the workspace's experiments again");
        refresh.setOnAction(e -> viewModel.refresh());
        Label count = new Label();
        count.setId("history-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setText(counted(viewModel.shownProperty().get()));
        viewModel.shownProperty().addListener((obs, old, lineage) -> count.setText(counted(lineage)));
        thisModel.setMinWidth(Region.USE_PREF_SIZE);
        allModels.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, thisModel, allModels, filter, refresh, count);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    /** @return Open, Diff, Report… and Delete on the selection, and what the latest one did */
    private HBox actions() {
        Button open = button("Open", "history-open", "mdi2f-folder-open-outline", "Open the selected experiment's model");
        open.disableProperty().bind(javafx.beans.binding.Bindings.size(viewModel.selected()).isNotEqualTo(1));
        open.setOnAction(e -> viewModel.openSelected());
        Button diff = button("Diff", "history-diff", "mdi2c-compare-horizontal",
                "What differs between the two selected experiments' models: nodes and weights");
        diff.disableProperty().bind(viewModel.canDiffBinding().not());
        diff.setOnAction(e -> viewModel.diffSelected());
        Button report = button("Report…", "history-report", "mdi2f-file-chart-outline",
                "Write the comparison report of the selection (HTML, PDF, CSV or JSON), the oldest as the baseline");
        report.disableProperty().bind(viewModel.canReportBinding().not());
        report.setOnAction(e -> SaveDialog.askReport(window(), "report.html")
                .ifPresent(path -> viewModel.reportSelected(path, Budget.DEFAULT)));
        Button delete = button("Delete", "history-delete", "mdi2d-delete-outline",
                "Delete the selected experiments and everything made from them");
        delete.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.selected()));
        delete.setOnAction(e -> confirmDelete());
        Label message = new Label();
        message.setId("history-message");
        message.textProperty().bind(viewModel.messageProperty());
        HBox bar = new HBox(8, open, diff, report, delete, message);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 6, 6, 6));
        for (Button b : new Button[] {open, diff, report, delete}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return bar;
    }

    private static String counted(ExperimentLineage lineage) {
        int rows = lineage.size();
        return String.format(Locale.ROOT, "%,d experiment%s", rows, rows == 1 ? "" : "s");
    }

    private void confirmDelete() {
        int n = viewModel.selected().size();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + n + " experiment" + (n == 1 ? "" : "s")
                + " and every experiment made from " + (n == 1 ? "it" : "them") + "? Their stored models stay until "
                + "'tensorscope experiments gc'.", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Delete experiments");
        confirm.initOwner(window());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> viewModel.deleteSelected());
    }

    private void fill(ExperimentLineage lineage) {
        syncing = true;
        try {
            TreeItem<ExperimentRow> root = new TreeItem<>();
            for (ExperimentRow r : lineage.roots()) {
                root.getChildren().add(item(lineage, r));
            }
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        viewModel.selected().clear();
    }

    private static TreeItem<ExperimentRow> item(ExperimentLineage lineage, ExperimentRow row) {
        TreeItem<ExperimentRow> item = new TreeItem<>(row);
        item.setExpanded(true);
        for (ExperimentRow child : lineage.children(row)) {
            item.getChildren().add(item(lineage, child));
        }
        return item;
    }

    private static String score(ExperimentRow r) {
        if (r.metricValue() == null) {
            return "—";
        }
        boolean accuracy = r.metric() != null && r.metric().contains("accuracy");
        return (accuracy ? String.format(Locale.ROOT, "%.2f %%", 100 * r.metricValue())
                : String.format(Locale.ROOT, "%.4f", r.metricValue())) + " " + r.metric();
    }

    private static Button button(String text, String id, String icon, String tooltip) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private static TreeTableColumn<ExperimentRow, String> treeColumn(String title, String id, double width,
                                                                     Function<ExperimentRow, String> text) {
        TreeTableColumn<ExperimentRow, String> column = new TreeTableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : text.apply(c.getValue().getValue())));
        return column;
    }

    private static TableColumn<ComparedExperiment, String> column(String title, double width,
                                                                  Function<ComparedExperiment, String> text) {
        TableColumn<ComparedExperiment, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** @return the lineage tree */
    public TreeTableView<ExperimentRow> tree() {
        return tree;
    }

    /** @return the comparison of the selection */
    public TableView<ComparedExperiment> comparedTable() {
        return compared;
    }
}
