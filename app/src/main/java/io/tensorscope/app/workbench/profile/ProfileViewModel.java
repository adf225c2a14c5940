package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.shared.InputSizesText;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.shared.UniqueNames;
import io.tensorscope.app.workbench.graph.GraphViewModel;
import io.tensorscope.app.workbench.layers.LayersViewModel;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.RunState;
import io.tensorscope.app.workbench.task.ShowsRunState;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ProfileSettings;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * View-model of the Profile tab: run settings, a Run command that profiles the current model and places it under the
 * machine's roofs (cached) in one background task ({@code Profiling}, as {@code tensorscope profile} does), the
 * profiles of the current model (for overlay) with
 * one of them active, and the selected kernel, kept in step with the layer table's selected node. The active
 * profile's timings fill the layer table's timing columns (the table and summary switch to the analysis at the
 * sizes it was profiled at) and the graph's time-share colours. Run waits while another
 * tab measures (one {@link MeasurementGate} for the workbench).
 */
public final class ProfileViewModel implements ShowsRunState {

    /** How the other tabs name this one while it measures. */
    public static final String MEASURER = "the Profile tab";

    private final TaskExecutor executor;
    private final TaskStatus status;
    private final LayersViewModel layers;
    private final GraphViewModel graph;
    private final ReadOnlyObjectProperty<LoadedModel> model;
    private final CeilingsSource ceilings;
    private final int maxThreads = Runtime.getRuntime().availableProcessors();

    private final IntegerProperty threads = new SimpleIntegerProperty(maxThreads);
    private final IntegerProperty warmupRuns = new SimpleIntegerProperty(ProfileSettings.DEFAULT_WARMUP_RUNS);
    private final IntegerProperty runs = new SimpleIntegerProperty(ProfileSettings.DEFAULT_RUNS);
    private final ObjectProperty<OptimizationLevel> optimization = new SimpleObjectProperty<>(OptimizationLevel.ALL);
    private final StringProperty inputSizes = new SimpleStringProperty("");
    private final StringProperty inputSizesError = new SimpleStringProperty();
    private final ObservableList<ProfileRun> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileRun> active = new SimpleObjectProperty<>();
    private final StringProperty selectedKernel = new SimpleStringProperty();
    private final RunState runState;
    private final BooleanBinding canRun;
    private final StringBinding runBlockedReason;

    /**
     * @param executor runs the profile
     * @param status   the status bar, which shows the run too (its Cancel stops it)
     * @param layers   the layer table, whose selection follows kernel selection and which shows the timings
     * @param graph    the graph view, coloured by time share when asked
     * @param model    the model shown; profiles are dropped when it changes
     * @param ceilings the machine's roofs
     * @param gate     one measurement at a time across the workbench
     */
    public ProfileViewModel(TaskExecutor executor, TaskStatus status, LayersViewModel layers, GraphViewModel graph,
                            ReadOnlyObjectProperty<LoadedModel> model, CeilingsSource ceilings, MeasurementGate gate) {
        this.executor = executor;
        this.status = status;
        this.layers = layers;
        this.graph = graph;
        this.model = model;
        this.ceilings = ceilings;
        this.runState = new RunState(gate, MEASURER);
        inputSizes.addListener((obs, old, text) -> inputSizesError.set(InputSizesText.error(text)));
        canRun = Bindings.createBooleanBinding(() -> model.get() != null && !runState.runningProperty().get()
                        && !gate.busyProperty().get() && inputSizesError.get() == null && threads.get() >= 1
                        && threads.get() <= maxThreads && runs.get() >= 1 && warmupRuns.get() >= 0,
                model, runState.runningProperty(), gate.busyProperty(), inputSizesError, threads, runs, warmupRuns);
        runBlockedReason = gate.blockedReason(MEASURER);
        model.addListener((obs, old, now) -> modelChanged());
        active.addListener((obs, old, run) -> showActive(run));
        layers.selectedIndexProperty().addListener((obs, old, index) -> highlightKernelOf(index.intValue()));
    }

    /** Starts measuring roofs and profiling the current model with the settings; does nothing when it cannot run. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        LoadedModel loaded = model.get();
        ProfileRequest request = new ProfileRequest(loaded, new ProfileSettings(threads.get(), warmupRuns.get(),
                runs.get(), optimization.get()), inputSizes.get().trim());
        BackgroundTask<ProfileRun> work = BackgroundTask.<ProfileRun>of("Profiling " + loaded.model().name(),
                        p -> request.execute(ceilings, p))
                .onSuccess(run -> finished(loaded, run))
                .onFailure(runState::failed)
                .onCancelled(() -> runState.stopped("Profile cancelled"));
        runState.start(status, executor, work);
    }

    /** Stops the running profile, if any. */
    public void cancel() {
        runState.cancel();
    }

    /** Drops every profile of the current model. */
    public void clearProfiles() {
        active.set(null);
        profiles.clear();
    }

    private void finished(LoadedModel loaded, ProfileRun run) {
        if (loaded != model.get()) {
            runState.stopped("The model changed while profiling; the profile was dropped");
            return;
        }
        runState.stopped("");
        ProfileRun named = run.withLabel(uniqueLabel(run.label()));
        profiles.add(named);
        active.set(named);
    }

    /**
     * Adds a profile measured elsewhere (the Compress tab's original and its variants) to the overlay, under a label
     * no other profile has; it becomes the one shown only when none is.
     *
     * @return the profile as added (relabelled if its label was taken)
     */
    public ProfileRun addProfile(ProfileRun run) {
        ProfileRun named = run.withLabel(uniqueLabel(run.label()));
        profiles.add(named);
        if (active.get() == null) {
            active.set(named);
        }
        return named;
    }

    private String uniqueLabel(String label) {
        return UniqueNames.of(label, candidate -> profiles.stream().map(ProfileRun::label).anyMatch(candidate::equals));
    }

    private void modelChanged() {
        runState.cancel();
        clearProfiles();
        runState.clearFailure();
    }

    private void showActive(ProfileRun run) {
        selectedKernel.set(null);
        boolean ofShownModel = run != null && !run.variant();
        layers.showTimings(ofShownModel ? run.profile().nodes() : null, ofShownModel ? run.analysis() : null);
        graph.timeSharesProperty().set(ofShownModel ? run.nodeShares() : null);
        highlightKernelOf(layers.selectedIndexProperty().get());
    }

    private void highlightKernelOf(int nodeIndex) {
        kernelOf(nodeIndex).map(KernelTiming::kernel).ifPresent(selectedKernel::set);
    }

    /**
     * Selects kernel {@code kernel} of the active profile, and with it the original node that carries its FLOPs
     * ({@link KernelCarrier}) in the layer table and graph; a runtime-inserted kernel (no nodes) is only highlighted.
     */
    public void selectKernel(String kernel) {
        ProfileRun run = active.get();
        if (run == null) {
            return;
        }
        selectKernel(run, kernel);
    }

    /** Selects the kernel of {@code point}, a point of {@code run} (active or overlaid). */
    public void selectPoint(ProfileRun run, RooflinePoint point) {
        selectKernel(run, point.kernel());
    }

    private void selectKernel(ProfileRun run, String kernel) {
        List<Integer> nodes = run.variant() ? List.<Integer>of() : run.kernel(kernel).map(KernelTiming::nodes).orElse(List.of());
        if (!nodes.isEmpty()) {
            layers.selectedIndexProperty().set(KernelCarrier.of(nodes, model.get().analysis().nodes()));
        }
        selectedKernel.set(kernel);
    }

    /**
     * @return the kernel of the active profile that ran node {@code nodeIndex}, with every node it covers; empty before
     * profiling, for a variant's profile, and for a node the runtime folded away
     */
    public Optional<KernelTiming> kernelOf(int nodeIndex) {
        ProfileRun run = active.get();
        if (run == null || run.variant()) {
            return Optional.empty();
        }
        return run.profile().nodes().stream().filter(n -> n.index() == nodeIndex && !n.removed()).findFirst()
                .flatMap(n -> run.kernel(n.kernel()));
    }

    /** @return threads to profile with, 1..{@link #maxThreads()} (default: all logical cores) */
    public IntegerProperty threadsProperty() {
        return threads;
    }

    /** @return the logical cores of this machine: the most threads offered */
    public int maxThreads() {
        return maxThreads;
    }

    /** @return untimed runs before the timed ones (default {@value ProfileSettings#DEFAULT_WARMUP_RUNS}, as the CLI) */
    public IntegerProperty warmupRunsProperty() {
        return warmupRuns;
    }

    /** @return timed runs, ≥ 1 (default {@value ProfileSettings#DEFAULT_RUNS}, as the CLI) */
    public IntegerProperty runsProperty() {
        return runs;
    }

    /** @return the graph optimisation level (default {@link OptimizationLevel#ALL}, what a user deploys) */
    public ObjectProperty<OptimizationLevel> optimizationProperty() {
        return optimization;
    }

    /** @return input sizes as {@code NAME=D1xD2…} separated by spaces or semicolons; blank for the defaults */
    public StringProperty inputSizesProperty() {
        return inputSizes;
    }

    /** @return why the input sizes do not parse, one line, or null when they do */
    public ReadOnlyStringProperty inputSizesErrorProperty() {
        return inputSizesError;
    }

    /** @return whether {@link #run()} would start: a model is shown, nothing measures, the settings are valid */
    public BooleanBinding canRunBinding() {
        return canRun;
    }

    /** @return why Run waits for another tab's measurement, one sentence, or null */
    public StringBinding runBlockedReasonBinding() {
        return runBlockedReason;
    }

    /** @return the profiles of the current model, oldest first; all are drawn, the active one in front */
    public ObservableList<ProfileRun> profiles() {
        return profiles;
    }

    /** @return the profile whose timings, roofs and kernels are shown; null before the first */
    public ObjectProperty<ProfileRun> activeProperty() {
        return active;
    }

    /** @return the name of the highlighted kernel (in every profile that ran it), or null */
    public ReadOnlyStringProperty selectedKernelProperty() {
        return selectedKernel;
    }

    @Override
    public RunState runState() {
        return runState;
    }
}
