package io.tensorscope.app.workbench.task;

/**
 * Runs {@link BackgroundTask}s. The JavaFX implementation runs work on background threads and delivers
 * results on the JavaFX thread; {@link InlineTaskExecutor} runs everything on the calling thread so
 * view-models can be tested without a UI thread.
 */
public interface TaskExecutor {

    /**
     * Starts a task.
     *
     * @param task     the work and its callbacks
     * @param progress receives progress, on the result thread; may be {@link TaskProgress#IGNORE}
     * @return a handle to cancel the task with
     */
    <T> TaskHandle execute(BackgroundTask<T> task, TaskProgress progress);

    /**
     * Runs {@code action} on the thread results are delivered on, after what was sent there before: for work that
     * hands over partial results as it goes (e.g. each candidate of a search). Safe from any thread.
     */
    void runOnResultThread(Runnable action);
}
