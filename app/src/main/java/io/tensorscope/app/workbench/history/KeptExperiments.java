package io.tensorscope.app.workbench.history;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelLoader;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.experiment.ExperimentNames;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.report.gain.StoredSubjects;
import io.tensorscope.profiler.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Compress tab's rows of a model as an earlier session left them: the newest timed and scored original with this
 * model's digest that has variants, and its timed and scored descendants whose models are stored, oldest first. Their
 * profiles are not kept (only medians and per-layer figures), so the next Run measures the original again.
 *
 * @param original the original's row
 * @param variants its descendants' rows, oldest first
 */
record KeptExperiments(CompressExperiment original, List<CompressExperiment> variants) {

    /** @return the ids of every row */
    List<String> ids() {
        List<String> ids = new ArrayList<>(List.of(original.record().id()));
        variants.forEach(v -> ids.add(v.record().id()));
        return ids;
    }

    /**
     * @param model  the model shown, whose rows to find
     * @param sha256 its digest
     * @return its rows, if an earlier session timed and scored it and made variants of it
     */
    static Optional<KeptExperiments> of(Workspace workspace, Model model, String sha256) throws TensorscopeException {
        List<ExperimentRow> rows = workspace.list(null);
        ExperimentLineage lineage = new ExperimentLineage(rows);
        List<ExperimentRow> originals = rows.stream().filter(r -> r.parentId() == null && r.modelSha256().equals(sha256)
                && r.latencyMedianMs() != null && r.metricValue() != null).toList();
        Optional<ExperimentRow> chosen = originals.stream().filter(r -> !lineage.children(r).isEmpty()).findFirst();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        ExperimentRecord original = workspace.find(chosen.get().id()).orElseThrow();
        CompressExperiment originalRow = row(original, model, null);
        List<CompressExperiment> variants = new ArrayList<>();
        List<ExperimentRow> descendants = new ArrayList<>(lineage.descendants(chosen.get()));
        descendants.sort(Comparator.comparing(ExperimentRow::createdAt));
        for (ExperimentRow r : descendants) {
            ExperimentRecord record = workspace.find(r.id()).orElse(null);
            Optional<Path> file = workspace.storedModel(r.modelSha256());
            if (record == null || !StoredSubjects.measured(record) || file.isEmpty()) {
                continue;
            }
            MeasuredDetail detail = workspace.detail(r.id()).orElse(null);
            boolean timedWithOriginal = original.id().equals(record.parentId()) && detail != null;
            Model stored = new ModelLoader().load(file.get(), ProgressListener.NONE).named(record.name());
            variants.add(row(record, stored, timedWithOriginal ? detail : null));
        }
        return variants.isEmpty() ? Optional.empty() : Optional.of(new KeptExperiments(originalRow, variants));
    }


    private static CompressExperiment row(ExperimentRecord record, Model model, MeasuredDetail timedWithOriginal)
            throws TensorscopeException {
        String settings = record.pipeline() == null ? "" : ExperimentNames.describe(record.pipeline(), PassRegistry.standard());
        ExperimentPlan plan = ExperimentPlan.standard(record.evaluation().dataset(), record.evaluation().samples());
        return new CompressExperiment(record.summary(settings), model, plan, record, null,
                timedWithOriginal == null ? null : timedWithOriginal.inTurnWithParent());
    }
}
