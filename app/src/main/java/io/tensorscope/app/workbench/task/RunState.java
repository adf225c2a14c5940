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
 * message for the tab's own bar, and why the last one failed. Starting a job runs it through the status bar too and
 * holds the workbench's {@link MeasurementGate} until the job has really stopped: after Cancel, {@code running}
 * stays true (and the message says so) until the executor reports that the work returned.
 */
public final class RunState {

    private final MeasurementGate gate;
    private final String name;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty();
    private TaskHandle task = TaskHandle.DONE;
    private MeasurementGate.Hold hold;
    private boolean cancelling;

    /**
     * @param gate one measurement at a time across the workbench
     * @param name how the other tabs name this job's owner while it measures, e.g. {@code the Profile tab}
     */
    public RunState(MeasurementGate gate, String name) {
        this.gate = gate;
        this.name = name;
    }

    /**
     * Takes the gate and starts {@code work} on {@code executor} through {@code status}, clearing the last failure;
     * {@code work}'s own callbacks must end with {@link #stopped(String)} or {@link #failed(Throwable)}, which free the
     * gate.
     *
     * @throws IllegalStateException if another tab holds the gate (check {@link MeasurementGate#busyProperty()} first)
     */
    public <T> void start(TaskStatus status, TaskExecutor executor, BackgroundTask<T> work) {
        hold = gate.acquire(name);
        failure.set(null);
        cancelling = false;
        running.set(true);
        progress.set(-1);
        message.set("Starting");
        task = status.run(new ProgressTee(executor, (fraction, text) -> {
            if (!cancelling) {
                progress.set(fraction);
                message.set(text);
            }
        }), work);
    }

    /** Asks the running job, if any, to stop; it counts as running until its work has returned. */
    public void cancel() {
        if (running.get() && !cancelling) {
            cancelling = true;
            progress.set(-1);
            message.set("Cancelling: waiting for the running step to stop");
        }
        task.cancel();
    }

    /** Marks the job over, leaving {@code text} as the last message, and frees the gate. */
    public void stopped(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
        if (hold != null) {
            hold.release();
            hold = null;
        }
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
