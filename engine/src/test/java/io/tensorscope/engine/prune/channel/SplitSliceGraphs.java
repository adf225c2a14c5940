package io.tensorscope.engine.prune.channel;

import static io.tensorscope.engine.prune.channel.ZeroChannelGraphs.random;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import java.util.Arrays;

/**
 * Small graphs built in code whose pruned layer feeds a Split or a Slice, with the output channels named by the caller
 * exactly zero (weights, no bias): removing them must leave the outputs unchanged, and the L1 ranking picks exactly
 * them when their number is half the channels.
 */
final class SplitSliceGraphs {

    private SplitSliceGraphs() {
    }

    /**
     * Conv (6 channels) → Relu → Split on the channels → a Conv on each part → Add. The sizes (null: two equal
     * parts) are the {@code split} input from opset 13, the attribute before; equal parts say {@code num_outputs}
     * from opset 18.
     */
    static Model split(String name, long opset, long[] sizes, int... zeroed) {
        long first = sizes == null ? 3 : sizes[0];
        GraphBuilder b = GraphBuilder.create(name).opset(opset);
        b.input("x", ElementType.FLOAT, 1, 2, 4, 4);
        b.initializer("wa", zeroChannels(random(6 * 2, 30), 6, zeroed), 6, 2, 1, 1);
        b.initializer("w0", random(3 * (int) first, 31), 3, first, 1, 1);
        b.initializer("w1", random(3 * (6 - (int) first), 32), 3, 6 - first, 1, 1);
        b.node("Conv", "x", "wa").name("conv").outputs("c");
        b.node("Relu", "c").name("relu").outputs("r");
        GraphBuilder.NodeBuilder split;
        if (sizes != null && opset >= 13) {
            b.initializerInts("sizes", sizes, sizes.length);
            split = b.node("Split", "r", "sizes");
        } else {
            split = b.node("Split", "r");
        }
        split.name("split").outputs("s0", "s1").attr("axis", 1L);
        if (sizes != null && opset < 13) {
            split.attrInts("split", sizes);
        }
        if (sizes == null && opset >= 18) {
            split.attr("num_outputs", 2L);
        }
        b.node("Conv", "s0", "w0").name("conv0").outputs("y0");
        b.node("Conv", "s1", "w1").name("conv1").outputs("y1");
        b.node("Add", "y0", "y1").name("sum").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 3, 4, 4));
        return b.build();
    }

    /** MatMul (6 columns) → Split of the last axis into [2, 4] → a MatMul on each part → Add. */
    static Model matMulSplit(int... zeroed) {
        GraphBuilder b = GraphBuilder.create("matmul-split").opset(13);
        b.input("x", ElementType.FLOAT, 1, 4, 8);
        b.initializer("w", transposed(zeroChannels(random(6 * 8, 33), 6, zeroed), 6, 8), 8, 6);
        b.initializerInts("sizes", new long[] {2, 4}, 2);
        b.initializer("wa", random(2 * 5, 34), 2, 5);
        b.initializer("wb", random(4 * 5, 35), 4, 5);
        b.node("MatMul", "x", "w").name("fc").outputs("h");
        b.node("Split", "h", "sizes").name("split").outputs("h0", "h1").attr("axis", -1L);
        b.node("MatMul", "h0", "wa").name("fc_a").outputs("a");
        b.node("MatMul", "h1", "wb").name("fc_b").outputs("o");
        b.node("Add", "a", "o").name("sum").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 4, 5));
        return b.build();
    }

    /**
     * Conv (4 channels) → Split [2, 2] → the first part through a depthwise Conv and a Relu → Concat(second part,
     * first part) → Conv: the parts join back swapped, the first one only after the longer branch.
     */
    static Model splitConcat(int... zeroed) {
        GraphBuilder b = GraphBuilder.create("split-concat").opset(13);
        b.input("x", ElementType.FLOAT, 1, 2, 4, 4);
        b.initializer("wa", zeroChannels(random(4 * 2, 36), 4, zeroed), 4, 2, 1, 1);
        b.initializerInts("sizes", new long[] {2, 2}, 2);
        b.initializer("wd", random(2 * 9, 47), 2, 1, 3, 3);
        b.initializer("wc", random(3 * 4, 37), 3, 4, 1, 1);
        b.node("Conv", "x", "wa").name("conv").outputs("c");
        b.node("Split", "c", "sizes").name("split").outputs("s0", "s1").attr("axis", 1L);
        b.node("Conv", "s0", "wd").name("depthwise").outputs("t").attr("group", 2L).attrInts("pads", 1, 1, 1, 1);
        b.node("Relu", "t").name("relu").outputs("r0");
        b.node("Concat", "s1", "r0").name("concat").outputs("j").attr("axis", 1L);
        b.node("Conv", "j", "wc").name("conv_c").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 3, 4, 4));
        return b.build();
    }

    /**
     * Conv (6 channels) → Relu, read by two Slices of the channels, each followed by a Conv, then Add: channels
     * [1, 5) (start a Constant node, steps given) and [-3, 5) (axes -3), both ending at one shared initializer.
     */
    static Model channelSlices(int... zeroed) {
        GraphBuilder b = GraphBuilder.create("channel-slices").opset(13);
        b.input("x", ElementType.FLOAT, 1, 2, 4, 4);
        b.initializer("wa", zeroChannels(random(6 * 2, 38), 6, zeroed), 6, 2, 1, 1);
        b.initializer("w1", random(3 * 4, 39), 3, 4, 1, 1);
        b.initializer("w2", random(3 * 2, 40), 3, 2, 1, 1);
        b.initializerInts("five", new long[] {5}, 1);
        b.initializerInts("axis1", new long[] {1}, 1);
        b.initializerInts("step1", new long[] {1}, 1);
        b.initializerInts("minus3", new long[] {-3}, 1);
        b.initializerInts("axis_neg", new long[] {-3}, 1);
        b.node("Conv", "x", "wa").name("conv").outputs("c");
        b.node("Relu", "c").name("relu").outputs("r");
        b.constantInts("start1", 1);
        b.node("Slice", "r", "start1", "five", "axis1", "step1").name("slice1").outputs("p1");
        b.node("Slice", "r", "minus3", "five", "axis_neg").name("slice2").outputs("p2");
        b.node("Conv", "p1", "w1").name("conv1").outputs("y1");
        b.node("Conv", "p2", "w2").name("conv2").outputs("y2");
        b.node("Add", "y1", "y2").name("sum").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 3, 4, 4));
        return b.build();
    }

    /** Opset 9: Conv (6 channels) → Slice of channels [1, 5) by attributes → Conv. */
    static Model channelSliceAttributes(int... zeroed) {
        GraphBuilder b = GraphBuilder.create("slice-attributes").opset(9);
        b.input("x", ElementType.FLOAT, 1, 2, 4, 4);
        b.initializer("wa", zeroChannels(random(6 * 2, 41), 6, zeroed), 6, 2, 1, 1);
        b.initializer("w1", random(3 * 4, 42), 3, 4, 1, 1);
        b.node("Conv", "x", "wa").name("conv").outputs("c");
        b.node("Slice", "c").name("slice").outputs("p").attrInts("starts", 1).attrInts("ends", 5).attrInts("axes", 1);
        b.node("Conv", "p", "w1").name("conv1").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 3, 4, 4));
        return b.build();
    }

    /** Conv (4 channels, the first two zero) → Slice of rows [0, 3) with step 2 → Conv: the channels pass whole. */
    static Model spatialSlice() {
        GraphBuilder b = GraphBuilder.create("spatial-slice").opset(13);
        b.input("x", ElementType.FLOAT, 1, 2, 4, 4);
        b.initializer("wa", zeroChannels(random(4 * 2, 43), 4, 0, 1), 4, 2, 1, 1);
        b.initializer("wc", random(3 * 4, 44), 3, 4, 1, 1);
        b.initializerInts("starts", new long[] {0}, 1);
        b.initializerInts("ends", new long[] {3}, 1);
        b.initializerInts("axes", new long[] {2}, 1);
        b.initializerInts("steps", new long[] {2}, 1);
        b.node("Conv", "x", "wa").name("conv").outputs("c");
        b.node("Slice", "c", "starts", "ends", "axes", "steps").name("slice").outputs("p");
        b.node("Conv", "p", "wc").name("conv_c").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 3, 2, 4));
        return b.build();
    }

    /**
     * Conv (4 channels) → Slice of the channels → Conv, which cannot be followed: with {@code computedStart} the start
     * is a graph input, else the step is 2.
     */
    static Model unfollowableSlice(boolean computedStart) {
        GraphBuilder b = GraphBuilder.create("unfollowable-slice").opset(13);
        b.input("x", ElementType.FLOAT, 1, 2, 4, 4);
        b.initializer("wa", zeroChannels(random(4 * 2, 45), 4, 0, 1), 4, 2, 1, 1);
        b.initializer("wc", random(3 * 2, 46), 3, 2, 1, 1);
        b.initializerInts("ends", new long[] {4}, 1);
        b.initializerInts("axes", new long[] {1}, 1);
        if (computedStart) {
            b.input("start", ElementType.INT64, 1);
            b.initializerInts("steps", new long[] {1}, 1);
        } else {
            b.initializerInts("start", new long[] {0}, 1);
            b.initializerInts("steps", new long[] {2}, 1);
        }
        b.node("Conv", "x", "wa").name("conv").outputs("c");
        b.node("Slice", "c", "start", "ends", "axes", "steps").name("slice").outputs("p");
        b.node("Conv", "p", "wc").name("conv_c").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 3, 4, 4));
        return b.build();
    }

    /** Zeroes output channels {@code zeroed} of a channel-first tensor with {@code channels} output channels. */
    private static float[] zeroChannels(float[] values, int channels, int... zeroed) {
        int per = values.length / channels;
        for (int c : zeroed) {
            Arrays.fill(values, c * per, (c + 1) * per, 0f);
        }
        return values;
    }

    /** @return the [columns, rows] matrix {@code values} ([rows, columns]) transposed */
    private static float[] transposed(float[] values, int rows, int columns) {
        float[] result = new float[values.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                result[c * rows + r] = values[r * columns + c];
            }
        }
        return result;
    }
}
