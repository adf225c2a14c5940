package io.tensorscope.profiler.ceilings;

/**
 * GPU roofs (cuBLAS SGEMM and device-to-device copy), or why there are none.
 *
 * @param device         the GPU's name, empty when absent
 * @param fp32Gflops     SGEMM peak, 10^9 FLOP/s; NaN when absent
 * @param copyGbps       device-to-device copy bandwidth, 10^9 bytes/s (read + write); NaN when absent
 * @param absenceReason  why there are no GPU roofs, empty when measured
 */
public record GpuCeilings(String device, double fp32Gflops, double copyGbps, String absenceReason) {

    /** @return GPU roofs that are absent for {@code reason} */
    public static GpuCeilings absent(String reason) {
        return new GpuCeilings("", Double.NaN, Double.NaN, reason);
    }

    /** @return whether roofs were measured */
    public boolean present() {
        return absenceReason.isEmpty();
    }
}
