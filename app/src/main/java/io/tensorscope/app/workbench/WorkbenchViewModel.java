package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.advice.AdviceViewModel;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.graph.GraphViewModel;
import io.tensorscope.app.workbench.help.AboutViewModel;
import io.tensorscope.app.workbench.history.HistoryViewModel;
import io.tensorscope.app.workbench.history.KeptRows;
import io.tensorscope.app.workbench.history.WorkbenchWorkspace;
import io.tensorscope.app.workbench.history.WorkspaceJournal;
import io.tensorscope.app.workbench.layers.LayersViewModel;
import io.tensorscope.app.workbench.profile.CeilingsSource;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.sensitivity.SensitivityViewModel;
import io.tensorscope.app.workbench.settings.ConfigFolder;
import io.tensorscope.app.workbench.settings.SettingsViewModel;
import io.tensorscope.app.workbench.shared.ModelSaving;
import io.tensorscope.app.workbench.train.TrainViewModel;
import io.tensorscope.app.workbench.summary.NodeDetailsViewModel;
import io.tensorscope.app.workbench.summary.SummaryViewModel;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.app.workbench.task.RunState;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskHandle;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.runtime.Device;
import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.diff.ModelDiff;
import io.tensorscope.engine.diff.NodeChange;
import io.tensorscope.engine.diff.NodeDiff;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.report.gain.Budget;
import io.tensorscope.profiler.layout.LayoutCache;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * View-model of the main window: the model library, the model shown, and the view-models of the layer
 * table, graph and summary, kept in step (the summary shows the layer table's analysis, at its input sizes).
 * Loading and analysis run as background tasks; a failure sets {@link #errorProperty()} to the one-line reason and a cancellation keeps the previous model. It owns the
 * {@link MeasurementGate} the Profile, Compress, Sensitivity and Train tabs share, so that only one of them times models at a time.
 * It holds the settings kept between runs ({@link SettingsViewModel}: preferences, which the Profile tab's defaults
 * follow, and recent files), saves the model shown as ONNX, and says whether the library and side panels are shown.
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
    private final NodeDetailsViewModel nodeDetails;
    private final AdviceViewModel advice;
    private final ObjectProperty<LoadedModel> current = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty notification = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty("Tensorscope");
    private final StringProperty saveError = new SimpleStringProperty();
    private final BooleanProperty libraryShown = new SimpleBooleanProperty(true);
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(true);
    private final LibraryFit libraryFit = new LibraryFit(libraryShown);
    private final SettingsViewModel settings;
    private final AboutViewModel about;
    private final WorkbenchWorkspace workspace;
    private final HistoryViewModel history;
    private TaskHandle loading = TaskHandle.DONE;

    /**
     * The workbench of a user: the standard ceilings cache, config folder and experiment workspace (the CLI's).
     *
     * @param source   where models come from
     * @param executor runs loading, analysis, layout and profiling
     * @return the view-model
     */
    public static WorkbenchViewModel standard(ModelSource source, TaskExecutor executor) {
        MeasurementGate gate = new MeasurementGate();
        return new WorkbenchViewModel(source, executor, gate, CeilingsSource.standard(gate), ConfigFolder.standard(),
                WorkbenchWorkspace.standard(executor));
    }

    /**
     * A workbench with the standard ceilings and config folder, recording into a workspace of its own in a temporary
     * folder.
     *
     * @param source   where models come from
     * @param executor runs loading, analysis, layout and profiling
     */
    public WorkbenchViewModel(ModelSource source, TaskExecutor executor) {
        this(source, executor, new MeasurementGate());
    }

    private WorkbenchViewModel(ModelSource source, TaskExecutor executor, MeasurementGate gate) {
        this(source, executor, gate, CeilingsSource.standard(gate), ConfigFolder.standard(),
                WorkbenchWorkspace.temporary(executor));
    }

    /**
     * A workbench recording into a workspace of its own in a temporary folder.
     *
     * @param source   where models come from
     * @param executor runs loading, analysis, layout and profiling
     * @param ceilings the machine's roofs for the Profile and Compress tabs
     */
    public WorkbenchViewModel(ModelSource source, TaskExecutor executor, CeilingsSource ceilings) {
        this(source, executor, ceilings, ConfigFolder.standard());
    }

    /**
     * A workbench recording into a workspace of its own in a temporary folder.
     *
     * @param source   where models come from
     * @param executor runs loading, analysis, layout and profiling
     * @param ceilings the machine's roofs for the Profile and Compress tabs
     * @param config   where preferences and recent files are kept
     */
    public WorkbenchViewModel(ModelSource source, TaskExecutor executor, CeilingsSource ceilings, ConfigFolder config) {
        this(source, executor, ceilings, config, WorkbenchWorkspace.temporary(executor));
    }

    /**
     * @param source    where models come from
     * @param executor  runs loading, analysis, layout and profiling
     * @param ceilings  the machine's roofs for the Profile and Compress tabs
     * @param config    where preferences and recent files are kept
     * @param workspace the experiment workspace, opened here, that the History tab lists and every run records into
     */
    public WorkbenchViewModel(ModelSource source, TaskExecutor executor, CeilingsSource ceilings, ConfigFolder config,
                              WorkbenchWorkspace workspace) {
        this(source, executor, new MeasurementGate(), ceilings, config, workspace);
    }

    private WorkbenchViewModel(ModelSource source, TaskExecutor executor, MeasurementGate gate, CeilingsSource ceilings,
                               ConfigFolder config, WorkbenchWorkspace workspace) {
        this.source = source;
        this.workspace = workspace;
        this.executor = executor;
        this.gate = gate;
        this.settings = new SettingsViewModel(config);
        this.about = new AboutViewModel(executor);
        this.layers = new LayersViewModel(executor, status);
        layers.analysisProperty().addListener((obs, old, analysis) -> summary.show(analysis));
        this.graph = new GraphViewModel(executor, status, new LayoutCache());
        this.profile = new ProfileViewModel(executor, status, layers, graph, current, ceilings, gate);
        this.compress = new CompressViewModel(executor, status, current, profile, ceilings, gate);
        this.sensitivity = new SensitivityViewModel(executor, status, current, layers, gate);
        this.train = new TrainViewModel(compress, executor, status, current, gate);
        this.nodeDetails = new NodeDetailsViewModel(layers, current, profile);
        this.advice = new AdviceViewModel(current, profile.activeProperty(), layers.selectedIndexProperty());
        this.history = new HistoryViewModel(workspace, executor, status, current, ceilings,
                new HistoryViewModel.Opener() {
                    @Override
                    public void openStored(Path file, String name) {
                        WorkbenchViewModel.this.openStored(file, name);
                    }

                    @Override
                    public void showDiffed(Model after, ModelDiff diff) {
                        WorkbenchViewModel.this.showDiffed(after, diff);
                    }
                });
        WorkspaceJournal journal = new WorkspaceJournal(workspace);
        compress.keepIn(journal);
        compress.reportWith(target -> history.report(compress.experiments().stream().map(e -> e.record().id())
                .toList(), target, Budget.DEFAULT));
        KeptRows.follow(history, workspace, journal, compress, current);
        workspace.open(history::refresh);
        graph.selectedIndexProperty().bindBidirectional(layers.selectedIndexProperty());
        follow(settings.preferences().threadsProperty(), profile.threadsProperty());
        follow(settings.preferences().warmupRunsProperty(), profile.warmupRunsProperty());
        follow(settings.preferences().runsProperty(), profile.runsProperty());
        compress.fidelityThresholdProperty().bindBidirectional(settings.preferences().fidelityThresholdProperty());
        graph.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                error.set(message);
            }
        });
        status.run(executor, BackgroundTask.<String>of("Probing devices", progress -> deviceLine())
                .onSuccess(line -> status.setIdleMessage("Ready · " + line)));
    }

    /** Sets {@code setting} to the preferred value now and whenever the preference changes. */
    private static void follow(IntegerProperty preferred, IntegerProperty setting) {
        setting.set(preferred.get());
        preferred.addListener((obs, old, now) -> setting.set(now.intValue()));
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
        load(asset.name(), progress -> source.openBundled(asset, progress), null);
    }

    /**
     * Loads and analyses a model file in the background (the FileChooser, Open Recent and drag and drop end here);
     * once shown, the file heads the recent files.
     */
    public void openFile(Path file) {
        load(String.valueOf(file.getFileName()), progress -> source.open(file.toString(), progress), file);
    }

    /**
     * Loads and analyses a model file under {@code name} in the background (an experiment's stored model, whose file
     * is named by its digest); it does not join the recent files.
     */
    public void openStored(Path file, String name) {
        load(name, progress -> source.open(file.toString(), progress).named(name), null);
    }

    /**
     * Shows {@code after} (the second model of {@code diff}, in memory) with the diff on it: the graph coloured by what
     * changed, the layer table's Change and Before columns filled.
     */
    public void showDiffed(Model after, ModelDiff diff) {
        load(after.name(), progress -> after, null, loaded -> {
            Map<String, NodeChange> changes = diff.changesOfAfterNodes();
            NodeChange[] perNode = new NodeChange[after.nodeCount()];
            Map<String, NodeDiff> byName = new HashMap<>();
            diff.nodes().stream().filter(n -> n.after() != null).forEach(n -> byName.put(n.after(), n));
            for (int i = 0; i < perNode.length; i++) {
                perNode[i] = changes.get(after.nodeName(i));
            }
            graph.diffChangesProperty().set(perNode);
            layers.diffProperty().set(byName);
            notification.set(String.format("%s against %s: %d nodes changed, %d added, %d removed", after.name(),
                    diff.before(), diff.nodeCount(NodeChange.CHANGED), diff.nodeCount(NodeChange.ADDED),
                    diff.nodeCount(NodeChange.REMOVED)));
        });
    }

    private interface Opener {
        Model open(io.tensorscope.engine.ProgressListener progress) throws TensorscopeException;
    }

    /** @param file the file opened, which joins the recent files once shown; null for a bundled model */
    private void load(String label, Opener opener, Path file) {
        load(label, opener, file, loaded -> { });
    }

    /** @param shown runs once the model is shown */
    private void load(String label, Opener opener, Path file, java.util.function.Consumer<LoadedModel> shown) {
        loading.cancel();
        BackgroundTask<LoadedModel> task = BackgroundTask.<LoadedModel>of("Opening " + label, progress -> {
            Model model = opener.open(progress);
            progress.checkCancelled();
            return new LoadedModel(model, ModelAnalyzer.analyze(model, InputSizes.defaults(), progress));
        }).onSuccess(loaded -> {
            show(loaded);
            if (file != null) {
                settings.opened(file);
            }
            shown.accept(loaded);
        }).onFailure(this::failed)
                .onCancelled(() -> notification.set("Opening " + label + " cancelled"));
        loading = status.run(executor, task);
    }

    private void show(LoadedModel loaded) {
        current.set(loaded);
        title.set("Tensorscope — " + loaded.model().name());
        layers.show(loaded);
        graph.layOut(loaded);
        notification.set(String.format("Loaded %s: %,d nodes", loaded.model().name(), loaded.model().nodeCount()));
    }

    private void failed(Throwable failure) {
        error.set(failure instanceof TensorscopeException ? failure.getMessage()
                : "internal error (" + failure.getClass().getSimpleName() + "): " + failure.getMessage());
    }

    /**
     * Saves the model shown as ONNX in the background (atomically); a failure sets {@link #saveErrorProperty()}.
     * Does nothing before a model is shown.
     */
    public void saveCurrent(Path target) {
        LoadedModel loaded = current.get();
        if (loaded == null) {
            return;
        }
        saveError.set(null);
        status.run(executor, ModelSaving.task(loaded.model().name(), loaded.model(), target)
                .onSuccess(path -> notification.set("Saved " + loaded.model().name() + " to " + path))
                .onFailure(failure -> saveError.set(RunState.oneLine(failure))));
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

    /** @return why the last "Save as ONNX…" of the model shown failed, one line, or null; cleared once shown */
    public StringProperty saveErrorProperty() {
        return saveError;
    }

    /** @return Help > About's versions */
    public AboutViewModel about() {
        return about;
    }

    /** @return the preferences and recent files, kept in the config folder */
    public SettingsViewModel settings() {
        return settings;
    }

    /** @return whether the model library is shown (View menu) */
    public BooleanProperty libraryShownProperty() {
        return libraryShown;
    }

    /**
     * Hides the library in a window narrower than {@value LibraryFit#MIN_WINDOW_WIDTH_PX} px and shows it in a wider
     * one, until the user shows or hides it through {@link #libraryShownProperty}.
     */
    public void fitLibraryTo(double windowWidthPx) {
        libraryFit.fit(windowWidthPx);
    }

    /** @return whether the side panel (summary, node details) is shown (View menu) */
    public BooleanProperty sidePanelShownProperty() {
        return sidePanelShown;
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

    /** @return the node panel's view-model */
    public NodeDetailsViewModel nodeDetails() {
        return nodeDetails;
    }

    /** @return the experiment workspace (the History tab's, and where every run is recorded) */
    public WorkbenchWorkspace workspace() {
        return workspace;
    }

    /** @return the History tab's view-model */
    public HistoryViewModel history() {
        return history;
    }

    /** @return the Advice panel's view-model */
    public AdviceViewModel advice() {
        return advice;
    }

    /** @return the summary view-model */
    public SummaryViewModel summary() {
        return summary;
    }
}
