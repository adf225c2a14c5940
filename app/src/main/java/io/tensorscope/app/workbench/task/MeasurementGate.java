package io.tensorscope.app.workbench.task;

import io.tensorscope.profiler.ceilings.CompetingWork;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One measurement at a time across the workbench: the Profile, Compress and Sensitivity tabs time models, and two runs at once
 * would compete for the cores and spoil both figures. A tab's run holds the gate from its start until its work has
 * really stopped ({@link RunState}); meanwhile the other tabs' Run is disabled and {@link #blockedReason} says why.
 * The gate is also the ceilings service's {@link CompetingWork}: roofs measured while a hold was taken or released
 * are not cached. Holds are taken and released on the JavaFX thread; {@link #watch()} is safe from any thread.
 */
public final class MeasurementGate implements CompetingWork {

    private final ReadOnlyStringWrapper holder = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final AtomicLong changes = new AtomicLong();

    /** A taken gate; releasing it more than once does nothing. */
    public final class Hold {
        private boolean released;

        private Hold() {
        }

        /** Frees the gate for the other tabs. */
        public void release() {
            if (!released) {
                released = true;
                changes.incrementAndGet();
                holder.set(null);
                busy.set(false);
            }
        }
    }

    /**
     * @param name who measures, as the other tabs name it, e.g. {@code the Profile tab}
     * @return the hold, to release once the measuring work has stopped
     * @throws IllegalStateException if the gate is held (callers check {@link #busyProperty()} first)
     */
    public Hold acquire(String name) {
        if (busy.get()) {
            throw new IllegalStateException(holder.get() + " is measuring; " + name + " cannot start");
        }
        changes.incrementAndGet();
        holder.set(name);
        busy.set(true);
        return new Hold();
    }

    /**
     * @param self the tab asking, named as in {@link #acquire(String)}
     * @return why {@code self} may not measure now, one sentence, or null while the gate is free or its own
     */
    public StringBinding blockedReason(String self) {
        return Bindings.createStringBinding(() -> holder.get() == null || holder.get().equals(self) ? null
                : holder.get() + " is measuring; one measurement at a time so figures do not compete for the cores", holder);
    }

    /** @return true while a tab measures */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return who measures now, e.g. {@code the Compress tab}, or null */
    public ReadOnlyStringProperty holderProperty() {
        return holder.getReadOnlyProperty();
    }

    /** @return a watch that tells whether a hold was taken or released since now; safe from any thread */
    @Override
    public Watch watch() {
        long at = changes.get();
        return () -> changes.get() != at;
    }
}
