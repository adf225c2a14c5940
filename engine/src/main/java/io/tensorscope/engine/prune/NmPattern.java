package io.tensorscope.engine.prune;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An N:M semi-structured sparsity pattern: in every group of M consecutive weights along the reduction dimension,
 * the N of largest magnitude are kept and the others set to zero.
 *
 * @param n weights kept per group, 1 ≤ n &lt; m
 * @param m weights per group, at most {@value #MAX_GROUP}
 */
record NmPattern(int n, int m) {

    /** Largest group size accepted. */
    static final int MAX_GROUP = 16;
    /** The pattern NVIDIA's sparse Tensor Cores run. */
    static final NmPattern TWO_OF_FOUR = new NmPattern(2, 4);

    /**
     * Channels a layer needs, both in and out, for NVIDIA's sparse Tensor Cores to speed it up, as NVIDIA's rule of
     * thumb has it: in smaller layers the sparse kernels do not win.
     */
    static final long TENSOR_CORE_CHANNELS = 256;

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,3})\\s*:\\s*(\\d{1,3})\\s*");

    NmPattern {
        if (!valid(n, m)) {
            throw new IllegalArgumentException("no N:M pattern " + n + ":" + m);
        }
    }

    /**
     * @param option the option's name, for the message
     * @param text   e.g. {@code 2:4}
     * @return the pattern
     * @throws TensorscopeException {@code BAD_ARGUMENT} unless {@code text} is N:M with 1 ≤ N &lt; M ≤ 16
     */
    static NmPattern parse(String option, String text) throws TensorscopeException {
        Matcher matcher = TEXT.matcher(text);
        if (matcher.matches()) {
            int n = Integer.parseInt(matcher.group(1));
            int m = Integer.parseInt(matcher.group(2));
            if (valid(n, m)) {
                return new NmPattern(n, m);
            }
        }
        throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "option " + option + " takes N:M with 1 <= N < M <= "
                + MAX_GROUP + ", e.g. 2:4, not '" + text + "'");
    }

    private static boolean valid(int n, int m) {
        return n >= 1 && n < m && m <= MAX_GROUP;
    }

    /** @return the fraction of weights the pattern zeroes, 1 − N/M */
    double sparsity() {
        return 1 - (double) n / m;
    }

    /**
     * @return whether NVIDIA's sparse Tensor Cores (Ampere and newer GPUs) would speed up a layer of this layout
     * pruned with this pattern: 2:4, at least {@value #TENSOR_CORE_CHANNELS} input and output channels
     */
    boolean runsOnSparseTensorCores(ReductionLayout layout) {
        return equals(TWO_OF_FOUR) && layout.length() >= TENSOR_CORE_CHANNELS
                && layout.outputChannels() >= TENSOR_CORE_CHANNELS;
    }

    /**
     * Zeroes all but the N largest {@code |w|} of every group of M along the reduction axis, in place; of equal
     * magnitudes the earlier one is kept.
     *
     * @param values the weight, row-major, modified
     * @param dims   its dimensions
     * @param layout where its reduction axis is; {@code layout.length()} must be a multiple of M
     */
    void prune(float[] values, long[] dims, ReductionLayout layout) {
        if (layout.length() % m != 0) {
            throw new IllegalArgumentException("reduction length " + layout.length() + " is no multiple of " + m);
        }
        long outer = layout.outer(dims);
        long inner = layout.inner(dims);
        int stride = Math.toIntExact(inner);
        float[] magnitudes = new float[m];
        for (long o = 0; o < outer; o++) {
            for (long start = 0; start < layout.length(); start += m) {
                for (long r = 0; r < inner; r++) {
                    int first = Math.toIntExact((o * layout.length() + start) * inner + r);
                    for (int j = 0; j < m; j++) {
                        magnitudes[j] = Math.abs(values[first + j * stride]);
                    }
                    for (int j = 0; j < m; j++) {
                        if (rank(magnitudes, j) >= n) {
                            values[first + j * stride] = 0f;
                        }
                    }
                }
            }
        }
    }

    /** @return how many of the group rank before {@code j}: larger, or as large and earlier */
    private static int rank(float[] magnitudes, int j) {
        int before = 0;
        for (int i = 0; i < magnitudes.length; i++) {
            if (magnitudes[i] > magnitudes[j] || magnitudes[i] == magnitudes[j] && i < j) {
                before++;
            }
        }
        return before;
    }

    @Override
    public String toString() {
        return n + ":" + m;
    }
}
