package io.tensorscope.app.workbench.task;

/** A started task. */
public interface TaskHandle {

    /** A handle for work that already finished. */
    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };

    /** Asks the task to stop; its work sees it through {@code ProgressListener.isCancelled()}. */
    void cancel();

    /** @return true once the task succeeded, failed or was cancelled */
    boolean isDone();
}
