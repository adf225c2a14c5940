package io.tensorscope.engine.prune;

import static io.tensorscope.engine.prune.PruneGraphs.apply;
import static io.tensorscope.engine.prune.PruneGraphs.values;
import static io.tensorscope.engine.prune.PruneGraphs.zeros;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PassResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** N:M pruning of a Conv → Gemm → MatMul graph: exact groups, and the layer whose K is no multiple of M left alone. */
class NmPrunePassTest {

    private final NmPrunePass pass = new NmPrunePass();

    /** Conv [4, 8, 1, 1] → Flatten → Gemm [36, 6] → MatMul [6, 4]: input channels 8, K 36 and K 6. */
    private static Model model() {
        GraphBuilder b = GraphBuilder.create("nm").opset(13);
        b.input("x", ElementType.FLOAT, 1, 8, 3, 3);
        b.initializer("conv_w", PruneGraphs.random(32, 1), 4, 8, 1, 1);
        b.initializer("fc", PruneGraphs.random(216, 2), 36, 6);
        b.initializer("out", PruneGraphs.random(24, 3), 6, 4);
        b.node("Conv", "x", "conv_w").name("conv").outputs("c");
        b.node("Flatten", "c").name("flatten").outputs("f");
        b.node("Gemm", "f", "fc").name("fc").outputs("h");
        b.node("MatMul", "h", "out").name("proj").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 4));
        return b.build();
    }

    @Test
    void twoOfFourPrunesEveryGroupAlongKAndLeavesTheLayerWithKSixAlone() throws Exception {
        Model model = model();
        PassResult result = apply(pass, model, Map.of());
        assertEquals(16, zeros(result.model(), "conv_w"));
        assertEquals(108, zeros(result.model(), "fc"));
        assertGroupsAlongK(values(model, "fc"), values(result.model(), "fc"), 36, 6, 2, 4);
        assertArrayEquals(values(model, "out"), values(result.model(), "out"));
        PruneGraphs.assertLoadsWithTheSameNodes(model, result.model());

        PassReport report = result.report();
        assertEquals(List.of("conv", "fc"), report.changed());
        Map<String, Object> fc = report.section(PruneTables.LAYERS).orElseThrow().findRow(PruneTables.NODE, "fc")
                .orElseThrow();
        assertEquals(Shape.of(36, 6).toString(), fc.get(PruneTables.SHAPE));
        assertEquals(54L, fc.get(PruneTables.GROUPS));
        assertEquals(0.5, fc.get(PruneTables.SPARSITY));
        assertEquals(36L, fc.get(PruneTables.INPUT_CHANNELS));
        assertEquals(6L, fc.get(PruneTables.OUTPUT_CHANNELS));
        assertEquals(false, fc.get(PruneTables.SPARSE_TENSOR_CORES));
        Map<String, Object> skipped = report.section(PruneTables.SKIPPED).orElseThrow().rowAsMap(0);
        assertEquals("proj", skipped.get(PruneTables.NODE));
        assertEquals("its reduction length 6 is not a multiple of 4", skipped.get(PruneTables.REASON));
        assertTrue(report.notes().get(0).startsWith("on this CPU ONNX Runtime runs 2:4-sparse weights as dense ones"),
                report.notes().get(0));
        assertTrue(report.notes().get(0).endsWith("0 of the 2 pruned weights here are that large"), report.notes().get(0));
    }

    @Test
    void oneOfThreeReachesTwoThirdsWhereverKIsAMultipleOfThree() throws Exception {
        Model model = model();
        PassResult result = apply(pass, model, Map.of("pattern", "1:3"));
        assertEquals(144, zeros(result.model(), "fc"));
        assertEquals(16, zeros(result.model(), "out"));
        assertGroupsAlongK(values(model, "out"), values(result.model(), "out"), 6, 4, 1, 3);
        assertArrayEquals(values(model, "conv_w"), values(result.model(), "conv_w"), "8 input channels");
        assertEquals(2.0 / 3, (Double) result.report().section(PruneTables.LAYERS).orElseThrow()
                .findRow(PruneTables.NODE, "proj").orElseThrow().get(PruneTables.SPARSITY), 1e-15);
        PruneGraphs.assertLoadsWithTheSameNodes(model, result.model());
    }

    @Test
    void aPatternThatIsNotNOfMIsRefused() {
        for (String bad : List.of("4:2", "x", "2:20")) {
            TensorscopeException e = assertThrows(TensorscopeException.class,
                    () -> apply(pass, model(), Map.of("pattern", bad)));
            assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        }
    }

    /**
     * Asserts that in every group of {@code m} along K of a [K, N] weight exactly {@code m − n} values became zero and
     * the kept ones are the group's largest magnitudes, unchanged.
     */
    private static void assertGroupsAlongK(float[] before, float[] after, int k, int columns, int n, int m) {
        for (int column = 0; column < columns; column++) {
            for (int start = 0; start < k; start += m) {
                int zeroed = 0;
                float smallestKept = Float.MAX_VALUE;
                float largestZeroed = 0;
                for (int i = start; i < start + m; i++) {
                    int at = i * columns + column;
                    if (after[at] == 0) {
                        zeroed++;
                        largestZeroed = Math.max(largestZeroed, Math.abs(before[at]));
                    } else {
                        assertEquals(before[at], after[at]);
                        smallestKept = Math.min(smallestKept, Math.abs(before[at]));
                    }
                }
                assertEquals(m - n, zeroed, "column " + column + ", group at " + start);
                assertTrue(largestZeroed <= smallestKept);
            }
        }
    }
}
