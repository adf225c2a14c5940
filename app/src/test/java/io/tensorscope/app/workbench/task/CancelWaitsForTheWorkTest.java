package io.tensorscope.app.workbench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real executor on the JavaFX thread: after Cancel, a run counts as running (Run disabled, the gate held, the
 * status bar busy) until its work has returned, however long the step it is in takes to notice.
 */
class CancelWaitsForTheWorkTest {

    private static final long WAIT_SECONDS = 20;

    private final MeasurementGate gate = new MeasurementGate();
    private final RunState state = new RunState(gate, "the Profile tab");
    private final TaskStatus status = new TaskStatus();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final CountDownLatch working = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean ended = new AtomicBoolean();

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Work in one long step that looks at cancellation only when it ends, like one ONNX Runtime run. */
    private BackgroundTask<String> longStep() {
        return BackgroundTask.<String>of("Profiling", progress -> {
            working.countDown();
            assertTrue(release.await(WAIT_SECONDS, TimeUnit.SECONDS), "never released");
            progress.checkCancelled();
            return "profile";
        }).onSuccess(result -> {
            ended.set(true);
            state.stopped("");
        }).onFailure(error -> {
            ended.set(true);
            state.failed(error);
        }).onCancelled(() -> {
            ended.set(true);
            state.stopped("Profile cancelled");
        });
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void afterCancelTheRunHoldsUntilItsWorkHasReturned() throws Exception {
        onFx(() -> {
            state.start(status, executor, longStep());
            return null;
        });
        assertTrue(working.await(WAIT_SECONDS, TimeUnit.SECONDS));
        onFx(() -> {
            state.cancel();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(ended.get(), "no outcome before the work returned");
        assertTrue(onFx(() -> state.runningProperty().get()), "Run stays disabled while the work still runs");
        assertTrue(onFx(() -> gate.busyProperty().get()), "the gate stays held: the cores are still busy");
        assertTrue(onFx(() -> status.runningProperty().get()), "the status bar still shows the task");
        assertTrue(onFx(() -> state.messageProperty().get()).startsWith("Cancelling"));

        release.countDown();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, ended::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> state.runningProperty().get()));
        assertFalse(onFx(() -> gate.busyProperty().get()));
        assertFalse(onFx(() -> status.runningProperty().get()));
        assertEquals("Profile cancelled", onFx(() -> state.messageProperty().get()));
    }

    @Test
    void aFinishedRunFreesTheGate() throws Exception {
        onFx(() -> {
            state.start(status, executor, longStep());
            return null;
        });
        assertEquals("the Profile tab", onFx(() -> gate.holderProperty().get()));
        release.countDown();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, ended::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> gate.busyProperty().get()));
        assertFalse(onFx(() -> state.runningProperty().get()));
    }
}
