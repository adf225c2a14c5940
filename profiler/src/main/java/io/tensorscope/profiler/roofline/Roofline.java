package io.tensorscope.profiler.roofline;

import io.tensorscope.profiler.ceilings.CacheSizes;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ModelProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The roofline model over measured roofs: attainable performance at intensity I is
 * min(peak compute, bandwidth × I). A kernel is judged against the bandwidth of the smallest memory level
 * that holds all the bytes it moves (a hierarchical roofline) and the compute peak of its precision.
 */
public final class Roofline {

    /** Operators that run integer arithmetic and are judged against the int8 peak. */
    private static final Set<String> INTEGER_OPS = Set.of("MatMulInteger", "ConvInteger", "QLinearMatMul",
            "QLinearConv", "DynamicQuantizeMatMul", "MatMulIntegerToFloat", "QGemm", "QAttention");

    private final ThreadCeilings roofs;
    private final CacheSizes caches;

    /**
     * @param roofs  measured roofs for the thread count the profile used
     * @param caches cache capacities that pick the bandwidth roof
     */
    public Roofline(ThreadCeilings roofs, CacheSizes caches) {
        this.roofs = roofs;
        this.caches = caches;
    }

    /** @return the measured roofs this roofline uses */
    public ThreadCeilings roofs() {
        return roofs;
    }

    /**
     * @return min(peak, bandwidth × intensity) in GFLOP/s; the bandwidth roof alone when the peak was not
     * measured; NaN when neither was
     */
    public double attainableGflops(double intensity, Precision precision, MemoryLevel level) {
        double peak = roofs.peak(precision).or(() -> roofs.peak(Precision.FP32)).orElse(Double.NaN);
        double memory = roofs.bandwidth(level).or(() -> roofs.bandwidth(MemoryLevel.DRAM)).orElse(Double.NaN) * intensity;
        return Double.isNaN(peak) ? memory : Double.isNaN(memory) ? peak : Math.min(peak, memory);
    }

    /** @return the smallest memory level whose capacity holds {@code bytes} */
    public MemoryLevel levelHolding(long bytes) {
        for (MemoryLevel level : MemoryLevel.values()) {
            if (roofs.bandwidth(level).isPresent() && bytes <= caches.capacityBytes(level, roofs.threads())) {
                return level;
            }
        }
        return MemoryLevel.DRAM;
    }

    /** @return int8 for integer kernels, else fp32 */
    public static Precision precisionOf(String opType) {
        return INTEGER_OPS.contains(opType) ? Precision.INT8 : Precision.FP32;
    }

    /**
     * @return one point per kernel of {@code profile} that has FLOPs or moves bytes and took time, in execution
     * order
     */
    public List<RooflinePoint> place(ModelProfile profile) {
        return place(profile.kernels());
    }

    /** @return one point per kernel of {@code kernels} that has FLOPs or moves bytes and took time, in their order */
    public List<RooflinePoint> place(List<KernelTiming> kernels) {
        List<RooflinePoint> points = new ArrayList<>();
        for (KernelTiming k : kernels) {
            if (k.micros().median() <= 0 || (k.flops() == 0 && k.bytesMoved() == 0)) {
                continue;
            }
            Precision precision = precisionOf(k.opType());
            MemoryLevel level = levelHolding(k.bytesMoved());
            double intensity = k.arithmeticIntensity();
            double attainable = attainableGflops(intensity, precision, level);
            double peak = roofs.peak(precision).or(() -> roofs.peak(Precision.FP32)).orElse(Double.POSITIVE_INFINITY);
            Bound bound = attainable < peak ? Bound.MEMORY : Bound.COMPUTE;
            double fraction = k.flops() > 0 ? k.achievedGflops() / attainable
                    : k.achievedGbps() / roofs.bandwidth(level).orElse(Double.NaN);
            points.add(new RooflinePoint(k.kernel(), k.opType(), intensity, k.achievedGflops(), k.achievedGbps(),
                    k.share(), precision, level, attainable, bound, fraction));
        }
        return points;
    }

    /** @return the share of total kernel time spent in memory-bound kernels, 0..1 */
    public static double memoryBoundShare(List<RooflinePoint> points) {
        return points.stream().filter(p -> p.bound() == Bound.MEMORY).mapToDouble(RooflinePoint::timeShare).sum();
    }
}
