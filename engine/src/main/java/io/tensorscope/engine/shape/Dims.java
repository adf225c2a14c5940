package io.tensorscope.engine.shape;

import java.util.Arrays;

/** Small helpers on dimension arrays and row-major values shared by the shape rules. */
final class Dims {

    private Dims() {
    }

    /** @return {@code axis} counted from the front (a negative axis counts from the end) */
    static int axis(long axis, int rank) {
        long a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= Math.max(rank, 1)) {
            throw new ShapeMismatchException("axis " + axis + " out of range for rank " + rank);
        }
        return (int) a;
    }

    /** @return product of {@code dims[from..to)} (1 for an empty range) */
    static long product(long[] dims, int from, int to) {
        long n = 1;
        for (int i = from; i < to; i++) {
            n = Math.multiplyExact(n, dims[i]);
        }
        return n;
    }

    /** @return number of elements of a tensor with these sizes */
    static long count(long[] dims) {
        return product(dims, 0, dims.length);
    }

    /** @return the numpy broadcast of two shapes; throws {@link ShapeMismatchException} if incompatible */
    static long[] broadcast(long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int i = 0; i < rank; i++) {
            long x = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            long y = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (x != y && x != 1 && y != 1) {
                throw new ShapeMismatchException("cannot broadcast " + text(a) + " with " + text(b));
            }
            out[i] = x == 1 ? y : x;
        }
        return out;
    }

    /** @return {@code values} (row-major, sizes {@code from}) repeated to the broadcast sizes {@code to} */
    static long[] expand(long[] values, long[] from, long[] to) {
        int n = (int) count(to);
        long[] out = new long[n];
        int offset = to.length - from.length;
        long[] fromStrides = strides(from);
        for (int flat = 0; flat < n; flat++) {
            long rest = flat;
            long source = 0;
            for (int d = to.length - 1; d >= 0; d--) {
                long index = rest % to[d];
                rest /= to[d];
                int fd = d - offset;
                if (fd >= 0 && from[fd] != 1) {
                    source += index * fromStrides[fd];
                }
            }
            out[flat] = values[(int) source];
        }
        return out;
    }

    /** @return {@code a / b} rounded towards positive infinity ({@code b} non-zero, either sign) */
    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** @return row-major strides in elements */
    static long[] strides(long[] dims) {
        long[] strides = new long[dims.length];
        long s = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= dims[i];
        }
        return strides;
    }

    /** @return {@code a} followed by {@code b} */
    static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** @return sizes printed as {@code 1x128x384} */
    static String text(long[] dims) {
        if (dims.length == 0) {
            return "scalar";
        }
        StringBuilder sb = new StringBuilder();
        for (long d : dims) {
            sb.append(sb.length() == 0 ? "" : "x").append(d);
        }
        return sb.toString();
    }
}
