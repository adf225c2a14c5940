package io.tensorscope.app.workbench.task;


/** An executor that also sends every progress update of its tasks to a second receiver (a tab's own progress bar). */
public final class ProgressTee implements TaskExecutor {

    private final TaskExecutor executor;
    private final TaskProgress also;

    /** Runs tasks on {@code executor} and also sends their progress to {@code also}. */
    public ProgressTee(TaskExecutor executor, TaskProgress also) {
        this.executor = executor;
        this.also = also;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task, TaskProgress progress) {
        return executor.execute(task, (fraction, message) -> {
            progress.update(fraction, message);
            also.update(fraction, message);
        });
    }

    @Override
    public void runOnResultThread(Runnable action) {
        executor.runOnResultThread(action);
    }
}
