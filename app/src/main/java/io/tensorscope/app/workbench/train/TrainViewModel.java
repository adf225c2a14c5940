package io.tensorscope.app.workbench.train;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.compress.CompressText;
import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.compress.StepDraft;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.app.workbench.task.RunState;
import io.tensorscope.app.workbench.task.ShowsRunState;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.distil.DistilPass;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.train.EpochStats;
import io.tensorscope.engine.train.Teacher;
import io.tensorscope.engine.train.TrainingOptions;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * View-model of the Train tab: fine-tune or distil the Compress tab's selected experiment (else the model shown) on a
 * data set, with the {@code distil} pass's declared options as settings, in one background task on the workbench's
 * one-measurement gate (per-batch progress and Cancel, which stops between batches and adds nothing). Each finished
 * epoch joins {@link #epochs()} as it ends; the trained model is then timed and scored like any experiment and joins
 * the Compress tab's rows as a child of the model trained. The teacher of a distillation is the trained experiment's
 * parent (the original for the model shown or a direct child of it).
 */
public final class TrainViewModel implements ShowsRunState {

    /** How the other tabs name this one while it trains or measures. */
    public static final String MEASURER = "the Train tab";
    /** The bundled image sets offered for training (their training splits). */
    public static final List<String> DATASETS = List.copyOf(BundledDatasets.IMAGE_SETS);
    /** Options of the {@code distil} pass that only distillation reads. */
    static final Set<String> TEACHER_OPTIONS = Set.of("temperature", "alpha");

    private final CompressViewModel compress;
    private final TaskExecutor executor;
    private final TaskStatus status;
    private final ReadOnlyObjectProperty<LoadedModel> model;
    private final RunState runState;
    private final StepDraft settings = new StepDraft(new DistilPass());
    private final ObjectProperty<TrainMode> mode = new SimpleObjectProperty<>(TrainMode.DISTIL);
    private final StringProperty dataset = new SimpleStringProperty(BundledDatasets.MNIST);
    private final IntegerProperty headClasses = new SimpleIntegerProperty(0);
    private final ObservableList<EpochStats> epochs = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper plannedEpochs = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding canStart;
    private final StringBinding blockedReason;
    private final StringBinding target;

    /**
     * @param compress the Compress tab: its selected experiment is trained, its evaluation scores the result, its rows
     *                 receive it
     * @param executor runs the training
     * @param status   the status bar, which shows the run too (its Cancel stops it)
     * @param model    the model shown; a run is dropped when it changes
     * @param gate     one measurement at a time across the workbench
     */
    public TrainViewModel(CompressViewModel compress, TaskExecutor executor, TaskStatus status,
                          ReadOnlyObjectProperty<LoadedModel> model, MeasurementGate gate) {
        this.compress = compress;
        this.executor = executor;
        this.status = status;
        this.model = model;
        this.runState = new RunState(gate, MEASURER);
        canStart = Bindings.createBooleanBinding(() -> model.get() != null && !runState.runningProperty().get()
                && !gate.busyProperty().get(), model, runState.runningProperty(), gate.busyProperty());
        blockedReason = gate.blockedReason(MEASURER);
        target = Bindings.createStringBinding(this::describeTarget, model, compress.selectedProperty(), mode,
                compress.experiments());
        model.addListener((obs, old, now) -> {
            runState.cancel();
            epochs.clear();
            runState.clearFailure();
        });
    }

    /**
     * Starts training with the settings; does nothing when it cannot start. Settings out of range fail at once, in
     * one line, and nothing runs.
     */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        LoadedModel loaded = model.get();
        CompressExperiment trained = trainedRow();
        Model student = trained == null ? loaded.model() : trained.model();
        TrainRequest request;
        try {
            request = request(loaded, trained, student);
        } catch (TensorscopeException e) {
            runState.failed(e);
            return;
        }
        epochs.clear();
        plannedEpochs.set(request.options().epochs());
        BackgroundTask<TrainOutcome> work = BackgroundTask.<TrainOutcome>of(mode.get() + " " + student.name(),
                        p -> request.execute(p, (stats, total) -> executor.runOnResultThread(() -> epochEnded(loaded,
                                stats))))
                .onSuccess(outcome -> finished(loaded, outcome))
                .onFailure(runState::failed)
                .onCancelled(() -> runState.stopped(mode.get() + " cancelled: nothing was added"));
        runState.start(status, executor, work);
    }

    private TrainRequest request(LoadedModel loaded, CompressExperiment trained, Model student)
            throws TensorscopeException {
        PipelineStep step = settings.step();
        PassOptions options = PassOptions.parse(DistilPass.ID, settings.pass().options(), step.options());
        TrainingOptions training = DistilPass.trainingOptions(options);
        boolean distil = mode.get() == TrainMode.DISTIL;
        Teacher teacher = distil ? DistilPass.teacher(teacherOf(trained, loaded), options) : null;
        if (headClasses.get() < 0 || distil && headClasses.get() > 0) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, distil
                    ? "a new head is for fine-tuning: a student distilled must score the teacher's classes"
                    : "the new head needs at least 1 class (0: keep the head), not " + headClasses.get());
        }
        Map<String, String> recorded = new LinkedHashMap<>(step.options());
        if (!distil) {
            recorded.keySet().removeAll(TEACHER_OPTIONS);
            if (headClasses.get() > 0) {
                recorded.put("replace-head", String.valueOf(headClasses.get()));
            }
        }
        String from = trained == null ? loaded.model().name() : trained.name();
        String name = compress.namer().apply(mode.get().id() + (trained == null || trained.isOriginal() ? ""
                : " " + trained.name()));
        String words = mode.get() + " of " + from + (distil ? " from " + teacher.model().name() : "") + " on "
                + dataset.get() + (recorded.isEmpty() ? "" : " · " + recorded.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        CompressExperiment parent = trained != null ? trained : compress.original();
        return new TrainRequest(loaded, student, teacher, dataset.get(), headClasses.get(), training, compress.plan(),
                name, words, new PipelineSpec(dataset.get(), List.of(new PipelineStep(mode.get().id(),
                recorded))), parent);
    }

    private CompressExperiment trainedRow() {
        return compress.selectedProperty().get();
    }

    /** @return the trained experiment's parent's model; the model shown for the original or no experiment */
    private Model teacherOf(CompressExperiment trained, LoadedModel loaded) {
        if (trained == null || trained.isOriginal()) {
            return loaded.model();
        }
        String parentId = trained.record().parentId();
        return compress.experiments().stream().filter(e -> e.record().id().equals(parentId)).findFirst()
                .map(CompressExperiment::model).orElse(loaded.model());
    }

    private String describeTarget() {
        LoadedModel loaded = model.get();
        if (loaded == null) {
            return "Open a model to train it.";
        }
        CompressExperiment trained = trainedRow();
        String what = trained == null ? loaded.model().name() + " (the model shown)" : trained.name()
                + " (selected on the Compress tab)";
        return mode.get() == TrainMode.DISTIL ? "Trains " + what + ", distilled from " + teacherOf(trained, loaded).name()
                + "." : "Trains " + what + " with cross-entropy.";
    }

    private void epochEnded(LoadedModel loaded, EpochStats stats) {
        if (loaded == model.get()) {
            epochs.add(stats);
        }
    }

    private void finished(LoadedModel loaded, TrainOutcome outcome) {
        if (loaded != model.get()) {
            runState.stopped("The model changed while training; the result was dropped");
            return;
        }
        if (outcome.original() != null) {
            compress.placeOriginal(outcome.original());
        }
        CompressExperiment added = compress.add(outcome.trained());
        compress.selectedProperty().set(added);
        runState.stopped(String.format(Locale.ROOT, "%s: %s, %d step(s) at %.0f images/s; validation accuracy "
                        + "%.2f %%", added.name(), CompressText.metric(added.summary()), outcome.result().steps(), outcome.result().imagesPerSecond(),
                100 * outcome.result().finalValidationAccuracy()));
    }

    /** Stops the run, if any, between batches; nothing is added. */
    public void cancel() {
        runState.cancel();
    }

    /** @return the {@code distil} pass's options (temperature and alpha are read when distilling only) */
    public StepDraft settings() {
        return settings;
    }

    /** @return fine-tune or distil (default distil) */
    public ObjectProperty<TrainMode> modeProperty() {
        return mode;
    }

    /** @return the training data: {@code mnist}, {@code fashion-mnist} or a folder of images with labels.csv */
    public StringProperty datasetProperty() {
        return dataset;
    }

    /** @return classes of a new head when fine-tuning, 0 to keep the model's (default) */
    public IntegerProperty headClassesProperty() {
        return headClasses;
    }

    /** @return the finished epochs of the latest run, in order (train loss, validation accuracy, images/s) */
    public ObservableList<EpochStats> epochs() {
        return epochs;
    }

    /** @return the epochs the latest run was asked for, 0 before one */
    public ReadOnlyIntegerProperty plannedEpochsProperty() {
        return plannedEpochs.getReadOnlyProperty();
    }

    /** @return what Train trains and learns from, one sentence */
    public StringBinding targetBinding() {
        return target;
    }

    /** @return whether {@link #start()} would start: a model is shown and nothing measures */
    public BooleanBinding canStartBinding() {
        return canStart;
    }

    /** @return why Train waits for another tab's measurement, one sentence, or null */
    public StringBinding blockedReasonBinding() {
        return blockedReason;
    }

    @Override
    public RunState runState() {
        return runState;
    }
}
