package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Profiles at different thread counts overlaid on the Profile tab: each keeps its own roofs, one dash pattern per set,
 * and no two roof labels overlap.
 */
class OverlaidRoofsViewModelTest {

    /** Labels drawn 6 px a character, 13 px high: about what the 11 px font measures. */
    private static final RoofLayout.TextSize TEXT = new RoofLayout.TextSize() {
        @Override
        public double widthPx(String text) {
            return 6 * text.length();
        }

        @Override
        public double heightPx() {
            return 13;
        }
    };

    @Test
    void twoRunsAtDifferentThreadCountsGiveTwoRoofSetsWithLabelsApart() throws Exception {
        MachineCeilings machine = FixedCeilings.source().ceilings(1, null);
        ProfileViewModel profile = new WorkbenchViewModel(new ModelSource(), new InlineTaskExecutor(),
                FixedCeilings.source()).profile();
        profile.addProfile(run("1 thread, ALL", machine, 1));
        profile.addProfile(run("1 thread, NONE", machine, 1));
        profile.addProfile(run("2 threads, ALL", machine, 2));

        List<RoofSet> sets = RoofSet.of(profile.profiles());
        assertEquals(2, sets.size(), "one set of roofs per thread count");
        assertEquals(machine.forThreads(1), sets.get(0).roofs());
        assertEquals(machine.forThreads(2), sets.get(1).roofs());
        assertEquals(List.of("1 thread, ALL", "1 thread, NONE"), sets.get(0).runs().stream().map(ProfileRun::label).toList());
        assertEquals(sets.get(1), RoofSet.of(sets, profile.profiles().get(2)), "the 2-thread run is read against its roofs");
        assertFalse(Arrays.equals(sets.get(0).dashes(), sets.get(1).dashes()), "each set its own dash pattern");

        LogAxis x = LogAxis.spanning(0.01, 1000, 62, 900);
        LogAxis y = LogAxis.spanning(0.5, 1200, 600, 14);
        double[] legend = {72, 24, 272, 150};
        List<RoofLayout.Roof> roofs = RoofLayout.of(sets, x, y, 900, TEXT, List.<double[]>of(legend));
        // 1 thread: L1, L2, DRAM, fp32, int8; 2 threads the same.
        assertEquals(10, roofs.size());
        assertEquals(2, roofs.stream().filter(r -> r.precision() == Precision.FP32).count(), "two fp32 roofs");
        RoofLayout.Roof twoThreadPeak = roofs.stream().filter(r -> r.precision() == Precision.FP32
                && r.set() == sets.get(1)).findFirst().orElseThrow();
        assertEquals(y.toPixel(185), twoThreadPeak.y1Px(), 1e-9, "the 2-thread fp32 roof at its own peak");
        assertTrue(twoThreadPeak.label().endsWith("· 2 threads"), twoThreadPeak.label());
        assertTrue(roofs.stream().filter(r -> r.level() == MemoryLevel.DRAM).map(RoofLayout.Roof::label).toList()
                .containsAll(List.of("DRAM 25.0 GB/s · 1 thread", "DRAM 29.0 GB/s · 2 threads")));
        assertApart(roofs.stream().filter(r -> r.level() != null).toList());
        assertApart(roofs.stream().filter(r -> r.precision() != null).toList());
        RoofLabels diagonal = new RoofLabels(RoofLayout.diagonalDegrees(x, y));
        RoofLabels horizontal = new RoofLabels(0);
        for (RoofLayout.Roof roof : roofs) {
            double[] onScreen = (roof.level() != null ? diagonal : horizontal).screenBounds(roof.box());
            assertFalse(RoofLabels.overlap(onScreen, legend), roof.label() + " under the legend");
            assertTrue(onScreen[0] >= 62 && onScreen[2] <= 900 && onScreen[1] >= 14 && onScreen[3] <= 600,
                    roof.label() + " inside the plot");
        }
    }

    /** Every label found a spot, and no two boxes (in one frame: diagonal or horizontal) overlap. */
    private static void assertApart(List<RoofLayout.Roof> roofs) {
        List<double[]> boxes = new ArrayList<>();
        for (RoofLayout.Roof roof : roofs) {
            assertNotNull(roof.box(), "no free spot for " + roof.label());
            for (double[] other : boxes) {
                assertFalse(RoofLabels.overlap(roof.box(), other), roof.label() + " overlaps another label");
            }
            boxes.add(roof.box());
        }
    }

    private static ProfileRun run(String label, MachineCeilings machine, int threads) {
        return new ProfileRun(label, null, null, machine, machine.forThreads(threads), List.of(), true);
    }
}
