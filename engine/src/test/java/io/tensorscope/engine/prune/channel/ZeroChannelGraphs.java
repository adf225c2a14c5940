package io.tensorscope.engine.prune.channel;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import java.util.Random;

/**
 * Small graphs built in code, one per dependency kind channel pruning must follow, whose first half of channels in
 * every prunable group is exactly zero (weights, bias and the BatchNormalization shift): removing those channels must
 * leave the outputs unchanged, and the L1 ranking removes exactly them at sparsity 0.5.
 */
final class ZeroChannelGraphs {

    private ZeroChannelGraphs() {
    }

    /** Conv → BatchNormalization → Relu → MaxPool → Transpose (NHWC) → Flatten → Gemm: the Keras CNN pattern. */
    static Model convBatchNormPoolFlattenGemm() {
        GraphBuilder b = GraphBuilder.create("bn-flatten").opset(13);
        b.input("x", ElementType.FLOAT, 1, 2, 6, 6);
        b.initializer("w", zeroFirstHalf(random(4 * 2 * 3 * 3, 1), 4), 4, 2, 3, 3);
        b.initializer("b", zeroFirstHalf(random(4, 2), 4), 4);
        b.initializer("gamma", random(4, 3), 4);
        b.initializer("beta", zeroFirstHalf(random(4, 4), 4), 4);
        b.initializer("mean", zeroFirstHalf(random(4, 5), 4), 4);
        b.initializer("var", new float[] {1, 1.5f, 2, 0.5f}, 4);
        b.initializer("fc", random(3 * 2 * 2 * 4, 6), 2 * 2 * 4, 3);
        b.node("Conv", "x", "w", "b").name("conv").outputs("c");
        b.node("BatchNormalization", "c", "gamma", "beta", "mean", "var").name("bn").outputs("n");
        b.node("Relu", "n").name("relu").outputs("r");
        b.node("MaxPool", "r").name("pool").outputs("p").attrInts("kernel_shape", 2, 2).attrInts("strides", 2, 2);
        b.node("Transpose", "p").name("to_nhwc").outputs("t").attrInts("perm", 0, 2, 3, 1);
        b.node("Flatten", "t").name("flatten").outputs("f");
        b.node("Gemm", "f", "fc").name("fc").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 3));
        return b.build();
    }

    /** Two Convs summed by a residual Add, then Relu and a Conv reading the sum: both branches pruned alike. */
    static Model residualAdd() {
        GraphBuilder b = GraphBuilder.create("residual").opset(13);
        b.input("x", ElementType.FLOAT, 1, 3, 5, 5);
        b.initializer("wa", zeroFirstHalf(random(6 * 3 * 3 * 3, 7), 6), 6, 3, 3, 3);
        b.initializer("wb", zeroFirstHalf(random(6 * 3 * 1 * 1, 8), 6), 6, 3, 1, 1);
        b.initializer("wc", random(2 * 6 * 1 * 1, 9), 2, 6, 1, 1);
        b.node("Conv", "x", "wa").name("conv_a").outputs("a").attrInts("pads", 1, 1, 1, 1);
        b.node("Conv", "x", "wb").name("conv_b").outputs("b");
        b.node("Add", "a", "b").name("residual").outputs("s");
        b.node("Relu", "s").name("relu").outputs("r");
        b.node("Conv", "r", "wc").name("conv_c").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 2, 5, 5));
        return b.build();
    }

    /** Two Convs joined by Concat on the channels, read by a Conv: each group at its channel offset. */
    static Model concat() {
        GraphBuilder b = GraphBuilder.create("concat").opset(13);
        b.input("x", ElementType.FLOAT, 1, 2, 4, 4);
        b.initializer("wa", zeroFirstHalf(random(4 * 2, 10), 4), 4, 2, 1, 1);
        b.initializer("wb", zeroFirstHalf(random(2 * 2, 11), 2), 2, 2, 1, 1);
        b.initializer("wc", random(3 * 6, 12), 3, 6, 1, 1);
        b.node("Conv", "x", "wa").name("conv_a").outputs("a");
        b.node("Conv", "x", "wb").name("conv_b").outputs("b");
        b.node("Concat", "a", "b").name("concat").outputs("c").attr("axis", 1L);
        b.node("Conv", "c", "wc").name("conv_c").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 3, 4, 4));
        return b.build();
    }

    /** Conv → depthwise Conv (group = channels) → Relu → Conv: the depthwise layer's channels go in and out together. */
    static Model depthwise() {
        GraphBuilder b = GraphBuilder.create("depthwise").opset(13);
        b.input("x", ElementType.FLOAT, 1, 3, 5, 5);
        b.initializer("wa", zeroFirstHalf(random(4 * 3, 13), 4), 4, 3, 1, 1);
        b.initializer("wd", random(4 * 9, 14), 4, 1, 3, 3);
        b.initializer("bd", zeroFirstHalf(random(4, 15), 4), 4);
        b.initializer("wc", random(2 * 4, 16), 2, 4, 1, 1);
        b.node("Conv", "x", "wa").name("conv_a").outputs("a");
        b.node("Conv", "a", "wd", "bd").name("depthwise").outputs("d").attr("group", 4L).attrInts("pads", 1, 1, 1, 1);
        b.node("Relu", "d").name("relu").outputs("r");
        b.node("Conv", "r", "wc").name("conv_c").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 2, 5, 5));
        return b.build();
    }

    /**
     * A transformer FFN: MatMul → bias Add → x·sigmoid(x) (both operands carry the channels) → MatMul → residual Add
     * with the layer's input; the intermediate neurons are the group.
     */
    static Model transformerFeedForward() {
        GraphBuilder b = GraphBuilder.create("ffn").opset(13);
        b.input("x", ElementType.FLOAT, 1, 4, 8);
        b.initializer("w1", zeroColumns(random(8 * 16, 17), 8, 16), 8, 16);
        b.initializer("b1", zeroFirstHalf(random(16, 18), 16), 16);
        b.initializer("w2", random(16 * 8, 19), 16, 8);
        b.node("MatMul", "x", "w1").name("ffn_in").outputs("h");
        b.node("Add", "b1", "h").name("ffn_bias").outputs("hb");
        b.node("Sigmoid", "hb").name("gate").outputs("g");
        b.node("Mul", "hb", "g").name("swish").outputs("s");
        b.node("MatMul", "s", "w2").name("ffn_out").outputs("o");
        b.node("Add", "o", "x").name("residual").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 4, 8));
        return b.build();
    }

    /** Conv → Relu → Reshape to [batch, -1] → Gemm (transB): a Reshape that flattens from axis 1. */
    static Model reshapeToGemm() {
        GraphBuilder b = GraphBuilder.create("reshape").opset(13);
        b.input("x", ElementType.FLOAT, 1, 2, 3, 3);
        b.initializer("w", zeroFirstHalf(random(4 * 2 * 1 * 1, 20), 4), 4, 2, 1, 1);
        b.initializerInts("shape", new long[] {0, -1}, 2);
        b.initializer("fc", random(5 * 4 * 9, 21), 5, 4 * 9);
        b.node("Conv", "x", "w").name("conv").outputs("c");
        b.node("Relu", "c").name("relu").outputs("r");
        b.node("Reshape", "r", "shape").name("reshape").outputs("f");
        b.node("Gemm", "f", "fc").name("fc").outputs("y").attr("transB", 1L);
        b.output("y", ElementType.FLOAT, Shape.of(1, 5));
        return b.build();
    }

    /** Values uniform in [0.1, 1.1) (never zero), reproducible by seed. */
    static float[] random(int n, long seed) {
        Random random = new Random(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = 0.1f + random.nextFloat() * (random.nextBoolean() ? 1 : -1);
        }
        return values;
    }

    /** Zeroes the first half of the {@code channels} output channels of a channel-first tensor. */
    static float[] zeroFirstHalf(float[] values, int channels) {
        int per = values.length / channels;
        for (int i = 0; i < channels / 2 * per; i++) {
            values[i] = 0;
        }
        return values;
    }

    /** Zeroes the first half of the columns of a [rows, columns] matrix (a MatMul weight's output channels). */
    private static float[] zeroColumns(float[] values, int rows, int columns) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns / 2; c++) {
                values[r * columns + c] = 0;
            }
        }
        return values;
    }
}
