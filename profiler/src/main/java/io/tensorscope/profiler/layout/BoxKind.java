package io.tensorscope.profiler.layout;

/** What a box of a {@link GraphLayout} stands for. */
public enum BoxKind {
    /** A node of the graph. */
    NODE,
    /** A graph input (a tensor the caller feeds). */
    INPUT,
    /** A graph output. */
    OUTPUT
}
