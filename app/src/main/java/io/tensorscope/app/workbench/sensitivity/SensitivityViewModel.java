package io.tensorscope.app.workbench.sensitivity;

import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.layers.LayersViewModel;
import io.tensorscope.app.workbench.shared.LevelsText;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.app.workbench.task.RunState;
import io.tensorscope.app.workbench.task.ShowsRunState;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.sensitivity.Sensitivity;
import io.tensorscope.profiler.sensitivity.SensitivityResult;
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
import java.util.Locale;

/**
 * View-model of the Sensitivity tab: a pass that can be applied to one layer at a time, its levels, the evaluation
 * data, and Run, which applies the pass to each layer alone at each level and times and scores every variant in one
 * background task (holding the workbench's {@link MeasurementGate}). The result is one row per layer, most sensitive
 * first; selecting a row selects its node in the layer table and graph.
 */
public final class SensitivityViewModel implements ShowsRunState {

    /** How the other tabs name this one while it measures. */
    public static final String MEASURER = "the Sensitivity tab";
    /** The pass chosen at first, when installed. */
    public static final String DEFAULT_PASS = "prune-channel";
    /** Levels shown at first. */
    public static final String DEFAULT_LEVELS = "0.25, 0.5, 0.75";
    /** Test images scored at first: enough to rank layers, quick to measure. */
    public static final int DEFAULT_SAMPLES = 1000;
    /** Options through which a pass can be restricted to one layer (as the headless analysis reads them). */
    private static final List<String> PER_LAYER_OPTIONS = List.of("layers", "exclude-nodes");

    private final TaskExecutor executor;
    private final TaskStatus status;
    private final ReadOnlyObjectProperty<LoadedModel> model;
    private final LayersViewModel layers;
    private final PassRegistry registry;
    private final List<Pass> passes;
    private final ObjectProperty<Pass> pass = new SimpleObjectProperty<>();
    private final StringProperty levels = new SimpleStringProperty(DEFAULT_LEVELS);
    private final StringProperty dataset = new SimpleStringProperty(CompressViewModel.DATASETS.get(0));
    private final IntegerProperty samples = new SimpleIntegerProperty(DEFAULT_SAMPLES);
    private final ObjectProperty<SensitivityResult> result = new SimpleObjectProperty<>();
    private final ObservableList<SensitivityRow> rows = FXCollections.observableArrayList();
    private final StringProperty selectedLayer = new SimpleStringProperty();
    private final BooleanBinding leveled;
    private final RunState runState;
    private final BooleanBinding canRun;
    private final StringBinding runBlockedReason;

    /**
     * @param executor runs the analysis
     * @param status   the status bar, which shows the run too (its Cancel stops it)
     * @param model    the model shown; the result is dropped when it changes
     * @param layers   the layer table, whose selection follows the selected row (and so the graph's)
     * @param gate     one measurement at a time across the workbench: Run waits while another tab measures
     */
    public SensitivityViewModel(TaskExecutor executor, TaskStatus status, ReadOnlyObjectProperty<LoadedModel> model,
                                LayersViewModel layers, MeasurementGate gate) {
        this.executor = executor;
        this.status = status;
        this.model = model;
        this.layers = layers;
        this.registry = PassRegistry.standard();
        this.passes = registry.all().stream().filter(SensitivityViewModel::perLayer).toList();
        pass.set(passes.stream().filter(p -> p.id().equals(DEFAULT_PASS)).findFirst()
                .orElse(passes.isEmpty() ? null : passes.get(0)));
        this.runState = new RunState(gate, MEASURER);
        leveled = Bindings.createBooleanBinding(() -> pass.get() != null && LevelsText.levelOption(pass.get()).isPresent(),
                pass);
        canRun = Bindings.createBooleanBinding(() -> model.get() != null && pass.get() != null
                        && !runState.runningProperty().get() && !gate.busyProperty().get() && samples.get() >= 0,
                model, pass, runState.runningProperty(), gate.busyProperty(), samples);
        runBlockedReason = gate.blockedReason(MEASURER);
        model.addListener((obs, old, now) -> modelChanged(now));
        layers.selectedIndexProperty().addListener((obs, old, index) -> selectedLayer.set(rows.stream()
                .filter(r -> r.nodeIndex() == index.intValue()).map(SensitivityRow::layer).findFirst().orElse(null)));
    }

    /** @return true when {@code pass} can be applied to one layer at a time */
    private static boolean perLayer(Pass pass) {
        return pass.options().stream().anyMatch(o -> PER_LAYER_OPTIONS.contains(o.name()));
    }

    /**
     * Starts the analysis with the settings; does nothing when it cannot run. Levels that do not parse (none, not a
     * number, out of the pass's range) fail at once, in one line, and nothing runs.
     */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Pass chosen = pass.get();
        List<Double> tried;
        try {
            tried = LevelsText.parse(levels.get(), chosen);
        } catch (TensorscopeException e) {
            runState.failed(e);
            return;
        }
        LoadedModel loaded = model.get();
        String data = dataset.get();
        ExperimentPlan plan = ExperimentPlan.standard(data, samples.get());
        String calibration = !chosen.needsData() ? null
                : plan.scoresAgreement() ? PassContext.RANDOM_DATA : data;
        BackgroundTask<SensitivityResult> work = BackgroundTask.<SensitivityResult>of("Sensitivity of "
                        + loaded.model().name() + " to " + chosen.displayName(),
                p -> Sensitivity.run(loaded.model(), chosen.id(), tried, calibration, plan, registry, p))
                .onSuccess(measured -> finished(loaded, measured))
                .onFailure(runState::failed)
                .onCancelled(() -> runState.stopped("Sensitivity cancelled"));
        runState.start(status, executor, work);
    }

    /** Stops the running analysis, if any. */
    public void cancel() {
        runState.cancel();
    }

    /** Selects the node of {@code row}'s layer in the layer table and graph (and so the row here). */
    public void select(SensitivityRow row) {
        if (row.nodeIndex() >= 0) {
            layers.selectedIndexProperty().set(row.nodeIndex());
        }
        selectedLayer.set(row.layer());
    }

    private void finished(LoadedModel loaded, SensitivityResult measured) {
        if (loaded != model.get()) {
            runState.stopped("The model changed while measuring; the result was dropped");
            return;
        }
        result.set(measured);
        List<NodeCost> nodes = loaded.analysis().nodes();
        rows.setAll(measured.ranking().stream().map(layer -> new SensitivityRow(layer, nodes.stream()
                .filter(n -> n.name().equals(layer)).mapToInt(NodeCost::index).findFirst().orElse(-1),
                measured.of(layer))).toList());
        runState.stopped(String.format(Locale.ROOT, "%d layers, most sensitive first; original %.2f %% %s on "
                        + "%s", rows.size(), measured.original().metricValue() * 100, measured.original().metric(),
                measured.original().dataset()));
    }

    private void modelChanged(LoadedModel now) {
        runState.cancel();
        rows.clear();
        result.set(null);
        selectedLayer.set(null);
        runState.clearFailure();
        if (now != null) {
            dataset.set(CompressViewModel.defaultDataset(now.model()));
        }
    }

    /** @return the installed passes that can be applied to one layer at a time */
    public List<Pass> passes() {
        return passes;
    }

    /** @return the pass to apply (default prune-channel) */
    public ObjectProperty<Pass> passProperty() {
        return pass;
    }

    /** @return the levels as typed, e.g. {@code 0.25, 0.5, 0.75}; ignored while {@link #leveledBinding()} is false */
    public StringProperty levelsProperty() {
        return levels;
    }

    /** @return true when the chosen pass has levels (a {@code sparsity} option) */
    public BooleanBinding leveledBinding() {
        return leveled;
    }

    /** @return the evaluation data set: mnist for image models, spam-assassin for text models by default */
    public StringProperty datasetProperty() {
        return dataset;
    }

    /** @return images to score, from the first (0 = all; texts always use the whole k-NN split) */
    public IntegerProperty samplesProperty() {
        return samples;
    }

    /** @return whether {@link #run()} would start: a model is shown, nothing measures, a pass is chosen */
    public BooleanBinding canRunBinding() {
        return canRun;
    }

    /** @return why Run waits for another tab's measurement, one sentence, or null */
    public StringBinding runBlockedReasonBinding() {
        return runBlockedReason;
    }

    /** @return the last result for the shown model, or null */
    public ReadOnlyObjectProperty<SensitivityResult> resultProperty() {
        return result;
    }

    /** @return one row per layer of the last result, most sensitive first */
    public ObservableList<SensitivityRow> rows() {
        return rows;
    }

    /** @return the layer whose node is selected, when it is a row here, else null */
    public ReadOnlyStringProperty selectedLayerProperty() {
        return selectedLayer;
    }

    @Override
    public RunState runState() {
        return runState;
    }
}
