package io.tensorscope.engine.prune.channel;

import static io.tensorscope.engine.prune.channel.PruneRuns.assertSameOutputs;
import static io.tensorscope.engine.prune.channel.PruneRuns.prune;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.pass.ReportTable;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Channel pruning through Split and Slice on the channel axis: removing channels that are exactly zero leaves the
 * outputs equal to the original's (1e-5), the weights, Split sizes and Slice bounds shrink to the kept channels, and
 * a Slice that cannot be followed is refused with the reason.
 */
class ChannelSplitSliceTest {

    static Stream<Arguments> splits() {
        return Stream.of(
                Arguments.of(SplitSliceGraphs.split("split-input", 13, new long[] {2, 4}, 1, 2, 3), new long[] {1, 2},
                        Map.of("wa", new long[] {3, 2, 1, 1}, "w0", new long[] {3, 1, 1, 1}, "w1", new long[] {3, 2, 1, 1})),
                Arguments.of(SplitSliceGraphs.split("split-attribute", 11, new long[] {2, 4}, 1, 2, 3), new long[] {1, 2},
                        Map.of("w0", new long[] {3, 1, 1, 1}, "w1", new long[] {3, 2, 1, 1})),
                Arguments.of(SplitSliceGraphs.split("split-equal", 13, null, 0, 3, 4), new long[] {2, 1},
                        Map.of("w0", new long[] {3, 2, 1, 1}, "w1", new long[] {3, 1, 1, 1})),
                Arguments.of(SplitSliceGraphs.split("split-equal-attribute", 11, null, 0, 3, 4), new long[] {2, 1},
                        Map.of("w0", new long[] {3, 2, 1, 1}, "w1", new long[] {3, 1, 1, 1})),
                Arguments.of(SplitSliceGraphs.split("split-num-outputs", 18, null, 0, 3, 4), new long[] {2, 1},
                        Map.of("w0", new long[] {3, 2, 1, 1}, "w1", new long[] {3, 1, 1, 1})),
                Arguments.of(SplitSliceGraphs.split("split-keeps-one", 13, new long[] {2, 4}, 0, 1, 4), new long[] {1, 3},
                        Map.of("wa", new long[] {4, 2, 1, 1}, "w0", new long[] {3, 1, 1, 1}, "w1", new long[] {3, 3, 1, 1})),
                Arguments.of(SplitSliceGraphs.matMulSplit(1, 2, 3), new long[] {1, 2},
                        Map.of("w", new long[] {8, 3}, "wa", new long[] {1, 5}, "wb", new long[] {2, 5})),
                Arguments.of(SplitSliceGraphs.splitConcat(0, 3), new long[] {1, 1},
                        Map.of("wa", new long[] {2, 2, 1, 1}, "wd", new long[] {1, 1, 3, 3}, "wc", new long[] {3, 2, 1, 1})));
    }

    /**
     * Each Split output keeps the channels of its segment: the readers lose the removed ones at their place in the
     * part, the sizes become the kept counts (a part that would lose all keeps its strongest channel, here zero too).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void eachSplitOutputKeepsTheChannelsOfItsSegment(Model model, long[] sizes, Map<String, long[]> shapes)
            throws Exception {
        Model pruned = prune(model, Map.of("sparsity", "0.5")).model();
        assertArrayEquals(sizes, splitSizes(pruned), "split sizes");
        shapes.forEach((name, dims) -> assertArrayEquals(dims, dims(pruned, name), name));
        assertNull(NodeAttributes.find(node(pruned, "split"), "num_outputs"), "explicit sizes replace num_outputs");
        assertSameOutputs(model, pruned, 3);
    }

    @Test
    void slicesOfTheChannelsMoveTheirBoundsWithTheKeptChannels() throws Exception {
        Model model = SplitSliceGraphs.channelSlices(0, 2, 4);
        Model pruned = prune(model, Map.of("sparsity", "0.5")).model();
        assertArrayEquals(new long[] {3, 2, 1, 1}, dims(pruned, "wa"));
        assertArrayEquals(new long[] {3, 2, 1, 1}, dims(pruned, "w1"), "slice1 keeps channels 1 and 3 of 1..4");
        assertArrayEquals(new long[] {3, 1, 1, 1}, dims(pruned, "w2"), "slice2 keeps channel 3 of 3..4");
        assertArrayEquals(new long[] {0, 2}, bounds(pruned, "slice1"));
        assertArrayEquals(new long[] {1, 2}, bounds(pruned, "slice2"));
        assertEquals("start1", node(pruned, "slice1").getInput(1), "a Constant read by one Slice is rewritten in place");
        assertEquals("minus3", node(pruned, "slice2").getInput(1), "so is an initializer");
        assertNotEquals(node(pruned, "slice1").getInput(2), node(pruned, "slice2").getInput(2),
                "the shared end moves differently for each Slice");
        assertNull(pruned.index().initializer("five"), "the shared end no Slice reads any more is dropped");
        assertSameOutputs(model, pruned, 4);

        Model old = SplitSliceGraphs.channelSliceAttributes(0, 2, 4);
        Model prunedOld = prune(old, Map.of("sparsity", "0.5")).model();
        NodeProto slice = node(prunedOld, "slice");
        assertArrayEquals(new long[] {0}, NodeAttributes.ints(slice, "starts"));
        assertArrayEquals(new long[] {2}, NodeAttributes.ints(slice, "ends"));
        assertArrayEquals(new long[] {3, 2, 1, 1}, dims(prunedOld, "w1"));
        assertSameOutputs(old, prunedOld, 5);
    }

    @Test
    void aSliceOfAnotherAxisPassesTheChannelsWhole() throws Exception {
        Model model = SplitSliceGraphs.spatialSlice();
        Model pruned = prune(model, Map.of("sparsity", "0.5")).model();
        assertArrayEquals(new long[] {2, 2, 1, 1}, dims(pruned, "wa"));
        assertArrayEquals(new long[] {3, 2, 1, 1}, dims(pruned, "wc"));
        assertArrayEquals(new long[] {0, 3}, bounds(pruned, "slice"), "the rows sliced stay as they were");
        assertSameOutputs(model, pruned, 6);
    }

    @Test
    void aSliceOfTheChannelsWithAStepOrComputedBoundsIsRefusedWithTheReason() throws Exception {
        for (boolean computed : new boolean[] {false, true}) {
            Model model = SplitSliceGraphs.unfollowableSlice(computed);
            PassResult result = prune(model, Map.of("sparsity", "0.5"));
            ReportTable refused = result.report().section(ChannelPrunePass.REFUSED_KEY).orElseThrow();
            assertEquals("slice (Slice) slices the channels with " + (computed
                    ? "starts or ends that are not int64 constants" : "step 2 (only step 1 is followed)"),
                    refused.findRow("layer", "conv").orElseThrow().get("reason"));
            assertSame(model, result.model(), "nothing is removed");
        }
    }

    private static long[] splitSizes(Model model) throws TensorscopeException {
        NodeProto split = node(model, "split");
        return model.opsetVersion() < 13 ? NodeAttributes.ints(split, "split")
                : InitializerData.longs(model.index().constantValue(split.getInput(1)));
    }

    /** @return the Slice's start and end (one axis) */
    private static long[] bounds(Model model, String slice) throws TensorscopeException {
        NodeProto node = node(model, slice);
        return new long[] {InitializerData.longs(model.index().constantValue(node.getInput(1)))[0],
                InitializerData.longs(model.index().constantValue(node.getInput(2)))[0]};
    }

    private static long[] dims(Model model, String initializer) {
        return model.index().initializer(initializer).getDimsList().stream().mapToLong(Long::longValue).toArray();
    }

    private static NodeProto node(Model model, String name) {
        return model.graph().getNodeList().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
    }
}
