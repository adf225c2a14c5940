package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.LevelsText;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.RunState;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.profiler.auto.AutoResult;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * The Compress tab's Auto action: a greedy search for the fastest per-layer channel pruning within an accuracy budget
 * (as {@code tensorscope optimize --auto}), run on the tab's own run — its progress bar, its Cancel, the workbench's
 * one-measurement gate. Every candidate becomes an experiment (the original's child) as soon as it is measured, so the
 * table and the scatter fill in as the search goes; {@link #verdictsProperty()} marks the best within the budget so far
 * and those over it. Cancelling ends the search and keeps what it found.
 */
public final class AutoViewModel {

    /** The pass the search sets per layer. */
    public static final String PASS = "prune-channel";
    /** Largest score drop allowed at first, percentage points. */
    public static final double DEFAULT_BUDGET_POINTS = 0.5;
    /** Time budget at first, minutes. */
    public static final double DEFAULT_BUDGET_MINUTES = 5;
    /** Levels a layer may take at first (as on the command line). */
    public static final String DEFAULT_LEVELS = "0.25, 0.5, 0.75";

    private static final double MILLIS_PER_MINUTE = 60_000;

    private final CompressViewModel compress;
    private final TaskExecutor executor;
    private final TaskStatus status;
    private final ReadOnlyObjectProperty<LoadedModel> model;
    private final RunState runState;
    private final PassRegistry registry;
    private final DoubleProperty budgetPoints = new SimpleDoubleProperty(DEFAULT_BUDGET_POINTS);
    private final DoubleProperty budgetMinutes = new SimpleDoubleProperty(DEFAULT_BUDGET_MINUTES);
    private final StringProperty levels = new SimpleStringProperty(DEFAULT_LEVELS);
    private final BooleanProperty thenPipeline = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<AutoVerdicts> verdicts = new ReadOnlyObjectWrapper<>(AutoVerdicts.NONE);
    private final BooleanBinding canStart;

    /**
     * @param compress the tab, whose rows the candidates join and whose pipeline may follow the pruning
     * @param runState the tab's one job, shared with Run
     * @param idle     whether the tab could start a job now (a model shown, nothing measuring, valid samples)
     */
    AutoViewModel(CompressViewModel compress, TaskExecutor executor, TaskStatus status,
                  ReadOnlyObjectProperty<LoadedModel> model, RunState runState, BooleanBinding idle, PassRegistry registry) {
        this.compress = compress;
        this.executor = executor;
        this.status = status;
        this.model = model;
        this.runState = runState;
        this.registry = registry;
        canStart = Bindings.createBooleanBinding(() -> idle.get() && budgetPoints.get() >= 0 && budgetMinutes.get() > 0,
                idle, budgetPoints, budgetMinutes);
        model.addListener((obs, old, now) -> verdicts.set(AutoVerdicts.NONE));
    }

    /**
     * Starts the search with the settings; does nothing when it cannot start. Levels that do not parse, or pipeline
     * steps with invalid options (when they follow the pruning), fail at once, in one line, and nothing runs.
     */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        LoadedModel loaded = model.get();
        PipelineSpec then = thenPipeline.get() && !compress.steps().isEmpty() ? compress.pipeline()
                : new PipelineSpec(null, List.of());
        List<Double> tried;
        try {
            tried = LevelsText.parse(levels.get(), registry.find(PASS));
            if (!then.steps().isEmpty()) {
                then.resolve(registry);
            }
        } catch (TensorscopeException e) {
            runState.failed(e);
            return;
        }
        AutoSearch search = new AutoSearch(loaded, budgetPoints.get(), Math.round(budgetMinutes.get() * MILLIS_PER_MINUTE),
                tried, then, compress.plan(), registry, compress.namer(), compress.original());
        verdicts.set(AutoVerdicts.started(budgetPoints.get()));
        BackgroundTask<AutoResult> work = BackgroundTask.<AutoResult>of("Auto search of " + loaded.model().name(),
                        p -> search.execute(row -> executor.runOnResultThread(() -> found(loaded, row)), p))
                .onSuccess(result -> ended(loaded, result.stopped()))
                .onFailure(runState::failed)
                .onCancelled(() -> ended(loaded, "cancelled"));
        runState.start(status, executor, work);
    }

    private void found(LoadedModel loaded, AutoRow row) {
        if (loaded != model.get()) {
            return;
        }
        if (row.original() != null) {
            compress.placeOriginal(row.original());
        }
        verdicts.set(verdicts.get().with(compress.add(row.experiment()), row.candidate(), compress::trusted));
    }

    /** Chooses the best candidate again, e.g. after the fidelity threshold changed. */
    void rejudge() {
        verdicts.set(verdicts.get().rejudged(compress::trusted));
    }

    private void ended(LoadedModel loaded, String stopped) {
        if (loaded != model.get()) {
            runState.stopped("The model changed while searching; its candidates were dropped");
            return;
        }
        AutoVerdicts judged = verdicts.get();
        if (judged.best() != null) {
            compress.selectedProperty().set(judged.best());
        }
        runState.stopped(AutoText.outcome(stopped, judged, compress.original()));
    }

    /** @return the largest score drop allowed, percentage points (≥ 0; default 0.5) */
    public DoubleProperty budgetPointsProperty() {
        return budgetPoints;
    }

    /** @return how long the search may try new candidates, minutes (&gt; 0; default 5) */
    public DoubleProperty budgetMinutesProperty() {
        return budgetMinutes;
    }

    /** @return the sparsity levels a layer may take, as typed, e.g. {@code 0.25, 0.5, 0.75} */
    public StringProperty levelsProperty() {
        return levels;
    }

    /** @return whether every candidate runs the tab's pipeline after its pruning (e.g. static int8; default true) */
    public BooleanProperty thenPipelineProperty() {
        return thenPipeline;
    }

    /** @return whether {@link #start()} would start: the tab is idle and the budgets are valid */
    public BooleanBinding canStartBinding() {
        return canStart;
    }

    /** @return the latest search's verdicts on its candidates; {@link AutoVerdicts#NONE} before one */
    public ReadOnlyObjectProperty<AutoVerdicts> verdictsProperty() {
        return verdicts.getReadOnlyProperty();
    }
}
