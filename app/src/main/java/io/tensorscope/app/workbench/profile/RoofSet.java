package io.tensorscope.app.workbench.profile;

import io.tensorscope.profiler.ceilings.ThreadCeilings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roofs of one or more overlaid profiles measured under the same ceilings (the same thread count on the same
 * machine), drawn once in the dash pattern of their position, so a 2-thread profile is read against 2-thread roofs and
 * never against the 1-thread ones.
 *
 * @param roofs    the ceilings the profiles share
 * @param position 0 for the set of the first profile, then in the order the profiles were added
 * @param runs     the profiles under these roofs, oldest first
 */
record RoofSet(ThreadCeilings roofs, int position, List<ProfileRun> runs) {

    /** Dash patterns, px on and off, by position: solid, dashed, dotted, dash-dot. */
    private static final double[][] DASHES = {{}, {9, 5}, {2, 4}, {10, 4, 2, 4}};

    RoofSet {
        runs = List.copyOf(runs);
    }

    /** @return one set per distinct ceilings among {@code runs}, in the order first used */
    static List<RoofSet> of(List<ProfileRun> runs) {
        Map<ThreadCeilings, List<ProfileRun>> byRoofs = new LinkedHashMap<>();
        runs.forEach(run -> byRoofs.computeIfAbsent(run.roofs(), r -> new ArrayList<>()).add(run));
        List<RoofSet> sets = new ArrayList<>();
        byRoofs.forEach((roofs, under) -> sets.add(new RoofSet(roofs, sets.size(), under)));
        return sets;
    }

    /** @return the set {@code run} is drawn under, among {@code sets} */
    static RoofSet of(List<RoofSet> sets, ProfileRun run) {
        return sets.stream().filter(s -> s.runs.contains(run)).findFirst().orElseThrow();
    }

    /** @return this set's dash pattern for {@code GraphicsContext.setLineDashes}, px; empty for solid */
    double[] dashes() {
        return DASHES[position % DASHES.length].clone();
    }

    /** @return e.g. {@code 2 threads}: what tells this set's roofs from the others' in their labels */
    String threadsLabel() {
        return roofs.threads() + (roofs.threads() == 1 ? " thread" : " threads");
    }
}
