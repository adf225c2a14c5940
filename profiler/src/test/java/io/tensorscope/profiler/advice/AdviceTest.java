package io.tensorscope.profiler.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every advice rule on a model that triggers it and on one that does not. */
class AdviceTest {

    private static List<Finding> advise(Model model) throws Exception {
        return Advice.of(AdviceInput.of(model, ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE)));
    }

    private static List<Finding> advise(Model model, ModelProfile profile, ThreadCeilings roofs) throws Exception {
        return Advice.of(new AdviceInput(model, ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE),
                profile, roofs));
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    /** x[batch,1024] → Gemm(W[1024,512]) → y, at {@code opset}; W a Constant when asked. */
    private static Model gemm(long opset, int batch, boolean inConstant) {
        GraphBuilder g = GraphBuilder.create("gemm").opset(opset).input("x", ElementType.FLOAT, batch, 1024)
                .output("y", ElementType.FLOAT);
        float[] w = new float[1024 * 512];
        if (inConstant) {
            g.node("Constant").name("w_const").outputs("W").attr("value", Tensors.floats("W", w, 1024, 512));
        } else {
            g.initializer("W", w, 1024, 512);
        }
        g.node("Gemm", "x", "W").name("fc").outputs("y");
        return g.build();
    }

    @Test
    void anOldOpsetIsFlaggedWithWhatItBlocks() throws Exception {
        Finding old = advise(gemm(10, 1, false)).stream().filter(f -> f.rule().equals("old-opset")).findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING, old.severity());
        assertTrue(old.title().contains("dynamic int8"), old.title());
        assertTrue(advise(gemm(12, 1, false)).stream().anyMatch(f -> f.title().equals(
                "Opset 12 is too old for per-channel static int8 (needs opset 13)")));
        assertTrue(!rules(advise(gemm(13, 1, false))).contains("old-opset"));
    }

    @Test
    void aLargeFloatWeightReadAtLowIntensityIsMemoryBound() throws Exception {
        Finding heavy = advise(gemm(13, 1, false)).stream().filter(f -> f.rule().equals("large-float-weights"))
                .findFirst().orElseThrow();
        assertEquals(List.of("fc"), heavy.nodes());
        assertTrue(heavy.evidence().contains("2.0 MiB"), heavy.evidence());
        assertTrue(!rules(advise(gemm(13, 256, false))).contains("large-float-weights"),
                "at batch 256 the same Gemm is compute-bound");
    }

    @Test
    void weightsInConstantsAndOddChannelCountsAreNoted() throws Exception {
        List<Finding> constants = advise(gemm(13, 1, true));
        Finding kept = constants.stream().filter(f -> f.rule().equals("constant-weights")).findFirst().orElseThrow();
        assertEquals(List.of("w_const"), kept.nodes());
        assertTrue(kept.evidence().contains("524,288 parameters"), kept.evidence());
        assertTrue(rules(constants).contains("large-float-weights"), "a Constant weight is a weight to every rule");
        assertTrue(!rules(advise(gemm(13, 1, false))).contains("constant-weights"));
        assertTrue(!rules(advise(gemm(13, 1, false))).contains("channel-multiples"), "512 is a multiple of 16");

        GraphBuilder odd = GraphBuilder.create("odd").opset(13).input("x", ElementType.FLOAT, 1, 3, 8, 8)
                .output("y", ElementType.FLOAT);
        odd.initializer("k", new float[24 * 3 * 9], 24, 3, 3, 3);
        odd.node("Conv", "x", "k").name("conv").outputs("y");
        Finding channels = advise(odd.build()).stream().filter(f -> f.rule().equals("channel-multiples")).findFirst()
                .orElseThrow();
        assertEquals("e.g. conv 24", channels.evidence());
    }

    @Test
    void nodesOfUnknownCostAreListedByOperator() throws Exception {
        GraphBuilder g = GraphBuilder.create("unknown").opset(13).input("x", ElementType.FLOAT, 1, 4)
                .output("y", ElementType.FLOAT);
        g.node("Relu", "x").name("relu").outputs("r");
        g.node("FancyOp", "r").name("fancy").domain("com.example").outputs("y");
        Finding unknown = advise(g.build()).stream().filter(f -> f.rule().equals("unknown-cost")).findFirst()
                .orElseThrow();
        assertEquals(List.of("fancy"), unknown.nodes());
        assertTrue(unknown.evidence().contains("com.example.FancyOp=1"), unknown.evidence());
        assertTrue(!rules(advise(new ModelSource().open("mnist-cnn", ProgressListener.NONE))).contains("unknown-cost"));
    }

    @Test
    void profileRulesReadTheMeasuredKernelsAndRoofs() throws Exception {
        Model model = gemm(13, 1, false);
        ModelProfile reorders = profile(0.3);
        assertTrue(rules(advise(model, reorders, roofs(90, 200))).contains("layout-reorders"));
        assertTrue(!rules(advise(model, profile(0.05), roofs(90, 200))).contains("layout-reorders"));
        assertTrue(!rules(advise(model)).contains("layout-reorders"), "no profile, no finding");

        GraphBuilder half = GraphBuilder.create("half").opset(13).input("x", ElementType.FLOAT16, 1, 4)
                .output("y", ElementType.FLOAT16);
        half.node("Add", "x", "b").name("add").outputs("y");
        Model fp16 = half.build().withProto(half.build().proto().toBuilder().setGraph(half.build().graph().toBuilder()
                .addInitializer(Tensors.halves("b", new short[4], 4))).build());
        Finding slow = advise(fp16, profile(0), roofs(90, 60)).stream()
                .filter(f -> f.rule().equals("fp16-without-native-support")).findFirst().orElseThrow();
        assertTrue(slow.evidence().contains("fp16 60 GFLOP/s, fp32 90 GFLOP/s"), slow.evidence());
        assertTrue(!rules(advise(fp16, profile(0), roofs(90, 180))).contains("fp16-without-native-support"),
                "native fp16: twice the fp32 peak");
        assertTrue(!rules(advise(model, profile(0), roofs(90, 60))).contains("fp16-without-native-support"),
                "an fp32 model");
    }

    @Test
    void warningsComeFirst() throws Exception {
        List<Finding> findings = advise(gemm(10, 1, true));
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(Severity.INFO, findings.get(findings.size() - 1).severity());
    }

    private static ModelProfile profile(double reorderShare) {
        Percentiles ms = new Percentiles(1, 0.9, 1.1, 20);
        List<KernelTiming> kernels = List.of(
                new KernelTiming("fc", "Gemm", new Percentiles(70, 60, 80, 20), 1 - reorderShare, 1 << 20, 1 << 21,
                        List.of(0)),
                new KernelTiming("reorder", "ReorderInput", new Percentiles(30, 25, 35, 20), reorderShare, 0, 4096,
                        List.of()));
        return new ModelProfile("gemm", "Test CPU", new ProfileSettings(1, 3, 20, OptimizationLevel.ALL), ms, ms,
                kernels, List.of(), List.of());
    }

    private static ThreadCeilings roofs(double fp32, double fp16) {
        return new ThreadCeilings(1, Map.of(MemoryLevel.DRAM, 25.0), Map.of(Precision.FP32, fp32, Precision.FP16, fp16),
                List.of());
    }
}
