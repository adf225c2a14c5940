package io.tensorscope.engine.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Immutable tensor shape. A dimension is a non-negative size, or {@link #UNKNOWN} with an optional
 * symbolic name (e.g. {@code batch}, {@code sequence}). A shape of unknown rank is {@link #unknownRank()}.
 */
public final class Shape {

    /** Marker for a dimension whose size is not known. */
    public static final long UNKNOWN = -1;

    private static final Shape UNKNOWN_RANK = new Shape(null, null);

    private final long[] dims;
    private final String[] symbols;

    private Shape(long[] dims, String[] symbols) {
        this.dims = dims;
        this.symbols = symbols;
    }

    /** @return a shape with these sizes; {@link #UNKNOWN} marks an unknown size */
    public static Shape of(long... dims) {
        return new Shape(dims.clone(), new String[dims.length]);
    }

    /**
     * @param dims    sizes, {@link #UNKNOWN} where not known
     * @param symbols symbolic names per dimension, null where none; same length as dims
     */
    public static Shape of(long[] dims, String[] symbols) {
        if (symbols.length != dims.length) {
            throw new IllegalArgumentException("dims and symbols differ in length");
        }
        return new Shape(dims.clone(), symbols.clone());
    }

    /** @return the shape whose rank is not known */
    public static Shape unknownRank() {
        return UNKNOWN_RANK;
    }

    /** @return a scalar (rank 0) shape */
    public static Shape scalar() {
        return of();
    }

    /** @return true if the rank is known */
    public boolean hasRank() {
        return dims != null;
    }

    /** @return number of dimensions; throws if the rank is unknown */
    public int rank() {
        requireRank();
        return dims.length;
    }

    /** @return size of dimension {@code i} (negative indexes count from the end), or {@link #UNKNOWN} */
    public long dim(int i) {
        requireRank();
        return dims[i < 0 ? dims.length + i : i];
    }

    /** @return symbolic name of dimension {@code i}, or null */
    public String symbol(int i) {
        requireRank();
        return symbols[i < 0 ? dims.length + i : i];
    }

    /** @return a copy of the sizes */
    public long[] dims() {
        requireRank();
        return dims.clone();
    }

    /** @return true if the rank and every size are known */
    public boolean isKnown() {
        if (dims == null) {
            return false;
        }
        for (long d : dims) {
            if (d < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return product of all sizes (1 for a scalar), or {@link #UNKNOWN} if any is unknown */
    public long elementCount() {
        if (!isKnown()) {
            return UNKNOWN;
        }
        long n = 1;
        for (long d : dims) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    private void requireRank() {
        if (dims == null) {
            throw new IllegalStateException("shape has unknown rank");
        }
    }

    /** @return sizes joined by 'x' ({@code 1x128x384}); unknown sizes print their symbol or '?' (joined by ' x ' when a symbol shows); scalar prints "scalar" */
    @Override
    public String toString() {
        if (dims == null) {
            return "?";
        }
        if (dims.length == 0) {
            return "scalar";
        }
        boolean symbolic = java.util.Arrays.stream(symbols).anyMatch(Objects::nonNull);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) {
                sb.append(symbolic ? " x " : "x");
            }
            sb.append(dims[i] >= 0 ? Long.toString(dims[i]) : (symbols[i] != null ? symbols[i] : "?"));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims) && Arrays.equals(symbols, s.symbols);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(dims), Arrays.hashCode(symbols));
    }
}
