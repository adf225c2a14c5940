package io.tensorscope.app.workbench.task;

/** Receives the progress of a running task on the executor's result thread. */
@FunctionalInterface
public interface TaskProgress {

    /** Ignores progress. */
    TaskProgress IGNORE = (fraction, message) -> { };

    /**
     * @param fraction work done, 0..1, or negative when unknown
     * @param message  what is being done now
     */
    void update(double fraction, String message);
}
