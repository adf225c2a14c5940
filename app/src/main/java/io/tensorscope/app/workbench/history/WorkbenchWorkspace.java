package io.tensorscope.app.workbench.history;

import io.tensorscope.app.workbench.task.RunState;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.workspace.Recording;
import io.tensorscope.profiler.workspace.Workspace;
import io.tensorscope.profiler.workspace.WorkspaceLocation;
import io.tensorscope.engine.io.TemporaryFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The experiment workspace the workbench records into and its History tab reads: the CLI's ({@code
 * $TENSORSCOPE_WORKSPACE}, else the XDG default), opened in the background at start. One that cannot be opened (corrupt,
 * from a newer Tensorscope, not writable) is left untouched and a fresh workspace in a temporary folder takes its place
 * for the session, which {@link #noticeProperty()} says in one sentence. All work with it runs in order on one
 * background thread (a child is recorded after its parent), its answers delivered on the executor's result thread.
 */
public final class WorkbenchWorkspace {

    private final Path file;
    private final Executor queue;
    private final TaskExecutor results;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty();
    private final StringProperty failure = new SimpleStringProperty();
    private final IntegerProperty recorded = new SimpleIntegerProperty();

    /**
     * @param file    the workspace file to open; null for a fresh one in a temporary folder
     * @param queue   runs the work with the workspace, in order ({@code Runnable::run} in view-model tests)
     * @param results delivers the answers (on the JavaFX thread in the application)
     */
    public WorkbenchWorkspace(Path file, Executor queue, TaskExecutor results) {
        this.file = file;
        this.queue = queue;
        this.results = results;
    }

    /** @return the workspace of this process's environment (what {@code tensorscope experiments list} shows) */
    public static WorkbenchWorkspace standard(TaskExecutor results) {
        return new WorkbenchWorkspace(WorkspaceLocation.resolve(null), ownThread(), results);
    }

    /**
     * @return a fresh workspace of its own in a temporary folder, deleted when the JVM exits (a workbench embedded
     * elsewhere, a test)
     */
    public static WorkbenchWorkspace temporary(TaskExecutor results) {
        return new WorkbenchWorkspace(null, ownThread(), results);
    }

    private static Executor ownThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tensorscope-workspace");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @return a new workspace in a temporary folder deleted when the JVM exits */
    private static Workspace inTemporaryFolder() throws TensorscopeException {
        TemporaryFolder folder = TemporaryFolder.create("tensorscope-session-workspace");
        Runtime.getRuntime().addShutdownHook(new Thread(folder::close, "tensorscope-workspace-cleanup"));
        return Workspace.open(folder.path().resolve(WorkspaceLocation.FILE_NAME));
    }

    /** Work done with the open workspace. */
    @FunctionalInterface
    public interface WorkspaceWork<T> {
        /** @return the answer */
        T run(Workspace workspace) throws Exception;
    }

    /** Opens the workspace, falling back to a temporary one; {@code then} runs on the result thread once it is open. */
    public void open(Runnable then) {
        queue.execute(() -> {
            Workspace opened;
            String why = null;
            try {
                try {
                    opened = file == null ? inTemporaryFolder() : Workspace.open(file);
                } catch (TensorscopeException e) {
                    opened = inTemporaryFolder();
                    why = "This session keeps its experiments in a temporary workspace (" + opened.file() + "), "
                            + "because " + e.getMessage().replace("give --workspace FILE", "set "
                            + WorkspaceLocation.ENVIRONMENT + " to another file before starting Tensorscope");
                }
            } catch (TensorscopeException | RuntimeException e) {
                String reason = "No experiment workspace this session: " + RunState.oneLine(e);
                results.runOnResultThread(() -> notice.set(reason));
                return;
            }
            Workspace open = opened;
            String reason = why;
            results.runOnResultThread(() -> {
                workspace.set(open);
                notice.set(reason);
                then.run();
            });
        });
    }

    /** Records {@code recordings} in one transaction; a failure sets {@link #failureProperty()}. */
    public void record(List<Recording> recordings) {
        record("Recording the experiment", w -> recordings);
    }

    /**
     * Records what {@code work} makes (computed on the workspace's thread: per-layer figures take a moment) in one
     * transaction; {@link #recordedProperty()} counts it once committed.
     */
    public void record(String title, WorkspaceWork<List<Recording>> work) {
        run(title, w -> {
            w.record(work.run(w));
            return null;
        }, done -> recorded.set(recorded.get() + 1));
    }

    /**
     * Runs {@code work} with the workspace, after everything asked for before, handing its answer to {@code then} on
     * the result thread; a failure sets {@link #failureProperty()} to {@code title} and the reason. Does nothing before
     * the workspace is open.
     */
    public <T> void run(String title, WorkspaceWork<T> work, Consumer<T> then) {
        Workspace open = workspace.get();
        if (open == null) {
            return;
        }
        queue.execute(() -> {
            try {
                T answer = work.run(open);
                results.runOnResultThread(() -> then.accept(answer));
            } catch (Exception | OutOfMemoryError e) {
                String reason = title + " failed: " + RunState.oneLine(e);
                results.runOnResultThread(() -> failure.set(reason));
            }
        });
    }

    /** @return the open workspace, null until opened */
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    /** @return how many recordings were committed this session (the History tab lists again when it changes) */
    public ReadOnlyIntegerProperty recordedProperty() {
        return recorded;
    }

    /** @return why a temporary workspace stands in for the usual one, one sentence; null when it opened */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** @return the latest failure to read or record, one line; the view shows it and clears it */
    public StringProperty failureProperty() {
        return failure;
    }
}
