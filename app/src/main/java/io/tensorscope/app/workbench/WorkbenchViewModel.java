package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.graph.ElkGraphLayouter;
import io.tensorscope.app.workbench.graph.GraphLayout;
import io.tensorscope.app.workbench.task.BackgroundJob;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.Device;
import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.engine.shape.InputSizes;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the main window, free of JavaFX nodes: the model library, the open model's analysis and
 * layout, the layer table's rows and filter, the selected node, and the last error. Long work runs
 * through the {@link TaskExecutor}: load + analyse first (the table fills), then the graph layout.
 */
public final class WorkbenchViewModel {

    private final ModelSource source;
    private final TaskExecutor executor;
    private final ObservableList<BundledAsset> library;
    private final ReadOnlyObjectWrapper<ModelAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GraphLayout> layout = new ReadOnlyObjectWrapper<>();
    private final ObservableList<NodeCost> nodes = FXCollections.observableArrayList();
    private final FilteredList<NodeCost> visibleNodes = new FilteredList<>(nodes);
    private final StringProperty filter = new SimpleStringProperty("");
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<String> error = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("Open a bundled model or a file (Open…, or drop it here).");

    /**
     * @param source   opens files and bundled models
     * @param executor runs loading and layout off the UI thread
     */
    public WorkbenchViewModel(ModelSource source, TaskExecutor executor) {
        this.source = source;
        this.executor = executor;
        this.library = FXCollections.observableArrayList(source.bundledModels());
        filter.addListener((o, old, text) -> {
            String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            visibleNodes.setPredicate(needle.isEmpty() ? null : n -> n.name().toLowerCase(Locale.ROOT).contains(needle)
                    || n.opType().toLowerCase(Locale.ROOT).contains(needle));
        });
        executor.execute(BackgroundJob.of("Probing devices", progress -> deviceLine())
                .onSuccess(line -> {
                    if (analysis.get() == null) {
                        status.set(line + ". Open a bundled model or a file (Open…, or drop it here).");
                    }
                }));
    }

    /** @return e.g. "CPU: Intel Xeon (2 logical cores); no CUDA device: using CPU (…)" */
    private static String deviceLine() {
        Device cpu = DeviceDiscovery.cpu();
        String gpus = DeviceDiscovery.gpuAbsenceReason().orElseGet(() -> "GPU: " + DeviceDiscovery.gpus().stream()
                .map(Device::name).collect(java.util.stream.Collectors.joining(", ")));
        return "CPU: " + cpu.name() + " (" + cpu.detail() + "); " + gpus;
    }

    /** Loads a bundled model in the background. */
    public void openBundled(BundledAsset asset) {
        load("Opening " + asset.id(), progress -> source.openBundled(asset, progress));
    }

    /** Loads a model file in the background. */
    public void openFile(Path file) {
        load("Opening " + file.getFileName(), progress -> source.open(file.toString(), progress));
    }

    /** Shows a model already in memory (e.g. one built in code), analysing it in the background. */
    public void openModel(Model model) {
        load("Analysing " + model.name(), progress -> model);
    }

    private void load(String title, BackgroundJob.Work<Model> open) {
        executor.execute(BackgroundJob.<ModelAnalysis>of(title, progress -> {
            Model model = open.call(progress);
            progress.checkCancelled();
            return ModelAnalyzer.analyze(model, InputSizes.defaults(), progress);
        }).onSuccess(this::show).onFailure(this::fail).onCancelled(() -> status.set("Cancelled; the previous model stays open.")));
    }

    private void show(ModelAnalysis result) {
        error.set(null);
        selectedIndex.set(-1);
        layout.set(null);
        analysis.set(result);
        nodes.setAll(result.nodes());
        status.set(String.format(Locale.ROOT, "%s: %d nodes, %d of unknown cost. Laying out the graph…",
                result.summary().name(), result.nodes().size(), result.totals().unknownNodes()));
        executor.execute(BackgroundJob.of("Laying out " + result.summary().name(),
                progress -> ElkGraphLayouter.layout(result.nodes(), progress))
                .onSuccess(l -> {
                    if (analysis.get() == result) {
                        layout.set(l);
                        status.set(result.summary().name() + ": " + result.nodes().size() + " nodes.");
                    }
                })
                .onFailure(this::fail)
                .onCancelled(() -> status.set("Graph layout cancelled; the table is complete.")));
    }

    private void fail(Exception e) {
        String message = e instanceof TensorscopeException ? e.getMessage() : "unexpected error: " + e;
        error.set(message);
        status.set("Could not open: " + message);
    }

    /** Cancels the running load or layout. */
    public void cancel() {
        executor.cancel();
    }

    /** @return the bundled models */
    public ObservableList<BundledAsset> library() {
        return library;
    }

    /** @return the open model's analysis, null before the first load */
    public ReadOnlyObjectProperty<ModelAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** @return the open model's graph layout, null while it is computed */
    public ReadOnlyObjectProperty<GraphLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** @return every node of the open model, in graph order */
    public ObservableList<NodeCost> nodes() {
        return nodes;
    }

    /** @return the nodes matching the filter, in graph order */
    public FilteredList<NodeCost> visibleNodes() {
        return visibleNodes;
    }

    /** @return the layer-table filter (case-insensitive substring of name or op type) */
    public StringProperty filterProperty() {
        return filter;
    }

    /** @return the selected node's index in the graph, -1 for none */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** @return the selected node, or null */
    public NodeCost selectedNode() {
        int i = selectedIndex.get();
        return i >= 0 && i < nodes.size() ? nodes.get(i) : null;
    }

    /** @return the last error's one-line message, null when the last load succeeded */
    public ObjectProperty<String> errorProperty() {
        return error;
    }

    /** @return a one-line status for the status bar */
    public StringProperty statusProperty() {
        return status;
    }

    /** @return the executor, whose progress the status bar shows */
    public TaskExecutor executor() {
        return executor;
    }
}
