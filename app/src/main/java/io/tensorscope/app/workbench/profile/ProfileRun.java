package io.tensorscope.app.workbench.profile;

import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ModelProfile;

import java.util.List;
import java.util.Optional;

/**
 * One finished profile of the current model, as the Profile view shows it.
 *
 * @param label    how the view names it, e.g. {@code 2 threads, ALL}
 * @param profile  the measured profile
 * @param analysis the model's analysis at the sizes it was profiled at (FLOPs and bytes per node)
 * @param machine  the machine's roofs (cached or measured for this run)
 * @param roofs    the roofs for the thread count the profile used
 * @param points   the kernels placed on the roofline ({@code Roofline.place}), in execution order
 * @param variant  true for a profile of a variant of the shown model (e.g. quantized on the Compress tab): its
 *                 kernels are drawn, but its node indices are not the layer table's
 */
public record ProfileRun(String label, ModelProfile profile, ModelAnalysis analysis, MachineCeilings machine,
                         ThreadCeilings roofs, List<RooflinePoint> points, boolean variant) {

    public ProfileRun {
        points = List.copyOf(points);
    }

    /** A profile of the shown model itself. */
    public ProfileRun(String label, ModelProfile profile, ModelAnalysis analysis, MachineCeilings machine,
                      ThreadCeilings roofs, List<RooflinePoint> points) {
        this(label, profile, analysis, machine, roofs, points, false);
    }

    /** @return the same profile under another label */
    public ProfileRun withLabel(String newLabel) {
        return new ProfileRun(newLabel, profile, analysis, machine, roofs, points, variant);
    }

    /** @return the points a log-log chart can show: positive intensity and GFLOP/s */
    public List<RooflinePoint> plottedPoints() {
        return points.stream().filter(p -> p.intensity() > 0 && p.achievedGflops() > 0).toList();
    }

    /** @return kernels left out of the chart (no FLOPs, or no measurable time) */
    public int unplottedKernelCount() {
        return profile.kernels().size() - plottedPoints().size();
    }

    /** @return the time share of the kernels left out of the chart, 0..1 */
    public double unplottedShare() {
        double plotted = plottedPoints().stream().mapToDouble(RooflinePoint::timeShare).sum();
        return Math.max(0, 1 - plotted);
    }

    /** @return the {@code count} kernels with the longest median time, longest first */
    public List<KernelTiming> slowestKernels(int count) {
        return profile.kernels().stream()
                .sorted(java.util.Comparator.comparingDouble((KernelTiming k) -> k.micros().median()).reversed())
                .limit(count).toList();
    }

    /** @return the kernel named {@code kernel}, if it ran in this profile */
    public Optional<KernelTiming> kernel(String kernel) {
        return profile.kernels().stream().filter(k -> k.kernel().equals(kernel)).findFirst();
    }

    /** @return each original node's share of the time by node index (0 where removed), 0..1 */
    public double[] nodeShares() {
        double[] shares = new double[profile.nodes().stream().mapToInt(n -> n.index() + 1).max().orElse(0)];
        profile.nodes().forEach(n -> shares[n.index()] = n.share());
        return shares;
    }

    @Override
    public String toString() {
        return label;
    }
}
