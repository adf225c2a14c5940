package io.tensorscope.app.workbench.task;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;

/** Runs each task to completion on the calling thread, callbacks included; for view-model tests. */
public final class InlineTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task, TaskProgress progress) {
        ProgressListener listener = progress::update;
        try {
            task.succeeded(task.call(listener));
        } catch (TensorscopeException e) {
            if (e.code() == ErrorCode.CANCELLED) {
                task.cancelled();
            } else {
                task.failed(e);
            }
        } catch (Exception e) {
            task.failed(e);
        }
        return TaskHandle.DONE;
    }

    /** Runs {@code action} at once, on the calling thread. */
    @Override
    public void runOnResultThread(Runnable action) {
        action.run();
    }
}
