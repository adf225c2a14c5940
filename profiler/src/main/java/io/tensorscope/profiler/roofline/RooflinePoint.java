package io.tensorscope.profiler.roofline;

import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;

/**
 * One kernel placed on the roofline.
 *
 * @param kernel           kernel name (node of the graph the runtime ran)
 * @param opType           operator it implements
 * @param intensity        FLOPs per byte moved
 * @param achievedGflops   FLOPs / median time, 10^9 per second
 * @param achievedGbps     bytes moved / median time, 10^9 per second
 * @param timeShare        its share of the total kernel time, 0..1
 * @param precision        the compute roof that applies (int8 for integer kernels)
 * @param level            the memory level whose bandwidth roof applies (the smallest that holds its bytes)
 * @param attainableGflops min(peak, bandwidth × intensity) for that precision and level
 * @param bound            which roof is lower at this intensity
 * @param fractionOfAttainable achieved / attainable (0..1, may exceed 1 when the model over-counts bytes)
 */
public record RooflinePoint(String kernel, String opType, double intensity, double achievedGflops,
                            double achievedGbps, double timeShare, Precision precision, MemoryLevel level,
                            double attainableGflops, Bound bound, double fractionOfAttainable) {
}
