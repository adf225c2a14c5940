package io.tensorscope.profiler.ceilings;

/**
 * One point of a bandwidth sweep.
 *
 * @param workingSetBytes bytes of the three triad arrays of all threads together
 * @param gbPerSecond     best triad bandwidth measured, 10^9 bytes/s, counting 24 bytes per element (STREAM)
 */
public record BandwidthSample(long workingSetBytes, double gbPerSecond) {
}
