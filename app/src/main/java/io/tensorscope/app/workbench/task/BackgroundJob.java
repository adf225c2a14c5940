package io.tensorscope.app.workbench.task;

import io.tensorscope.engine.ProgressListener;
import java.util.function.Consumer;

/**
 * A unit of long work for a {@link TaskExecutor}: a blocking computation that reports progress through
 * a {@link ProgressListener} and honours its cancellation, plus what to do with the result or failure
 * (called on the UI thread by the JavaFX executor, inline by the test executor).
 *
 * @param <T> result type
 */
public final class BackgroundJob<T> {

    /** The blocking computation. */
    @FunctionalInterface
    public interface Work<T> {
        /** Computes the result, calling {@code progress.checkCancelled()} between steps. */
        T call(ProgressListener progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Exception> onFailure = error -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundJob(String title, Work<T> work) {
        this.title = title;
        this.work = work;
    }

    /** @return a job shown to the user as {@code title} */
    public static <T> BackgroundJob<T> of(String title, Work<T> work) {
        return new BackgroundJob<>(title, work);
    }

    /** Sets what to do with the result. */
    public BackgroundJob<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    /** Sets what to do when the work throws (not called on cancellation). */
    public BackgroundJob<T> onFailure(Consumer<Exception> action) {
        this.onFailure = action;
        return this;
    }

    /** Sets what to do when the user cancels. */
    public BackgroundJob<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /** @return the title shown while the job runs */
    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Exception error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }
}
