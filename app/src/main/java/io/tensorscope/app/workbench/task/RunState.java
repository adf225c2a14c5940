package io.tensorscope.app.workbench.task;

import io.tensorscope.engine.TensorscopeException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of a view-model's one long-running job (a profile, a compression): whether it runs, its progress and
 * message for the tab's own bar, and why the last one failed. Starting a job runs it through the status bar too.
 */
public final class RunState {

    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty();
    private TaskHandle task = TaskHandle.DONE;

    /**
     * Starts {@code work} on {@code executor} through {@code status}, clearing the last failure; {@code work}'s own
     * callbacks must end with {@link #stopped(String)} or {@link #failed(Throwable)}.
     */
    public <T> void start(TaskStatus status, TaskExecutor executor, BackgroundTask<T> work) {
        failure.set(null);
        running.set(true);
        progress.set(-1);
        message.set("Starting");
        task = status.run(new ProgressTee(executor, (fraction, text) -> {
            progress.set(fraction);
            message.set(text);
        }), work);
    }

    /** Asks the running job, if any, to stop. */
    public void cancel() {
        task.cancel();
    }

    /** Marks the job over, leaving {@code text} as the last message. */
    public void stopped(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
    }

    /** Marks the job over with its failure in one line. */
    public void failed(Throwable error) {
        stopped("");
        failure.set(oneLine(error));
    }

    /** Forgets the last failure. */
    public void clearFailure() {
        failure.set(null);
    }

    /** @return a user-facing one-line reason: a Tensorscope error's message, else the exception's kind and message */
    public static String oneLine(Throwable error) {
        String text = error instanceof TensorscopeException ? error.getMessage()
                : "internal error (" + error.getClass().getSimpleName() + "): " + error.getMessage();
        return text == null ? error.getClass().getSimpleName() : text.lines().findFirst().orElse("");
    }

    /** @return true while the job runs */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** @return progress of the running job, 0..1, negative when unknown */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** @return what the running job does, or how the last one ended (writable for one-off notes) */
    public StringProperty messageProperty() {
        return message;
    }

    /** @return why the last job failed, one line, or null */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }
}
