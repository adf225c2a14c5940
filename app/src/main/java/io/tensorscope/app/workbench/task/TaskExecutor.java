package io.tensorscope.app.workbench.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs {@link BackgroundJob}s and exposes the progress of the current one for a status bar. One job at
 * a time: starting a job cancels the one running. The JavaFX implementation never blocks the UI thread;
 * {@link InlineTaskExecutor} runs jobs on the calling thread so view-models are tested without a UI.
 */
public interface TaskExecutor {

    /** Starts the job, cancelling any job still running. */
    <T> void execute(BackgroundJob<T> job);

    /** Asks the running job, if any, to stop. */
    void cancel();

    /** @return true while a job runs */
    ReadOnlyBooleanProperty runningProperty();

    /** @return progress of the running job, 0..1, or -1 when unknown */
    ReadOnlyDoubleProperty progressProperty();

    /** @return what the running job is doing now */
    ReadOnlyStringProperty messageProperty();
}
