package io.tensorscope.engine.prune.channel;

import static io.tensorscope.engine.prune.channel.PruneRuns.PASS;
import static io.tensorscope.engine.prune.channel.PruneRuns.prune;
import static io.tensorscope.engine.prune.channel.PruneRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.pass.ReportTable;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Channel pruning follows every dependency kind: removing channels that are exactly zero leaves the outputs equal to
 * the original's (1e-5), the graph physically shrinks, and what cannot be pruned safely is refused with the reason.
 */
class ChannelPrunePassTest {

    static Stream<Arguments> graphs() {
        return Stream.of(Arguments.of(ZeroChannelGraphs.convBatchNormPoolFlattenGemm(), "w", 0, 2L),
                Arguments.of(ZeroChannelGraphs.residualAdd(), "wb", 0, 3L),
                Arguments.of(ZeroChannelGraphs.concat(), "wc", 1, 3L),
                Arguments.of(ZeroChannelGraphs.depthwise(), "wd", 0, 2L),
                Arguments.of(ZeroChannelGraphs.transformerFeedForward(), "w2", 0, 8L),
                Arguments.of(ZeroChannelGraphs.reshapeToGemm(), "w", 0, 2L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void removingZeroChannelsLeavesTheOutputsUnchangedAndShrinksTheGraph(Model model, String shrunk, int axis,
                                                                        long size) throws Exception {
        PassResult result = prune(model, Map.of("sparsity", "0.5"));
        TensorProto weight = result.model().index().initializer(shrunk);
        assertEquals(size, weight.getDims(axis), shrunk + " lost the removed channels along axis " + axis);
        PruneRuns.assertSameOutputs(model, result.model(), 5);
        assertTrue(result.report().section(ChannelPrunePass.GROUPS_KEY).isPresent());
    }

    @Test
    void aResidualTiesBothBranchesAndTheFeedForwardOutputIsRefusedWithTheReason() throws Exception {
        ReportTable groups = prune(ZeroChannelGraphs.residualAdd(), Map.of()).report().section(ChannelPrunePass.GROUPS_KEY)
                .orElseThrow();
        assertEquals("conv_a + conv_b", groups.rows().get(0).get(0), "one group, both branches");

        PassResult ffn = prune(ZeroChannelGraphs.transformerFeedForward(), Map.of());
        ReportTable refused = ffn.report().section(ChannelPrunePass.REFUSED_KEY).orElseThrow();
        assertEquals("ffn_out", refused.rows().get(0).get(0));
        assertEquals("Add residual combines the channels with x, which no prunable layer makes", refused.rows().get(0).get(1));

        PassResult logits = prune(ZeroChannelGraphs.convBatchNormPoolFlattenGemm(), Map.of());
        assertEquals("its channels reach the graph output y", logits.report().section(ChannelPrunePass.REFUSED_KEY)
                .orElseThrow().findRow("layer", "fc").orElseThrow().get("reason"));
    }

    @Test
    void theCnnLosesExactlyItsZeroedChannelsAndPredictsTheSameDigits() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        Model zeroed = withZeroedChannels(cnn);
        PassResult result = prune(zeroed, Map.of("sparsity", "0.25", "layers", "conv2d_2"));
        assertEquals(48, result.model().index().initializer("conv2d_2/kernel").getDims(0));
        assertEquals(48L * 144, result.model().index().initializer("dense_1/kernel").getDims(0),
                "dense_1 loses 16 channels × 12 × 12 positions (NHWC stride)");
        float[] digits = BundledDatasets.mnistTest().batch(0, 50);
        List<TensorData> inputs = List.of(TensorData.ofFloats("conv2d_1_input", digits, 50, 28, 28, 1));
        float[] before = run(zeroed, inputs);
        float[] after = run(result.model(), inputs);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], 1e-5, "probability " + i);
        }
    }

    @Test
    void miniLmPrunesItsSixFeedForwardGroupsAndRefusesTheRest() throws Exception {
        Model minilm = new ModelSource().open("minilm", ProgressListener.NONE);
        PassResult result = prune(minilm, Map.of("sparsity", "0.25"));
        ReportTable groups = result.report().section(ChannelPrunePass.GROUPS_KEY).orElseThrow();
        assertEquals(6, groups.rows().size(), "the intermediate neurons of the 6 feed-forward blocks");
        for (List<Object> row : groups.rows()) {
            assertEquals(1536L, row.get(1));
            assertEquals(1152L, row.get(3));
        }
        try (OnnxRunner runner = OnnxRunner.open(result.model(), RunOptions.builder().threads(1).build())) {
            assertEquals(1, runner.run(RandomInputs.forModel(result.model(), InputSizes.defaults(), 1)).get(0).shape()
                    .dim(0));
        }
    }

    @Test
    void theActivationCriterionFindsTheDeadChannelsOnSampleInputsAndNeedsData() throws Exception {
        for (Model model : List.of(ZeroChannelGraphs.residualAdd(), ZeroChannelGraphs.transformerFeedForward())) {
            PassResult result = PASS.apply(model, PassOptions.parse(PASS.id(), PASS.options(), Map.of("criterion",
                    "activation", "samples", "8")), PassContext.of(ProgressListener.NONE).withDataset(PassContext.RANDOM_DATA));
            PruneRuns.assertSameOutputs(model, result.model(), 9);
        }
        TensorscopeException noData = assertThrows(TensorscopeException.class,
                () -> prune(ZeroChannelGraphs.residualAdd(), Map.of("criterion", "activation")));
        assertEquals(ErrorCode.BAD_ARGUMENT, noData.code());
        assertTrue(noData.getMessage().startsWith("the activation criterion ranks channels on sample inputs"));
    }

    @Test
    void badOptionsAreRefusedInOneLine() {
        Model model = ZeroChannelGraphs.residualAdd();
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(TensorscopeException.class,
                () -> prune(model, Map.of("sparsity", "0.99"))).code());
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(TensorscopeException.class,
                () -> prune(model, Map.of("criterion", "taylor"))).code());
        TensorscopeException unknown = assertThrows(TensorscopeException.class,
                () -> prune(model, Map.of("layers", "relu,conv_z")));
        assertEquals("not a Conv, Gemm or MatMul layer with a constant weight in residual: conv_z, relu",
                unknown.getMessage());
    }

    /**
     * @return the CNN with conv2d_2's first 16 channels zero everywhere: their weights and bias, and the dense_1 rows
     * that read them (channel c of the NHWC flatten is every row r with r mod 64 = c)
     */
    private static Model withZeroedChannels(Model model) throws TensorscopeException {
        var graph = model.graph().toBuilder();
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            TensorProto t = graph.getInitializer(i);
            float[] values = InitializerData.floats(t);
            boolean changed = true;
            switch (t.getName()) {
                case "conv2d_2/kernel" -> Arrays.fill(values, 0, 16 * 32 * 9, 0f);
                case "conv2d_2/bias" -> Arrays.fill(values, 0, 16, 0f);
                case "dense_1/kernel" -> {
                    for (int row = 0; row < 9216; row++) {
                        if (row % 64 < 16) {
                            Arrays.fill(values, row * 128, (row + 1) * 128, 0f);
                        }
                    }
                }
                default -> changed = false;
            }
            if (changed) {
                graph.setInitializer(i, Tensors.floats(t.getName(), values,
                        t.getDimsList().stream().mapToLong(Long::longValue).toArray()));
            }
        }
        return model.withProto(model.proto().toBuilder().setGraph(graph).build());
    }
}
