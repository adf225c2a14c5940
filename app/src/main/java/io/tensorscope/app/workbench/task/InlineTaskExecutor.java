package io.tensorscope.app.workbench.task;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;

/** Runs each job to completion on the calling thread: for view-model tests and headless use. */
public final class InlineTaskExecutor extends TaskStatus {


    @Override
    public <T> void execute(BackgroundJob<T> job) {
        running.set(true);
        ProgressListener listener = (fraction, text) -> {
            progress.set(fraction);
            message.set(text);
        };
        try {
            T result = job.work().call(listener);
            running.set(false);
            job.succeeded(result);
        } catch (TensorscopeException e) {
            running.set(false);
            if (e.code() == ErrorCode.CANCELLED) {
                job.cancelled();
            } else {
                job.failed(e);
            }
        } catch (Exception e) {
            running.set(false);
            job.failed(e);
        }
    }

    /** Nothing runs in the background, so there is nothing to cancel. */
    @Override
    public void cancel() {
        // jobs complete before execute returns
    }
}
