package io.tensorscope.app.workbench.task;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * View-model of the status bar: whether background work runs, its progress and message, and a way to
 * cancel it. Several tasks may run at once (loading, layout); cancel stops them all.
 */
public final class TaskStatus {

    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("Ready");
    private final List<TaskHandle> active = new ArrayList<>();
    private String idleMessage = "Ready";

    /** Sets the message shown while nothing runs (e.g. the devices found), and shows it now if idle. */
    public void setIdleMessage(String text) {
        idleMessage = text;
        refresh();
    }

    /** Starts {@code task} on {@code executor} and shows its progress here until it ends. */
    public <T> TaskHandle run(TaskExecutor executor, BackgroundTask<T> task) {
        message.set(task.title());
        progress.set(-1);
        running.set(true);
        TaskHandle[] handle = new TaskHandle[1];
        Runnable finished = () -> finished(handle[0]);
        BackgroundTask<T> tracked = BackgroundTask.<T>of(task.title(), task::call)
                .onSuccess(result -> {
                    finished.run();
                    task.succeeded(result);
                })
                .onFailure(error -> {
                    finished.run();
                    task.failed(error);
                })
                .onCancelled(() -> {
                    finished.run();
                    task.cancelled();
                });
        handle[0] = executor.execute(tracked, (fraction, text) -> {
            progress.set(fraction);
            message.set(text);
        });
        if (!handle[0].isDone()) {
            active.add(handle[0]);
        }
        refresh();
        return handle[0];
    }

    /** Cancels every running task. */
    public void cancel() {
        List.copyOf(active).forEach(TaskHandle::cancel);
    }

    private void finished(TaskHandle handle) {
        active.remove(handle);
        refresh();
    }

    private void refresh() {
        running.set(!active.isEmpty());
        if (active.isEmpty()) {
            progress.set(0);
            message.set(idleMessage);
        }
    }

    /** @return true while a task runs */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** @return progress of the latest task, 0..1, negative when unknown */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** @return what the latest task is doing */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
