package io.tensorscope.app.workbench.task;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs each job to completion on the calling thread: for view-model tests and headless use. */
public final class InlineTaskExecutor implements TaskExecutor {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

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

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
