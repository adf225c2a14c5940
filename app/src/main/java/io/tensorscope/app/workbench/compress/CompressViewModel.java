package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.shared.ModelSaving;
import io.tensorscope.app.workbench.shared.UniqueNames;
import io.tensorscope.app.workbench.profile.CeilingsSource;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.RunState;
import io.tensorscope.app.workbench.task.ShowsRunState;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.evaluate.OutputAgreement;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.profiler.experiment.ExperimentCost;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.ParetoFront;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * View-model of the Compress tab: a pipeline editor (steps added, removed and reordered, each with its pass's
 * options), a Run command that runs the pipeline on the shown model and profiles and scores every step's model (and
 * the original, once) in one background task, each variant timed in turn with the original for its speed-up, the
 * experiments of the model with the selected one, their accuracy-versus-cost Pareto front (only experiments scored on
 * the original's samples, none with low fidelity), and "Save as ONNX…". Each experiment's profile is added to the Profile tab's
 * overlay. Its {@link #auto() Auto} action searches per-layer pruning inside an accuracy budget on the same run.
 */
public final class CompressViewModel implements ShowsRunState {

    /** The bundled data sets offered for calibration and evaluation. */
    public static final List<String> DATASETS = List.of(BundledDatasets.MNIST, BundledDatasets.FASHION_MNIST,
            BundledDatasets.SPAM_ASSASSIN, OutputAgreement.DATASET);
    /** How the other tabs name this one while it measures. */
    public static final String MEASURER = "the Compress tab";
    /** Mean cosine to the original's embeddings below which a variant is flagged, at first. */
    public static final double DEFAULT_FIDELITY_THRESHOLD = 0.98;

    private final TaskExecutor executor;
    private final TaskStatus status;
    private final ReadOnlyObjectProperty<LoadedModel> model;
    private final ProfileViewModel profiles;
    private final CeilingsSource ceilings;

    private final PassRegistry registry;
    private final ObservableList<StepDraft> steps = FXCollections.observableArrayList();
    private final ObjectProperty<StepDraft> selectedStep = new SimpleObjectProperty<>();
    private final StringProperty calibrationDataset = new SimpleStringProperty(BundledDatasets.MNIST);
    private final StringProperty evaluationDataset = new SimpleStringProperty(BundledDatasets.MNIST);
    private final IntegerProperty evaluationSamples = new SimpleIntegerProperty(0);

    private final StringProperty saveError = new SimpleStringProperty();
    private final ObservableList<CompressExperiment> experiments = FXCollections.observableArrayList();
    private final ObservableList<CompressExperiment> front = FXCollections.observableArrayList();
    private final ObjectProperty<CompressExperiment> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ExperimentCost> cost = new SimpleObjectProperty<>(ExperimentCost.LATENCY_MILLIS);
    private final DoubleProperty fidelityThreshold = new SimpleDoubleProperty(DEFAULT_FIDELITY_THRESHOLD);
    private final RunState runState;
    private final BooleanBinding idle;
    private final BooleanBinding canRun;
    private final StringBinding runBlockedReason;
    private final AutoViewModel auto;
    private ExperimentJournal journal = ExperimentJournal.NONE;
    private final ObjectProperty<Consumer<Path>> reporter = new SimpleObjectProperty<>();
    private final BooleanBinding canReport;

    /**
     * @param executor runs the experiments and saves
     * @param status   the status bar, which shows the run too (its Cancel stops it)
     * @param model    the model shown; experiments are dropped when it changes
     * @param profiles the Profile tab, whose overlay receives every experiment's profile
     * @param ceilings the machine's roofs, to place the profiles on the roofline
     * @param gate     one measurement at a time across the workbench: Run waits while another tab measures
     */
    public CompressViewModel(TaskExecutor executor, TaskStatus status, ReadOnlyObjectProperty<LoadedModel> model,
                             ProfileViewModel profiles, CeilingsSource ceilings, MeasurementGate gate) {
        this.executor = executor;
        this.status = status;
        this.model = model;
        this.profiles = profiles;
        this.ceilings = ceilings;
        this.registry = PassRegistry.standard();
        this.runState = new RunState(gate, MEASURER);
        idle = Bindings.createBooleanBinding(() -> model.get() != null && !runState.runningProperty().get()
                        && !gate.busyProperty().get() && evaluationSamples.get() >= 0,
                model, runState.runningProperty(), gate.busyProperty(), evaluationSamples);
        canRun = Bindings.createBooleanBinding(() -> idle.get() && !steps.isEmpty(), idle, steps);
        runBlockedReason = gate.blockedReason(MEASURER);
        canReport = Bindings.createBooleanBinding(() -> reporter.get() != null && experiments.size() >= 2
                && !runState.runningProperty().get(), reporter, experiments, runState.runningProperty());
        addStep(registry.all().get(0));
        model.addListener((obs, old, now) -> modelChanged(now));
        experiments.addListener((ListChangeListener<CompressExperiment>) c -> refreshFront());
        cost.addListener((obs, old, now) -> refreshFront());
        auto = new AutoViewModel(this, executor, status, model, runState, idle, registry);
        fidelityThreshold.addListener((obs, old, now) -> {
            refreshFront();
            auto.rejudge();
        });
    }

    /**
     * @return {@code spam-assassin} for a model fed token ids, {@code mnist} for one taking 28×28 grey images, else
     *         {@link OutputAgreement#DATASET}: a model no bundled data set fits is scored by agreement with its
     *         original on random inputs
     */
    public static String defaultDataset(Model model) {
        ElementType input = model.inputs().isEmpty() ? ElementType.FLOAT : model.inputs().get(0).type();
        if (input == ElementType.INT64 || input == ElementType.INT32) {
            return BundledDatasets.SPAM_ASSASSIN;
        }
        return takesDigits(model) ? BundledDatasets.MNIST : OutputAgreement.DATASET;
    }

    /** @return the data set that calibrates {@code model}: its default one, or random inputs where none fits */
    public static String defaultCalibration(Model model) {
        String dataset = defaultDataset(model);
        return OutputAgreement.DATASET.equals(dataset) ? PassContext.RANDOM_DATA : dataset;
    }

    /** @return whether {@code model}'s first input is a 28×28 single-channel image batch (NHWC or NCHW) */
    private static boolean takesDigits(Model model) {
        if (model.inputs().isEmpty()) {
            return false;
        }
        long[] dims = model.inputs().get(0).shape().dims();
        if (dims.length != 4) {
            return false;
        }
        boolean nhwc = dims[1] == 28 && dims[2] == 28 && dims[3] == 1;
        boolean nchw = dims[1] == 1 && dims[2] == 28 && dims[3] == 28;
        return nhwc || nchw;
    }

    /**
     * Starts the pipeline the steps describe; does nothing when it cannot run. A step whose options are invalid fails
     * at once, in one line, and nothing runs.
     */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        LoadedModel loaded = model.get();
        PipelineSpec pipeline = pipeline();
        try {
            pipeline.resolve(registry);
        } catch (TensorscopeException e) {
            runState.failed(e);
            return;
        }
        CompressRequest request = new CompressRequest(loaded, pipeline, registry, namer(), plan(), original());
        String title = steps.size() == 1 ? steps.get(0).pass().displayName() : steps.size() + " steps";
        BackgroundTask<CompressOutcome> work = BackgroundTask.<CompressOutcome>of("Compressing " + loaded.model().name()
                        + " (" + title + ")", p -> request.execute(ceilings, p))
                .onSuccess(outcome -> finished(loaded, outcome))
                .onFailure(runState::failed)
                .onCancelled(() -> runState.stopped("Compression cancelled"));
        runState.start(status, executor, work);
    }

    /** @return how experiments are timed and scored now: the chosen evaluation data and samples */
    public ExperimentPlan plan() {
        return ExperimentPlan.standard(evaluationDataset.get(), evaluationSamples.get());
    }

    /**
     * @return a namer for one background task: makes a name unique among the experiments shown now and those it
     * named before
     */
    public UnaryOperator<String> namer() {
        Set<String> taken = new HashSet<>();
        experiments.forEach(e -> taken.add(e.name()));
        return base -> {
            String name = UniqueNames.of(base, taken::contains);
            taken.add(name);
            return name;
        };
    }

    /** @return the original's row, or null before the first run or search */
    public CompressExperiment original() {
        return experiments.stream().filter(CompressExperiment::isOriginal).findFirst().orElse(null);
    }

    /** Shows {@code original} as the original's row, first; its profile joins the Profile tab's overlay when new. */
    public void placeOriginal(CompressExperiment original) {
        int at = indexOfOriginal();
        CompressExperiment old = at < 0 ? null : experiments.get(at);
        if (old == original) {
            return;
        }
        CompressExperiment shown = old != null && old.profile() == original.profile() ? original : overlaid(original);
        if (at < 0) {
            experiments.add(0, shown);
        } else {
            experiments.set(at, shown);
        }
        journal.kept(shown, null);
    }

    /** @return {@code experiment} as added to the rows, its profile (if any) added to the Profile tab's overlay */
    public CompressExperiment add(CompressExperiment experiment) {
        CompressExperiment shown = overlaid(experiment);
        experiments.add(shown);
        journal.kept(shown, original());
        return shown;
    }

    /**
     * Shows experiments kept from earlier sessions ({@code original} first, then {@code variants}), without telling
     * the journal (they are kept already). Does nothing unless {@code loaded} is shown and has no rows yet.
     */
    public void restore(LoadedModel loaded, CompressExperiment original, List<CompressExperiment> variants) {
        if (loaded != model.get() || runState.runningProperty().get() || !experiments.isEmpty()) {
            return;
        }
        experiments.add(original);
        experiments.addAll(variants);
        selected.set(variants.isEmpty() ? original : variants.get(variants.size() - 1));
    }

    /**
     * Writes the comparison report of the rows (the original the baseline) to {@code target}, through the reporter
     * set by {@link #reportWith}; does nothing when none is set or fewer than two rows are shown.
     */
    public void report(Path target) {
        if (canReport.get()) {
            reporter.get().accept(target);
        }
    }

    /** Sets what writes {@link #report the report} of the rows (the workspace's reports, from the recorded rows). */
    public void reportWith(Consumer<Path> writer) {
        reporter.set(writer);
    }

    /** @return whether {@link #report} would write: a reporter is set, two or more rows are shown, nothing runs */
    public BooleanBinding canReportBinding() {
        return canReport;
    }

    /** Tells {@code journal} of every row shown from now on. */
    public void keepIn(ExperimentJournal journal) {
        this.journal = journal;
    }

    private CompressExperiment overlaid(CompressExperiment experiment) {
        return experiment.profile() == null ? experiment : experiment.withProfile(profiles.addProfile(experiment.profile()));
    }

    /** @return the pipeline as it stands: the steps in order, calibrating on the chosen data set */
    public PipelineSpec pipeline() {
        boolean needsData = steps.stream().anyMatch(s -> s.pass().needsData());
        return new PipelineSpec(needsData ? calibrationDataset.get() : null, steps.stream().map(StepDraft::step).toList());
    }

    /** Appends a step running {@code pass} (options at their defaults) and selects it. */
    public void addStep(Pass pass) {
        StepDraft step = new StepDraft(pass);
        steps.add(step);
        selectedStep.set(step);
    }

    /** Removes the selected step, selecting its neighbour. */
    public void removeSelectedStep() {
        int at = steps.indexOf(selectedStep.get());
        if (at >= 0) {
            steps.remove(at);
            selectedStep.set(steps.isEmpty() ? null : steps.get(Math.min(at, steps.size() - 1)));
        }
    }

    /** Moves the selected step {@code by} places (−1 earlier, +1 later), if it stays in the list. */
    public void moveSelectedStep(int by) {
        StepDraft step = selectedStep.get();
        int at = steps.indexOf(step);
        int to = at + by;
        if (at >= 0 && to >= 0 && to < steps.size()) {
            steps.remove(at);
            steps.add(to, step);
            selectedStep.set(step);
        }
    }

    /** Stops the running experiment or search, if any (a search keeps what it found). */
    public void cancel() {
        runState.cancel();
    }

    /**
     * Saves the experiment's model as an ONNX file in the background (atomically); a failure sets
     * {@link #saveErrorProperty()}.
     */
    public void save(CompressExperiment experiment, Path target) {
        saveError.set(null);
        status.run(executor, ModelSaving.task(experiment.name(), experiment.model(), target).onSuccess(path -> runState.messageProperty().set("Saved " + experiment.name() + " to " + path))
                .onFailure(error -> saveError.set(RunState.oneLine(error))));
    }

    private void finished(LoadedModel loaded, CompressOutcome outcome) {
        if (loaded != model.get()) {
            runState.stopped("The model changed while compressing; the experiment was dropped");
            return;
        }
        runState.stopped("");
        placeOriginal(outcome.original());
        CompressExperiment added = null;
        for (CompressExperiment experiment : outcome.experiments()) {
            added = add(experiment);
        }
        selected.set(added);
        ExperimentSummary s = added.summary();
        runState.messageProperty().set(String.format(java.util.Locale.ROOT, "%s: %s, %s", s.name(),
                CompressText.metric(s), CompressText.latencyCell(added)));
    }

    private int indexOfOriginal() {
        for (int i = 0; i < experiments.size(); i++) {
            if (experiments.get(i).isOriginal()) {
                return i;
            }
        }
        return -1;
    }

    private void modelChanged(LoadedModel now) {
        runState.cancel();
        selected.set(null);
        experiments.clear();
        runState.clearFailure();
        if (now != null) {
            calibrationDataset.set(defaultCalibration(now.model()));
            evaluationDataset.set(defaultDataset(now.model()));
        }
    }

    private void refreshFront() {
        List<ExperimentSummary> weighed = experiments.stream()
                .filter(e -> otherSamplesReason(e) == null && fidelityWarning(e) == null)
                .map(CompressExperiment::summary).toList();
        List<ExperimentSummary> onFront = ParetoFront.of(weighed, cost.get());
        front.setAll(onFront.stream().map(s -> experiments.stream().filter(e -> e.summary() == s).findFirst().orElseThrow())
                .toList());
    }

    /**
     * @return why {@code experiment} is not compared with the original (scored on other samples, another data set or
     * metric) and so kept off the Pareto front, one sentence; null when it is compared
     */
    public String otherSamplesReason(CompressExperiment experiment) {
        CompressExperiment original = original();
        return TradeOffRules.otherSamples(experiment.summary(), original == null ? null : original.summary());
    }

    /**
     * @return the warning for {@code experiment}'s fidelity below {@link #fidelityThresholdProperty()}, with its mean
     * and worst cosine, one sentence; null when it is not flagged (or has no fidelity figure, as image models)
     */
    public String fidelityWarning(CompressExperiment experiment) {
        return TradeOffRules.fidelityWarning(experiment.summary(), fidelityThreshold.get());
    }

    /** @return whether {@code experiment} may be called a best trade-off: its fidelity is not flagged */
    boolean trusted(CompressExperiment experiment) {
        return !TradeOffRules.lowFidelity(experiment.summary(), fidelityThreshold.get());
    }

    /** @return the Auto action: its budgets and levels, and its verdicts on the candidates it found */
    public AutoViewModel auto() {
        return auto;
    }

    /** @return the pipeline's steps, in the order they run */
    public ObservableList<StepDraft> steps() {
        return steps;
    }

    /** @return the step whose options the property sheet shows */
    public ObjectProperty<StepDraft> selectedStepProperty() {
        return selectedStep;
    }

    /** @return the passes a step can run */
    public List<Pass> passes() {
        return registry.all();
    }

    /** @return the data set steps that calibrate read (id, path or random); follows the model's kind when a model is opened */
    public StringProperty calibrationDatasetProperty() {
        return calibrationDataset;
    }

    /** @return the evaluation data set id: mnist for image models, spam-assassin for text models by default */
    public StringProperty evaluationDatasetProperty() {
        return evaluationDataset;
    }

    /** @return images to score, 0 for all (texts always use the whole k-NN split) */
    public IntegerProperty evaluationSamplesProperty() {
        return evaluationSamples;
    }

    /** @return whether {@link #run()} would start: a model is shown, nothing measures, there is a step, the count is valid */
    public BooleanBinding canRunBinding() {
        return canRun;
    }

    /** @return why Run waits for another tab's measurement, one sentence, or null */
    public StringBinding runBlockedReasonBinding() {
        return runBlockedReason;
    }

    /** @return why the last save failed, one line, or null; the view shows it in a dialog and clears it */
    public StringProperty saveErrorProperty() {
        return saveError;
    }

    /** @return the experiments of the shown model: the original first, then in the order run */
    public ObservableList<CompressExperiment> experiments() {
        return experiments;
    }

    /**
     * @return the experiments on the Pareto front of score against {@link #costProperty()}, cheapest first: among
     * those scored like the original and not flagged for low fidelity
     */
    public ObservableList<CompressExperiment> paretoFront() {
        return front;
    }

    /** @return the experiment whose pass report is shown and which "Save as ONNX…" saves */
    public ObjectProperty<CompressExperiment> selectedProperty() {
        return selected;
    }

    /** @return what the chart and the front weigh the score against: latency (default) or size */
    public ObjectProperty<ExperimentCost> costProperty() {
        return cost;
    }

    /**
     * @return the mean cosine to the original's embeddings below which a variant is flagged, kept off the front and
     * never the Auto search's best (default {@value #DEFAULT_FIDELITY_THRESHOLD})
     */
    public DoubleProperty fidelityThresholdProperty() {
        return fidelityThreshold;
    }

    @Override
    public RunState runState() {
        return runState;
    }
}
