package io.tensorscope.profiler.report.gain;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Report subjects read from the workspace as stored, with no new measurement: each experiment with its per-layer
 * measurements and its ancestry; a candidate whose parent is the baseline keeps the in-turn timing it was recorded
 * with, others are compared through the stored medians.
 */
public final class StoredSubjects {

    /** Ancestors followed at most (a guard against a cycle in a damaged workspace). */
    private static final int MAX_ANCESTRY = 1000;

    private StoredSubjects() {
    }

    /** @return whether {@code record} can be reported as stored: it was timed and scored */
    public static boolean measured(ExperimentRecord record) {
        return record.latency() != null && record.evaluation() != null;
    }

    /**
     * @param baseline the baseline's record, or null when {@code record} is the baseline
     * @return {@code record} as a report subject
     * @throws TensorscopeException {@code BAD_ARGUMENT} when it was not timed and scored
     */
    public static ReportSubject of(Workspace workspace, ExperimentRecord record, ExperimentRecord baseline)
            throws TensorscopeException {
        if (!measured(record)) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "experiment " + record.id() + " (" + record.name()
                    + ") was not timed and scored: measure it again to report on it");
        }
        MeasuredDetail detail = workspace.detail(record.id()).orElse(null);
        boolean timedWithBaseline = detail != null && baseline != null && baseline.id().equals(record.parentId());
        return new ReportSubject(record, detail, timedWithBaseline ? detail.inTurnWithParent() : null,
                ancestry(workspace, record));
    }

    /** @return the experiments {@code record} was made from, the first recorded first */
    static List<ExperimentRecord> ancestry(Workspace workspace, ExperimentRecord record) throws TensorscopeException {
        List<ExperimentRecord> ancestry = new ArrayList<>();
        String parent = record.parentId();
        while (parent != null && ancestry.size() < MAX_ANCESTRY) {
            Optional<ExperimentRecord> found = workspace.find(parent);
            if (found.isEmpty()) {
                break;
            }
            ancestry.add(found.get());
            parent = found.get().parentId();
        }
        Collections.reverse(ancestry);
        return ancestry;
    }
}
