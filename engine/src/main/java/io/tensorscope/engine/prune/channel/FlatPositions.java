package io.tensorscope.engine.prune.channel;

import java.util.Arrays;

/**
 * Where channels land when a Flatten folds axes {@code from..} into one: channel position {@code p} on axis
 * {@code a} becomes every flat index whose coordinate on {@code a} is {@code p} (row-major), so a Flatten after an
 * NHWC Transpose spreads channel c to {@code c, c + C, c + 2C …} (the spatial stride).
 */
final class FlatPositions {

    private FlatPositions() {
    }

    /**
     * @param in   the channels before the Flatten
     * @param from first axis folded
     * @param dims sizes of axes {@code from..rank-1}, all known
     * @return the channels on axis 1 of the flattened tensor
     */
    static ChannelMap of(ChannelMap in, int from, long[] dims) {
        int local = in.axis() - from;
        long inner = 1;
        for (int d = local + 1; d < dims.length; d++) {
            inner *= dims[d];
        }
        long outer = 1;
        for (int d = 0; d < local; d++) {
            outer *= dims[d];
        }
        long size = dims[local];
        int[][] positions = new int[in.channels()][];
        for (int c = 0; c < in.channels(); c++) {
            int[] before = in.positions()[c];
            int[] flat = new int[Math.toIntExact(before.length * outer * inner)];
            int n = 0;
            for (long o = 0; o < outer; o++) {
                for (int p : before) {
                    for (long j = 0; j < inner; j++) {
                        flat[n++] = Math.toIntExact((o * size + p) * inner + j);
                    }
                }
            }
            Arrays.sort(flat);
            positions[c] = flat;
        }
        return new ChannelMap(1, positions);
    }
}
