package io.tensorscope.app.workbench.task;

import io.tensorscope.engine.ProgressListener;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of long, blocking work plus what to do with its outcome. The work runs on whatever thread a
 * {@link TaskExecutor} chooses; the callbacks run on the thread the executor delivers results on
 * (the JavaFX thread in the app, the calling thread in tests).
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    /** The work itself: a blocking call that reports progress and honours cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        /** @return the result; throws to fail, {@code CANCELLED} to stop */
        T call(ProgressListener progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    /** @return a task named {@code title} (shown in the status bar) that runs {@code work} */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /** Sets the callback for a result. */
    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Sets the callback for a failure other than cancellation. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    /** Sets the callback for a cancelled run. */
    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** @return what the task does, for the status bar */
    public String title() {
        return title;
    }

    /** Runs the work on the current thread; executors call this. */
    public T call(ProgressListener progress) throws Exception {
        return work.call(progress);
    }

    /** Delivers a result; executors call this on their result thread. */
    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    /** Delivers a failure; executors call this on their result thread. */
    public void failed(Throwable error) {
        onFailure.accept(error);
    }

    /** Delivers a cancellation; executors call this on their result thread. */
    public void cancelled() {
        onCancelled.run();
    }
}
