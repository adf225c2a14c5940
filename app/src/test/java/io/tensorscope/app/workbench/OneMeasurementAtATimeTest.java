package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.profile.CeilingsSource;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.runtime.OptimizationLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Profile and Compress tabs on the inline executor share one measurement gate: while one runs (seen from inside
 * its work, where it asks for the roofs) the other cannot start and says why; afterwards both can.
 */
class OneMeasurementAtATimeTest {

    private static final ModelSource SOURCE = new ModelSource();
    private static final String COMPETE = " is measuring; one measurement at a time so figures do not compete for the cores";

    /** What a tab looked like from inside the other tab's run. */
    private record Seen(boolean canRun, String reason, String ownReason) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private WorkbenchViewModel workbench;

    private WorkbenchViewModel open(CeilingsSource ceilings) {
        workbench = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor(), ceilings);
        BundledAsset cnn = SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst().orElseThrow();
        workbench.openBundled(cnn);
        assertNull(workbench.errorProperty().get());
        ProfileViewModel profile = workbench.profile();
        profile.threadsProperty().set(1);
        profile.warmupRunsProperty().set(0);
        profile.runsProperty().set(1);
        profile.optimizationProperty().set(OptimizationLevel.NONE);
        return workbench;
    }

    @Test
    void whileTheProfileTabMeasuresTheCompressTabWaitsAndSaysWhy() {
        open((threads, progress) -> {
            CompressViewModel compress = workbench.compress();
            seen.add(new Seen(compress.canRunBinding().get(), compress.runBlockedReasonBinding().get(),
                    workbench.profile().runBlockedReasonBinding().get()));
            return FixedCeilings.source().ceilings(threads, progress);
        });
        assertTrue(workbench.compress().canRunBinding().get());
        workbench.profile().run();

        assertNull(workbench.profile().failureProperty().get(), workbench.profile().failureProperty().get());
        assertEquals(List.of(new Seen(false, ProfileViewModel.MEASURER + COMPETE, null)), seen);
        assertTrue(workbench.compress().canRunBinding().get(), "free again once the profile ended");
        assertNull(workbench.compress().runBlockedReasonBinding().get());
        assertFalse(workbench.measurementGate().busyProperty().get());
    }

    @Test
    void whileTheCompressTabMeasuresTheProfileTabWaitsAndSaysWhy() {
        open((threads, progress) -> {
            ProfileViewModel profile = workbench.profile();
            seen.add(new Seen(profile.canRunBinding().get(), profile.runBlockedReasonBinding().get(),
                    workbench.compress().runBlockedReasonBinding().get()));
            throw new TensorscopeException(ErrorCode.CANCELLED, "cancelled by the user");
        });
        workbench.compress().run();

        assertEquals(List.of(new Seen(false, CompressViewModel.MEASURER + COMPETE, null)), seen);
        assertEquals("Compression cancelled", workbench.compress().progressMessageProperty().get());
        assertTrue(workbench.profile().canRunBinding().get(), "free again once the compression was cancelled");
    }

    @Test
    void aTabDoesNotStartWhileTheGateIsHeld() {
        open((threads, progress) -> {
            seen.add(new Seen(true, "asked for roofs", null));
            return FixedCeilings.source().ceilings(threads, progress);
        });
        MeasurementGate.Hold hold = workbench.measurementGate().acquire(CompressViewModel.MEASURER);
        assertFalse(workbench.profile().canRunBinding().get());
        workbench.profile().run();
        assertTrue(workbench.profile().profiles().isEmpty(), "nothing ran");
        assertTrue(seen.isEmpty());

        hold.release();
        assertTrue(workbench.profile().canRunBinding().get());
        assertNull(workbench.profile().runBlockedReasonBinding().get());
    }
}
