package io.tensorscope.app.workbench.task;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks as {@link javafx.concurrent.Task}s on daemon threads with a large stack (ELK's layered
 * layout recurses deeply on big graphs) and delivers progress and results on the JavaFX thread.
 *
 * <p>A cancelled task's {@link BackgroundTask#cancelled()} is delivered only once its work has returned: a
 * {@code javafx.concurrent.Task} turns CANCELLED the moment it is asked to, while its thread runs on until the work
 * next looks at the cancellation, and whatever waits for the callback (Run buttons, the measurement gate, the status
 * bar) must not think the cores are free before they are.
 */
public final class FxTaskExecutor implements TaskExecutor {

    /** Stack size of worker threads, bytes: ELK overflows the default stack near 10,000 nodes. */
    public static final long WORKER_STACK_BYTES = 512L << 20;

    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(null, runnable, "tensorscope-task-" + threadCount.incrementAndGet(),
                WORKER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    /** The two events a cancellation waits for, both seen on the JavaFX thread; delivers it once both happened. */
    private static final class CancelledEnding {
        private final BackgroundTask<?> task;
        private boolean cancelled;
        private boolean returned;

        CancelledEnding(BackgroundTask<?> task) {
            this.task = task;
        }

        void cancelled() {
            cancelled = true;
            deliver();
        }

        void workReturned() {
            returned = true;
            deliver();
        }

        boolean workReturnedYet() {
            return returned;
        }

        private void deliver() {
            if (cancelled && returned) {
                task.cancelled();
            }
        }
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task, TaskProgress progress) {
        AtomicBoolean claimed = new AtomicBoolean();
        CancelledEnding ending = new CancelledEnding(task);
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                if (!claimed.compareAndSet(false, true)) {
                    return null;
                }
                try {
                    updateMessage(task.title());
                    Task<T> self = this;
                    ProgressListener listener = new ProgressListener() {
                        @Override
                        public void onProgress(double fraction, String message) {
                            updateProgress(fraction < 0 ? -1 : fraction, 1.0);
                            updateMessage(task.title() + ": " + message);
                        }

                        @Override
                        public boolean isCancelled() {
                            return self.isCancelled();
                        }
                    };
                    return task.call(listener);
                } finally {
                    Platform.runLater(ending::workReturned);
                }
            }
        };
        fxTask.progressProperty().addListener((obs, old, now) ->
                progress.update(now.doubleValue(), fxTask.getMessage()));
        fxTask.messageProperty().addListener((obs, old, now) ->
                progress.update(fxTask.getProgress(), now));
        fxTask.setOnSucceeded(e -> task.succeeded(fxTask.getValue()));
        fxTask.setOnCancelled(e -> {
            if (claimed.compareAndSet(false, true)) {
                ending.workReturned();
            }
            ending.cancelled();
        });
        fxTask.setOnFailed(e -> {
            Throwable error = fxTask.getException();
            if (error instanceof TensorscopeException t && t.code() == ErrorCode.CANCELLED) {
                task.cancelled();
            } else {
                task.failed(error);
            }
        });
        threads.execute(fxTask);
        return new TaskHandle() {
            @Override
            public void cancel() {
                fxTask.cancel(false);
            }

            @Override
            public boolean isDone() {
                return fxTask.isDone() && ending.workReturnedYet();
            }
        };
    }

    /** Queues {@code action} on the JavaFX thread, before the outcome of the work that calls it. */
    @Override
    public void runOnResultThread(Runnable action) {
        Platform.runLater(action);
    }
}
