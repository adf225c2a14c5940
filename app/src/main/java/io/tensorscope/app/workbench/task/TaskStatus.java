package io.tensorscope.app.workbench.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The observable state every {@link TaskExecutor} exposes: running, progress and message of the current job. */
abstract class TaskStatus implements TaskExecutor {

    /** True while a job runs. */
    protected final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    /** Progress of the running job, 0..1, -1 when unknown. */
    protected final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    /** What the running job does now. */
    protected final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

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
