package io.tensorscope.profiler.usecase;

import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.timing.ModelProfile;
import java.util.List;

/**
 * One finished profile, as the command line prints it and the workbench shows it.
 *
 * @param analysis the model's analysis for the profiled sizes (FLOPs and bytes per node)
 * @param ceilings the machine's roofs (cached, or measured for this profile)
 * @param profile  the measured profile
 * @param points   its kernels placed on the roofline, in execution order
 */
public record ProfilingResult(ModelAnalysis analysis, MachineCeilings ceilings, ModelProfile profile,
                              List<RooflinePoint> points) {

    public ProfilingResult {
        points = List.copyOf(points);
    }

    /** @return the roofs for the thread count the profile used */
    public ThreadCeilings roofs() {
        return ceilings.forThreads(profile.settings().threads());
    }
}
