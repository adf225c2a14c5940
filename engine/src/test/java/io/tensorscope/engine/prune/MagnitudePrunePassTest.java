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
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.pass.ReportTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Magnitude pruning on a Conv → Gemm → MatMul graph: exact counts per layer and overall, and what it leaves alone. */
class MagnitudePrunePassTest {

    private final MagnitudePrunePass pass = new MagnitudePrunePass();
    private final Model model = PruneGraphs.convGemmMatMul();

    @Test
    void perLayerEachWeightGetsRoundedSparsityTimesItsSizeZerosCountingThoseAlreadyThere() throws Exception {
        PassResult result = apply(pass, model, Map.of("sparsity", "0.7"));
        assertEquals(38, zeros(result.model(), "conv_w"), "0.7 × 54 = 37.8");
        assertEquals(95, zeros(result.model(), "fc"), "0.7 × 135 = 94.5, rounded up");
        assertEquals(25, zeros(result.model(), "out"), "0.7 × 35 = 24.5: the 20 zeros already there and 5 more");
        for (String weight : List.of("conv_w", "fc", "out")) {
            assertOnlySmallestZeroed(values(model, weight), values(result.model(), weight));
        }
        assertArrayEquals(values(model, "shift"), values(result.model(), "shift"), "the Add's constant is no weight");
        PruneGraphs.assertLoadsWithTheSameNodes(model, result.model());

        PassReport report = result.report();
        assertEquals(List.of("conv", "fc", "proj"), report.changed());
        ReportTable table = report.section(PruneTables.LAYERS).orElseThrow();
        Map<String, Object> fc = table.findRow(PruneTables.WEIGHT, "fc").orElseThrow();
        assertEquals("fc", fc.get(PruneTables.NODE));
        assertEquals(135L, fc.get(PruneTables.PARAMS));
        assertEquals(95L, fc.get(PruneTables.ZEROS));
        assertEquals(95.0 / 135, fc.get(PruneTables.SPARSITY));
        assertTrue((Long) fc.get(PruneTables.DEFLATED_BYTES_AFTER) < (Long) fc.get(PruneTables.DEFLATED_BYTES_BEFORE),
                fc.toString());
        assertEquals(MagnitudePrunePass.DENSE_NOTE, report.notes().get(0));
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("of the pruned layers' FLOPs")), report.notes().toString());
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("the 3 pruned weights take ")), report.notes().toString());
        assertEquals(List.of(), report.warnings());

        PassResult half = apply(pass, model, Map.of());
        assertEquals(27, zeros(half.model(), "conv_w"));
        assertEquals(68, zeros(half.model(), "fc"));
        assertEquals(20, zeros(half.model(), "out"), "more zeros than 0.5 × 35 already: none added, none taken away");
    }

    @Test
    void globallyOneThresholdGivesTheExactTotal() throws Exception {
        PassResult result = apply(pass, model, Map.of("scope", "global"));
        float[] before = concat(values(model, "conv_w"), values(model, "fc"), values(model, "out"));
        float[] after = concat(values(result.model(), "conv_w"), values(result.model(), "fc"),
                values(result.model(), "out"));
        assertEquals(112, WeightMeasures.zeros(after), "0.5 × (54 + 135 + 35)");
        assertOnlySmallestZeroed(before, after);
        assertTrue(zeros(result.model(), "out") > 20, "the zeros already there are among the smallest");
        PruneGraphs.assertLoadsWithTheSameNodes(model, result.model());
    }

    @Test
    void theLayerListRestrictsPruningAndUnknownNamesAreRefusedAllAtOnce() throws Exception {
        PassResult result = apply(pass, model, Map.of("layers", "fc,flatten"));
        assertEquals(68, zeros(result.model(), "fc"));
        assertArrayEquals(values(model, "conv_w"), values(result.model(), "conv_w"));
        assertEquals(List.of("fc"), result.report().changed());
        assertEquals(List.of("conv", "proj"), result.report().excluded());
        assertEquals(List.of("the layer list names nodes without a constant float32 Conv, Gemm or MatMul weight: "
                + "flatten"), result.report().warnings());

        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> apply(pass, model, Map.of("layers", "fc,nope,gone")));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertEquals("the layers to prune name no node of conv-gemm-matmul: nope, gone", e.getMessage());
    }

    @Test
    void aWeightAnotherNodeAlsoReadsIsLeftAloneAndAModelWithoutWeightsIsWarnedAbout() throws Exception {
        GraphBuilder b = GraphBuilder.create("reused").opset(13);
        b.input("x", ElementType.FLOAT, 4, 4);
        b.initializer("w", PruneGraphs.random(16, 9), 4, 4);
        b.node("MatMul", "x", "w").name("mm").outputs("m");
        b.node("Add", "m", "w").name("add").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(4, 4));
        Model reused = b.build();
        PassResult result = apply(pass, reused, Map.of());
        assertArrayEquals(values(reused, "w"), values(result.model(), "w"));
        Map<String, Object> skipped = result.report().section(PruneTables.SKIPPED).orElseThrow().rowAsMap(0);
        assertEquals("mm, add", skipped.get(PruneTables.NODE));
        assertEquals("also read by add (Add), which does not use it as a Conv, Gemm or MatMul weight",
                skipped.get(PruneTables.REASON));
        assertTrue(result.report().warnings().get(0).startsWith("the pass found nothing to change"));

        GraphBuilder plain = GraphBuilder.create("relu").opset(13);
        plain.input("x", ElementType.FLOAT, 2);
        plain.node("Relu", "x").name("relu").outputs("y");
        plain.output("y", ElementType.FLOAT, Shape.of(2));
        PassReport report = apply(pass, plain.build(), Map.of()).report();
        assertTrue(report.warnings().contains("no Conv, Gemm or MatMul of relu reads a constant float32 weight, so there "
                + "is nothing to prune"), report.warnings().toString());
    }

    @Test
    void sparsityOutsideZeroToPointNineNineIsRefused() {
        for (String bad : List.of("1.0", "-0.1", "NaN", "half")) {
            TensorscopeException e = assertThrows(TensorscopeException.class,
                    () -> PassOptions.parse(pass.id(), pass.options(), Map.of("sparsity", bad)), bad);
            assertEquals("option sparsity takes a number in 0..0.99 fraction of weights, not '" + bad + "'",
                    e.getMessage());
        }
    }

    private static float[] concat(float[]... arrays) {
        int length = 0;
        for (float[] a : arrays) {
            length += a.length;
        }
        float[] all = new float[length];
        int at = 0;
        for (float[] a : arrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        return all;
    }

    /** Asserts that only zeros were written, and that no zeroed weight was larger than a kept one. */
    private static void assertOnlySmallestZeroed(float[] before, float[] after) {
        float largestZeroed = 0;
        float smallestKept = Float.MAX_VALUE;
        for (int i = 0; i < before.length; i++) {
            if (after[i] == 0) {
                largestZeroed = Math.max(largestZeroed, Math.abs(before[i]));
            } else {
                assertEquals(before[i], after[i]);
                smallestKept = Math.min(smallestKept, Math.abs(before[i]));
            }
        }
        assertTrue(largestZeroed <= smallestKept, largestZeroed + " zeroed, " + smallestKept + " kept");
    }
}
