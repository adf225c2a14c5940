package io.tensorscope.app.workbench.task;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * Runs jobs as {@link Task}s on one daemon worker thread with a 512 MiB stack (graph layout recurses
 * deeply on large graphs); results and errors are delivered on the JavaFX thread. Must be used from the
 * JavaFX thread.
 */
public final class FxTaskExecutor extends TaskStatus {

    private static final long STACK_BYTES = 512L << 20;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "tensorscope-worker", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });
    private Task<?> current;

    @Override
    public <T> void execute(BackgroundJob<T> job) {
        cancel();
        JobTask<T> task = new JobTask<>(job);
        task.setOnSucceeded(e -> finish(task, () -> job.succeeded(task.getValue())));
        task.setOnCancelled(e -> finish(task, job::cancelled));
        task.setOnFailed(e -> finish(task, () -> {
            Throwable error = task.getException();
            if (error instanceof TensorscopeException te && te.code() == ErrorCode.CANCELLED) {
                job.cancelled();
            } else {
                job.failed(error instanceof Exception ex ? ex : new RuntimeException(error));
            }
        }));
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        worker.execute(task);
    }

    private void finish(Task<?> task, Runnable outcome) {
        if (task == current) {
            progress.unbind();
            message.unbind();
            running.set(false);
            progress.set(0);
            message.set("");
            current = null;
        }
        outcome.run();
    }

    @Override
    public void cancel() {
        if (current != null) {
            current.cancel(true);
        }
    }

    /** A JavaFX task running one job; its cancellation is what the job's listener reports. */
    private static final class JobTask<T> extends Task<T> {
        private final BackgroundJob<T> job;

        JobTask(BackgroundJob<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            updateMessage(job.title());
            return job.work().call(new ProgressListener() {
                @Override
                public void onProgress(double fraction, String text) {
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                    updateMessage(job.title() + ": " + text);
                }

                @Override
                public boolean isCancelled() {
                    return JobTask.this.isCancelled();
                }
            });
        }
    }
}
