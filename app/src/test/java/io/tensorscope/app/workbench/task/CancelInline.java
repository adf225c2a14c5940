package io.tensorscope.app.workbench.task;

import io.tensorscope.engine.ProgressListener;

import java.util.function.IntPredicate;

/**
 * Runs tasks inline, as {@link InlineTaskExecutor} does; a task whose title starts with a prefix is cancelled, as by
 * its Cancel button, once a condition holds: asked whenever its work looks at the cancellation.
 */
public final class CancelInline implements TaskExecutor {

    private final String titlePrefix;
    private final IntPredicate cancelled;

    /**
     * @param titlePrefix the tasks to cancel (e.g. {@code Sensitivity})
     * @param cancelled   given the progress reports the task made so far, whether it is cancelled now
     */
    public CancelInline(String titlePrefix, IntPredicate cancelled) {
        this.titlePrefix = titlePrefix;
        this.cancelled = cancelled;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task, TaskProgress progress) {
        int[] reports = {0};
        boolean cancellable = task.title().startsWith(titlePrefix);
        BackgroundTask<T> watched = BackgroundTask.<T>of(task.title(), p -> task.call(new ProgressListener() {
            @Override
            public void onProgress(double fraction, String message) {
                reports[0]++;
                p.onProgress(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return cancellable && cancelled.test(reports[0]);
            }
        })).onSuccess(task::succeeded).onFailure(task::failed).onCancelled(task::cancelled);
        return new InlineTaskExecutor().execute(watched, progress);
    }

    @Override
    public void runOnResultThread(Runnable action) {
        action.run();
    }
}
