package io.tensorscope.engine.model;

/** Large generated graphs for benchmarks and UI stress tests; weights are zeros (their values never matter). */
public final class SyntheticGraphs {

    /** Hidden width of {@link #chain(int)} blocks. */
    public static final int CHAIN_WIDTH = 32;

    private SyntheticGraphs() {
    }

    /**
     * A residual MLP with exactly {@code nodes} nodes: blocks of MatMul → Add (bias) → Relu → Add (skip
     * connection from the block input), like a transformer feed-forward stack, then Relu nodes to make up
     * the count. Input {@code x} is {@code batch × seq × }{@link #CHAIN_WIDTH} (symbolic batch and sequence);
     * the one output (the last node's) has the same shape. Every block has its own weight ({@code 32×32}) and bias.
     *
     * @param nodes number of nodes, at least 1
     */
    public static Model chain(int nodes) {
        if (nodes < 1) {
            throw new IllegalArgumentException("a graph needs at least one node, got " + nodes);
        }
        GraphBuilder b = GraphBuilder.create("synthetic-chain-" + nodes);
        b.input("x", ElementType.FLOAT, Shape.of(new long[] {Shape.UNKNOWN, Shape.UNKNOWN, CHAIN_WIDTH},
                new String[] {"batch", "seq", null}));
        String current = "x";
        int blocks = nodes / 4;
        for (int i = 0; i < blocks; i++) {
            String p = "block" + i + "/";
            b.zeros(p + "weight", ElementType.FLOAT, CHAIN_WIDTH, CHAIN_WIDTH);
            b.zeros(p + "bias", ElementType.FLOAT, CHAIN_WIDTH);
            b.node("MatMul", current, p + "weight").name(p + "MatMul").outputs(p + "matmul");
            b.node("Add", p + "matmul", p + "bias").name(p + "Bias").outputs(p + "biased");
            b.node("Relu", p + "biased").name(p + "Relu").outputs(p + "relu");
            b.node("Add", p + "relu", current).name(p + "Skip").outputs(p + "out");
            current = p + "out";
        }
        for (int i = blocks * 4; i < nodes; i++) {
            String out = "tail" + i;
            b.node("Relu", current).name("tail/Relu_" + i).outputs(out);
            current = out;
        }
        b.output(current, ElementType.FLOAT);
        return b.build();
    }
}
