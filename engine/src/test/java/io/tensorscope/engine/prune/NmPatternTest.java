package io.tensorscope.engine.prune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.GraphBuilder.NodeBuilder;
import io.tensorscope.engine.model.Matrices;
import io.tensorscope.onnx.Onnx.NodeProto;
import org.junit.jupiter.api.Test;

/** 2:4 groups along the reduction dimension of each layout, checked element by element against values worked by hand. */
class NmPatternTest {

    /** A [K = 8, N = 2] MatMul weight: column 0 then column 1 along K, row-major as [k][n]. */
    private static final float[] WEIGHT = interleave(
            new float[] {0.1f, -0.5f, 0.3f, 0.2f, 0.9f, -0.05f, 0f, 0.4f},
            new float[] {1f, 1f, -1f, 1f, 0.2f, 0.3f, -0.1f, -0.3f});
    /**
     * Kept per group of 4 along K: column 0 keeps -0.5, 0.3 then 0.9, 0.4; column 1's four equal magnitudes keep the
     * first two, and of 0.3 and -0.3 both are kept over 0.2 and -0.1.
     */
    private static final float[] PRUNED = interleave(
            new float[] {0f, -0.5f, 0.3f, 0f, 0.9f, 0f, 0f, 0.4f},
            new float[] {1f, 1f, 0f, 0f, 0f, 0.3f, 0f, -0.3f});

    @Test
    void matMulWeightsKeepTheTwoLargestOfEveryFourAlongKForEachColumn() {
        float[] values = WEIGHT.clone();
        long[] dims = {8, 2};
        NmPattern.TWO_OF_FOUR.prune(values, dims, ReductionLayout.of(node("MatMul", 0), dims));
        assertArrayEquals(PRUNED, values);
    }

    @Test
    void gemmWithTransposedWeightsGroupsAlongItsLastAxisAndWithoutAlongTheFirst() {
        float[] transposed = Matrices.transpose(WEIGHT, 8, 2);
        long[] nk = {2, 8};
        NmPattern.TWO_OF_FOUR.prune(transposed, nk, ReductionLayout.of(node("Gemm", 1), nk));
        assertArrayEquals(Matrices.transpose(PRUNED, 8, 2), transposed);

        float[] plain = WEIGHT.clone();
        long[] kn = {8, 2};
        NmPattern.TWO_OF_FOUR.prune(plain, kn, ReductionLayout.of(node("Gemm", 0), kn));
        assertArrayEquals(PRUNED, plain);
    }

    @Test
    void convWeightsGroupAlongInputChannelsForEachOutputAndKernelPosition() {
        float[] values = WEIGHT.clone();
        long[] dims = {1, 8, 1, 2};
        ReductionLayout layout = ReductionLayout.of(node("Conv", 0), dims);
        assertEquals(new ReductionLayout(1, 8, 1), layout);
        NmPattern.TWO_OF_FOUR.prune(values, dims, layout);
        assertArrayEquals(PRUNED, values, "[1, 8, 1, 2] keeps [k][kw] in the same order as the [8, 2] MatMul weight");

        float[] twoOutputs = {4, 3, 2, 1, -1, 2, -3, 4};
        NmPattern.TWO_OF_FOUR.prune(twoOutputs, new long[] {2, 4, 1, 1},
                ReductionLayout.of(node("Conv", 0), new long[] {2, 4, 1, 1}));
        assertArrayEquals(new float[] {4, 3, 0, 0, 0, 0, -3, 4}, twoOutputs);
    }

    @Test
    void oneOfEightKeepsOnlyTheLargestOfEachGroup() throws Exception {
        float[] values = WEIGHT.clone();
        long[] dims = {8, 2};
        NmPattern pattern = NmPattern.parse("pattern", "1:8");
        pattern.prune(values, dims, ReductionLayout.of(node("MatMul", 0), dims));
        assertArrayEquals(interleave(new float[] {0, 0, 0, 0, 0.9f, 0, 0, 0}, new float[] {1, 0, 0, 0, 0, 0, 0, 0}),
                values);
        assertEquals(0.875, pattern.sparsity());
    }

    @Test
    void patternsOutsideOneToSixteenAreRefusedNamingTheOption() throws Exception {
        assertEquals(new NmPattern(2, 4), NmPattern.parse("pattern", " 2 : 4 "));
        assertEquals(new NmPattern(15, 16), NmPattern.parse("pattern", "15:16"));
        for (String bad : new String[] {"4:2", "x", "2:2", "0:4", "2:17", "2/4", "2:4:8", ""}) {
            TensorscopeException e = assertThrows(TensorscopeException.class, () -> NmPattern.parse("pattern", bad), bad);
            assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
            assertEquals("option pattern takes N:M with 1 <= N < M <= 16, e.g. 2:4, not '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void onlyTwoOfFourOnLayersOfAtLeast256ChannelsInAndOutRunOnSparseTensorCores() throws Exception {
        assertTrue(NmPattern.TWO_OF_FOUR.runsOnSparseTensorCores(new ReductionLayout(0, 256, 256)));
        assertFalse(NmPattern.TWO_OF_FOUR.runsOnSparseTensorCores(new ReductionLayout(0, 384, 255)));
        assertFalse(NmPattern.TWO_OF_FOUR.runsOnSparseTensorCores(new ReductionLayout(1, 128, 1024)));
        assertFalse(NmPattern.parse("pattern", "4:8").runsOnSparseTensorCores(new ReductionLayout(0, 1024, 1024)));
    }

    private static NodeProto node(String opType, long transB) {
        NodeBuilder node = NodeBuilder.of(opType, "n", "x", "w").outputs("y");
        return transB == 0 ? node.build() : node.attr("transB", transB).build();
    }

    /** @return [k][n] row-major from columns {@code a} (n = 0) and {@code b} (n = 1) */
    private static float[] interleave(float[] a, float[] b) {
        float[] values = new float[a.length * 2];
        for (int k = 0; k < a.length; k++) {
            values[2 * k] = a[k];
            values[2 * k + 1] = b[k];
        }
        return values;
    }
}
