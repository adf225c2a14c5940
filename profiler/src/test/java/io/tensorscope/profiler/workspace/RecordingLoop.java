package io.tensorscope.profiler.workspace;

import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The child process of {@link WorkspaceDurabilityTest}: records an original and a child with its model, in one
 * transaction, over and over, and prints {@code committed CHILD_ID PARENT_ID} after each commit, until it is killed.
 * Models cycle through 40 sizes, so most writes store a model already there and some store a new one.
 */
public final class RecordingLoop {

    private RecordingLoop() {
    }

    /** @param args the workspace file */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                Model parent = TestRecords.model(5);
                Model made = TestRecords.model(6 + i % 40);
                ExperimentRecord original = TestRecords.original(parent, Instant.now());
                ExperimentRecord child = TestRecords.child(original.id(), made, Instant.now());
                workspace.record(List.of(Recording.byDigest(original), Recording.withModel(child, made)));
                out.println("committed " + child.id() + " " + original.id());
                out.flush();
            }
        }
    }
}
