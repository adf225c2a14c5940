package io.tensorscope.app.workbench.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A view-model whose long work runs as one {@link RunState}: the progress properties its view binds (running,
 * progress, message, failure), read from that state.
 */
public interface ShowsRunState {

    /** @return the state of this view-model's background run */
    RunState runState();

    /** @return true while the run works (trains, measures, searches) */
    default ReadOnlyBooleanProperty runningProperty() {
        return runState().runningProperty();
    }

    /** @return progress of the run, 0..1, negative when unknown */
    default ReadOnlyDoubleProperty progressProperty() {
        return runState().progressProperty();
    }

    /** @return what the run is doing, or how the last one ended */
    default ReadOnlyStringProperty progressMessageProperty() {
        return runState().messageProperty();
    }

    /** @return why the last run failed or refused to start, one line, or null */
    default ReadOnlyStringProperty failureProperty() {
        return runState().failureProperty();
    }
}
