package io.tensorscope.app.workbench.history;

import io.tensorscope.app.workbench.profile.CeilingsSource;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.RunState;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.diff.ModelDiff;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.experiment.Digests;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.report.gain.Budget;
import io.tensorscope.profiler.report.gain.GainReportFiles;
import io.tensorscope.profiler.report.gain.ReportSubject;
import io.tensorscope.profiler.report.gain.StoredSubjects;
import io.tensorscope.profiler.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * View-model of the History tab: the workspace's experiments as lineage trees, of the model shown or of all models,
 * filtered by name, model or id; the selection compared side by side with the oldest selected as baseline (stored
 * medians, sizes, scores); the selected experiment's model opened in the workbench; the selection deleted with what
 * was made from it, written as a comparison report (stored figures, no new measurement), or two experiments' models
 * diffed.
 */
public final class HistoryViewModel {

    /** Which experiments the tab lists. */
    public enum Scope {
        /** the lineage trees holding the model shown */
        THIS_MODEL,
        /** every experiment */
        ALL_MODELS
    }

    /** Opens models in the workbench. */
    public interface Opener {
        /** Opens a model file under a name of the caller's choosing. */
        void openStored(Path file, String name);

        /** Shows {@code after}, the second model of {@code diff}, with the diff on its graph and layer table. */
        void showDiffed(Model after, ModelDiff diff);
    }

    private final WorkbenchWorkspace workspace;
    private final TaskExecutor executor;
    private final TaskStatus status;
    private final ReadOnlyObjectProperty<LoadedModel> current;
    private final CeilingsSource ceilings;
    private final Opener opener;
    private final ModelSource source = new ModelSource();
    private final ObservableList<ExperimentRow> all = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.THIS_MODEL);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ExperimentLineage> shown = new SimpleObjectProperty<>(new ExperimentLineage(List.of()));
    private final StringProperty digest = new SimpleStringProperty();
    private final ObservableList<ExperimentRow> selected = FXCollections.observableArrayList();
    private final ObservableList<ComparedExperiment> compared = FXCollections.observableArrayList();
    private final ObjectProperty<ModelDiff> diff = new SimpleObjectProperty<>();
    private Model diffedAfter;
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanBinding canReport;
    private final BooleanBinding canDiff;

    /**
     * @param workspace where the experiments are
     * @param executor  runs reports and diffs
     * @param status    the status bar, which shows them
     * @param current   the model shown, whose lineage {@link Scope#THIS_MODEL} lists
     * @param ceilings  this machine's roofs, for the report's fingerprint
     * @param opener    opens an experiment's model in the workbench
     */
    public HistoryViewModel(WorkbenchWorkspace workspace, TaskExecutor executor, TaskStatus status,
                            ReadOnlyObjectProperty<LoadedModel> current, CeilingsSource ceilings, Opener opener) {
        this.workspace = workspace;
        this.executor = executor;
        this.status = status;
        this.current = current;
        this.ceilings = ceilings;
        this.opener = opener;
        all.addListener((ListChangeListener<ExperimentRow>) c -> reshow());
        scope.addListener((obs, old, now) -> reshow());
        filter.addListener((obs, old, now) -> reshow());
        digest.addListener((obs, old, now) -> reshow());
        selected.addListener((ListChangeListener<ExperimentRow>) c -> compared.setAll(ComparedExperiment.of(selected)));
        current.addListener((obs, old, now) -> digestOf(now));
        workspace.recordedProperty().addListener((obs, old, now) -> refresh());
        canReport = Bindings.createBooleanBinding(() -> selected.size() >= 2, selected);
        canDiff = Bindings.createBooleanBinding(() -> selected.size() == 2, selected);
    }

    private void digestOf(LoadedModel loaded) {
        digest.set(null);
        if (loaded == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Digest of " + loaded.model().name(), p -> Digests.ofModel(loaded.model()))
                .onSuccess(sha -> {
                    if (current.get() == loaded) {
                        digest.set(sha);
                    }
                }), io.tensorscope.app.workbench.task.TaskProgress.IGNORE);
    }

    /** Reads every experiment of the workspace again (in the background). */
    public void refresh() {
        workspace.run("Reading the experiments", w -> w.list(null), rows -> all.setAll(rows));
    }

    private void reshow() {
        ExperimentLineage everything = new ExperimentLineage(all);
        List<ExperimentRow> inScope = scope.get() == Scope.ALL_MODELS ? all
                : digest.get() == null ? List.of() : everything.ofModel(digest.get());
        shown.set(new ExperimentLineage(new ExperimentLineage(inScope).matching(filter.get())));
    }

    /** Opens the selected experiment's model in the workbench: its stored file, or the bundled model it names. */
    public void openSelected() {
        if (selected.size() != 1) {
            return;
        }
        ExperimentRow row = selected.get(0);
        Workspace open = workspace.workspaceProperty().get();
        Optional<Path> file = open == null ? Optional.empty() : open.storedModel(row.modelSha256());
        if (file.isPresent()) {
            opener.openStored(file.get(), row.name() + " (" + row.modelName() + ")");
        } else {
            error.set(row.name() + ": its model is not stored (originals are recorded by their digest); open "
                    + row.modelName() + " from its file");
        }
    }

    /** Deletes the selected experiments and everything made from them, then lists the experiments again. */
    public void deleteSelected() {
        List<String> ids = selected.stream().map(ExperimentRow::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        workspace.run("Deleting experiments", w -> {
            int removed = 0;
            for (String id : ids) {
                if (w.find(id).isPresent()) {
                    removed += w.remove(id, true).size();
                }
            }
            return removed;
        }, removed -> {
            message.set("Deleted " + removed + " experiment" + (removed == 1 ? "" : "s"));
            refresh();
        });
    }

    /** @return the selection oldest first: the baseline of a report or a comparison, then the candidates */
    private List<ExperimentRow> baselineFirst() {
        return selected.stream().sorted(Comparator.comparing(ExperimentRow::createdAt)).toList();
    }

    /**
     * Writes the comparison report of the selection (the oldest selected is the baseline) to {@code target}; see
     * {@link #report(List, Path, Budget)}.
     */
    public void reportSelected(Path target, Budget budget) {
        if (canReport.get()) {
            report(baselineFirst().stream().map(ExperimentRow::id).toList(), target, budget);
        }
    }

    /**
     * Writes the comparison report of experiments {@code ids} (the baseline first) to {@code target}, its format
     * following the ending, from the stored figures, in the background; a refusal (an experiment not in the workspace
     * or never timed and scored, an unknown ending, a missing folder) sets {@link #errorProperty()}.
     */
    public void report(List<String> ids, Path target, Budget budget) {
        Workspace open = workspace.workspaceProperty().get();
        if (ids.size() < 2 || open == null) {
            return;
        }
        status.run(executor, BackgroundTask.<Path>of("Writing the report " + target.getFileName(), progress -> {
            GainReportFiles.requireKnownFormat(target);
            List<ReportSubject> subjects = new ArrayList<>();
            for (String id : ids) {
                ExperimentRecord record = open.find(id).orElseThrow(() -> new TensorscopeException(
                        ErrorCode.BAD_ARGUMENT, "experiment " + id + " is not in the workspace " + open.file()));
                subjects.add(StoredSubjects.of(open, record, subjects.isEmpty() ? null : subjects.get(0).record()));
            }
            GainReportFiles.writeNow(subjects, budget, ceilings, progress, target);
            return target;
        }).onSuccess(path -> message.set("Wrote the report " + path))
                .onFailure(failure -> error.set(RunState.oneLine(failure))));
    }

    /** Diffs the older selected experiment's model against the newer's, in the background, into {@link #diffProperty()}. */
    public void diffSelected() {
        Workspace open = workspace.workspaceProperty().get();
        if (!canDiff.get() || open == null) {
            return;
        }
        List<ExperimentRow> rows = baselineFirst();
        status.run(executor, BackgroundTask.<Model[]>of("Diffing " + rows.get(0).name() + " and " + rows.get(1).name(),
                progress -> new Model[] {model(open, rows.get(0), progress), model(open, rows.get(1), progress)})
                .onSuccess(models -> {
                    diffedAfter = models[1];
                    diff.set(null);
                    diff.set(ModelDiff.of(models[0], models[1]));
                })
                .onFailure(failure -> error.set(RunState.oneLine(failure))));
    }

    /** Shows the second model of the latest diff in the workbench, its graph coloured by the diff. */
    public void showDiffOnGraph() {
        if (diff.get() != null) {
            opener.showDiffed(diffedAfter, diff.get());
        }
    }

    /** @return the experiment's stored model, else the bundled model it names, under the experiment's name */
    private Model model(Workspace open, ExperimentRow row, ProgressListener progress) throws TensorscopeException {
        Optional<Path> file = open.storedModel(row.modelSha256());
        boolean bundled = source.isBundled(row.modelName());
        if (file.isEmpty() && !bundled) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, row.name() + ": its model is not stored "
                    + "(originals are recorded by their digest); diff it from its file with 'tensorscope diff'");
        }
        return source.open(file.isPresent() ? file.get().toString() : row.modelName(), progress).named(row.name());
    }

    /** @return which experiments are listed */
    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** @return the text the listed experiments' names, models or ids must contain (blank: all) */
    public StringProperty filterProperty() {
        return filter;
    }

    /** @return the experiments listed, as lineage trees */
    public ReadOnlyObjectProperty<ExperimentLineage> shownProperty() {
        return shown;
    }

    /** @return every experiment of the workspace, newest first */
    public ObservableList<ExperimentRow> all() {
        return all;
    }

    /** @return the experiments selected in the tree (the view keeps it in step) */
    public ObservableList<ExperimentRow> selected() {
        return selected;
    }

    /** @return the selection side by side, the oldest first as the baseline */
    public ObservableList<ComparedExperiment> compared() {
        return compared;
    }

    /** @return the digest of the model shown, null while it is computed */
    public ReadOnlyStringProperty digestProperty() {
        return digest;
    }

    /** @return the latest diff of two experiments' models; the view shows it */
    public ObjectProperty<ModelDiff> diffProperty() {
        return diff;
    }

    /** @return what the latest action did, one line */
    public StringProperty messageProperty() {
        return message;
    }

    /** @return why the latest action failed, one line; the view shows it and clears it */
    public StringProperty errorProperty() {
        return error;
    }

    /** @return whether a report can be written: two or more experiments are selected */
    public BooleanBinding canReportBinding() {
        return canReport;
    }

    /** @return whether a diff can be made: exactly two experiments are selected */
    public BooleanBinding canDiffBinding() {
        return canDiff;
    }
}
