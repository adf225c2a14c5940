package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.graph.GraphViewModel;
import io.tensorscope.app.workbench.layers.LayersViewModel;
import io.tensorscope.app.workbench.profile.CeilingsSource;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.sensitivity.SensitivityViewModel;
import io.tensorscope.app.workbench.train.TrainViewModel;
import io.tensorscope.app.workbench.summary.SummaryViewModel;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskHandle;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.runtime.Device;
import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.layout.LayoutCache;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;

/**
 * View-model of the main window: the model library, the model shown, and the view-models of the layer
 * table, graph and summary, kept in step (the summary shows the layer table's analysis, at its input sizes).
 * Loading and analysis run as background tasks; a failure sets {@link #errorProperty()} to the one-line reason and a cancellation keeps the previous model. It owns the
 * {@link MeasurementGate} the Profile, Compress, Sensitivity and Train tabs share, so that only one of them times models at a time.
 */
public final class WorkbenchViewModel {

    private final ModelSource source;
    private final TaskExecutor executor;
    private final TaskStatus status = new TaskStatus();
    private final MeasurementGate gate;
    private final LayersViewModel layers;
    private final SummaryViewModel summary = new SummaryViewModel();
    private final GraphViewModel graph;
    private final ProfileViewModel profile;
    private final CompressViewModel compress;
    private final SensitivityViewModel sensitivity;
    private final TrainViewModel train;
    private final ObjectProperty<LoadedModel> current = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty notification = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty("Tensorscope");
    private TaskHandle loading = TaskHandle.DONE;

    /**
     * @param source   where models come from
     * @param executor runs loading, analysis, layout and profiling
     */
    public WorkbenchViewModel(ModelSource source, TaskExecutor executor) {
        this(source, executor, new MeasurementGate());
    }

    private WorkbenchViewModel(ModelSource source, TaskExecutor executor, MeasurementGate gate) {
        this(source, executor, gate, CeilingsSource.standard(gate));
    }

    /**
     * @param source   where models come from
     * @param executor runs loading, analysis, layout and profiling
     * @param ceilings the machine's roofs for the Profile and Compress tabs
     */
    public WorkbenchViewModel(ModelSource source, TaskExecutor executor, CeilingsSource ceilings) {
        this(source, executor, new MeasurementGate(), ceilings);
    }

    private WorkbenchViewModel(ModelSource source, TaskExecutor executor, MeasurementGate gate, CeilingsSource ceilings) {
        this.source = source;
        this.executor = executor;
        this.gate = gate;
        this.layers = new LayersViewModel(executor, status);
        layers.analysisProperty().addListener((obs, old, analysis) -> summary.show(analysis));
        this.graph = new GraphViewModel(executor, status, new LayoutCache());
        this.profile = new ProfileViewModel(executor, status, layers, graph, current, ceilings, gate);
        this.compress = new CompressViewModel(executor, status, current, profile, ceilings, gate);
        this.sensitivity = new SensitivityViewModel(executor, status, current, layers, gate);
        this.train = new TrainViewModel(compress, executor, status, current, gate);
        graph.selectedIndexProperty().bindBidirectional(layers.selectedIndexProperty());
        graph.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                error.set(message);
            }
        });
        status.run(executor, BackgroundTask.<String>of("Probing devices", progress -> deviceLine())
                .onSuccess(line -> status.setIdleMessage("Ready · " + line)));
    }

    /** @return e.g. "CPU: Intel Xeon (2 logical cores) · no CUDA device: using CPU (…)" */
    private static String deviceLine() {
        Device cpu = DeviceDiscovery.cpu();
        String gpus = DeviceDiscovery.gpuAbsenceReason().orElseGet(() -> "GPU: " + DeviceDiscovery.gpus().stream()
                .map(Device::name).collect(java.util.stream.Collectors.joining(", ")));
        return "CPU: " + cpu.name() + " (" + cpu.detail() + ") · " + gpus;
    }

    /** @return the bundled models, in manifest order */
    public List<BundledAsset> bundledModels() {
        return source.bundledModels();
    }

    /** Loads and analyses a bundled model in the background. */
    public void openBundled(BundledAsset asset) {
        load(asset.name(), progress -> source.openBundled(asset, progress));
    }

    /** Loads and analyses a model file in the background (the FileChooser and drag and drop end here). */
    public void openFile(Path file) {
        load(String.valueOf(file.getFileName()), progress -> source.open(file.toString(), progress));
    }

    private interface Opener {
        Model open(io.tensorscope.engine.ProgressListener progress) throws TensorscopeException;
    }

    private void load(String label, Opener opener) {
        loading.cancel();
        BackgroundTask<LoadedModel> task = BackgroundTask.<LoadedModel>of("Opening " + label, progress -> {
            Model model = opener.open(progress);
            progress.checkCancelled();
            return new LoadedModel(model, ModelAnalyzer.analyze(model, InputSizes.defaults(), progress));
        }).onSuccess(this::show).onFailure(this::failed)
                .onCancelled(() -> notification.set("Opening " + label + " cancelled"));
        loading = status.run(executor, task);
    }

    private void show(LoadedModel loaded) {
        current.set(loaded);
        title.set("Tensorscope — " + loaded.model().name());
        layers.show(loaded);
        graph.layOut(loaded.analysis().nodes());
        notification.set(String.format("Loaded %s: %,d nodes", loaded.model().name(), loaded.model().nodeCount()));
    }

    private void failed(Throwable failure) {
        error.set(failure instanceof TensorscopeException ? failure.getMessage()
                : "internal error (" + failure.getClass().getSimpleName() + "): " + failure.getMessage());
    }

    /** Clears the error once the user has seen it. */
    public void clearError() {
        error.set(null);
    }

    /** @return the model shown, null before the first load */
    public ReadOnlyObjectProperty<LoadedModel> currentProperty() {
        return current;
    }

    /** @return one-line reason of the last failure, null when none is pending */
    public StringProperty errorProperty() {
        return error;
    }

    /** @return a short message for the notification bar, set after each load */
    public StringProperty notificationProperty() {
        return notification;
    }

    /** @return the window title */
    public StringProperty titleProperty() {
        return title;
    }

    /** @return the gate that lets one tab at a time time models */
    public MeasurementGate measurementGate() {
        return gate;
    }

    /** @return the status bar view-model */
    public TaskStatus status() {
        return status;
    }

    /** @return the layer table view-model */
    public LayersViewModel layers() {
        return layers;
    }

    /** @return the graph view-model */
    public GraphViewModel graph() {
        return graph;
    }

    /** @return the Profile tab's view-model */
    public ProfileViewModel profile() {
        return profile;
    }

    /** @return the Compress tab's view-model */
    public CompressViewModel compress() {
        return compress;
    }

    /** @return the Sensitivity tab's view-model */
    public SensitivityViewModel sensitivity() {
        return sensitivity;
    }

    /** @return the Train tab's view-model */
    public TrainViewModel train() {
        return train;
    }

    /** @return the summary view-model */
    public SummaryViewModel summary() {
        return summary;
    }
}
