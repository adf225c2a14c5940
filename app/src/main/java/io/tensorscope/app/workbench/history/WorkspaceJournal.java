package io.tensorscope.app.workbench.history;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.compress.ExperimentJournal;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.experiment.MeasuredModel;
import io.tensorscope.profiler.workspace.Recording;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records each Compress tab row in the workspace once: the original by digest, a variant with its model, and, for
 * each row that was profiled, its per-layer measurements (a variant's with its in-turn timing when its parent is the
 * original it was timed with). A rescored row keeps its id and is not recorded again; rows restored from the workspace are known already.
 */
public final class WorkspaceJournal implements ExperimentJournal {

    private final WorkbenchWorkspace workspace;
    private final Set<String> kept = new HashSet<>();

    public WorkspaceJournal(WorkbenchWorkspace workspace) {
        this.workspace = workspace;
    }

    /** Marks experiments as kept already (restored from the workspace). */
    public void known(Collection<String> ids) {
        kept.addAll(ids);
    }

    @Override
    public void kept(CompressExperiment experiment, CompressExperiment original) {
        if (workspace.workspaceProperty().get() == null || kept.contains(experiment.record().id())) {
            return;
        }
        boolean recordOriginal = original != null && !kept.contains(original.record().id());
        if (recordOriginal) {
            kept.add(original.record().id());
        }
        kept.add(experiment.record().id());
        boolean timedWithParent = original != null && original.record().id().equals(experiment.record().parentId());
        workspace.record("Recording " + experiment.name(), w -> {
            List<Recording> recordings = new ArrayList<>();
            if (recordOriginal) {
                recordings.add(Recording.byDigest(original.record()).withDetail(detail(original, false)));
            }
            recordings.add(experiment.isOriginal()
                    ? Recording.byDigest(experiment.record()).withDetail(detail(experiment, false))
                    : Recording.withModel(experiment.record(), experiment.model())
                    .withDetail(detail(experiment, timedWithParent)));
            return recordings;
        });
    }

    private static MeasuredDetail detail(CompressExperiment experiment, boolean timedWithParent)
            throws TensorscopeException {
        if (experiment.profile() == null) {
            return null;
        }
        MeasuredDetail detail = MeasuredDetail.of(new MeasuredModel(experiment.model(), experiment.profile().analysis(),
                experiment.profile().profile(), null));
        return detail.withInTurn(timedWithParent ? experiment.inTurn() : null);
    }
}
