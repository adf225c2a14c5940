package io.tensorscope.app.cli;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.experiment.Digests;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRecords;
import io.tensorscope.profiler.workspace.Recording;
import io.tensorscope.profiler.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where every command that makes or measures models records its experiments, printing
 * {@code recorded experiment ID in WORKSPACE}: a model made from an input is a child of the newest experiment of the
 * input's model (so a model made from a recorded one continues its lineage), else of a new original recorded by
 * digest; the made model is stored in the workspace. {@link #NONE} records nothing ({@code --no-record}).
 */
final class ExperimentRecorder implements AutoCloseable {

    /** Records nothing. */
    static final ExperimentRecorder NONE = new ExperimentRecorder(null);

    private final Workspace workspace;

    /** @param workspace the open workspace (closed with this recorder), or null to record nothing */
    ExperimentRecorder(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Makes a child's record once its parent's id is known. */
    @FunctionalInterface
    interface Child {
        /** @param parentId the parent's id; null when nothing is recorded */
        ExperimentRecord of(String parentId) throws TensorscopeException;
    }

    /** @return the workspace file, or null when nothing is recorded (for the output-path checks) */
    Path file() {
        return workspace == null ? null : workspace.file();
    }

    /**
     * Records {@code made}, made from {@code input}, with its parent when that is new, in one transaction.
     *
     * @param input the model the command started from
     * @param child the record of the result, given its parent's id
     * @param made  the result's model, stored in the workspace
     * @param out   where the {@code recorded} line goes
     * @return the result's record (parent null when nothing is recorded)
     */
    ExperimentRecord recordMade(Model input, Child child, Model made, PrintWriter out) throws TensorscopeException {
        if (workspace == null) {
            return child.of(null);
        }
        Optional<String> known = workspace.newestWithModel(Digests.ofModel(input));
        List<Recording> recordings = new ArrayList<>();
        String parentId;
        if (known.isPresent()) {
            parentId = known.get();
        } else {
            ExperimentRecord original = ExperimentRecords.original(input);
            recordings.add(Recording.byDigest(original));
            parentId = original.id();
        }
        ExperimentRecord record = child.of(parentId);
        recordings.add(Recording.withModel(record, made));
        workspace.record(recordings);
        printRecorded(List.of(record), out);
        return record;
    }

    /**
     * Records experiments already linked to one another (e.g. a baseline and what was compared with it), in one
     * transaction.
     */
    void recordMeasured(List<Recording> recordings, PrintWriter out) throws TensorscopeException {
        if (workspace == null) {
            return;
        }
        workspace.record(recordings);
        printRecorded(recordings.stream().map(Recording::record).toList(), out);
    }

    private void printRecorded(List<ExperimentRecord> records, PrintWriter out) {
        out.println("recorded experiment" + (records.size() == 1 ? " " : "s ")
                + String.join(", ", records.stream().map(ExperimentRecord::id).toList()) + " in " + workspace.file());
        out.flush();
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
