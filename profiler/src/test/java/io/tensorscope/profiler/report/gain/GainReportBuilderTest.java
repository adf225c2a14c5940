package io.tensorscope.profiler.report.gain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GainReportBuilderTest {

    private static final Fingerprint FINGERPRINT = new Fingerprint("test cpu", 2, 1, "Linux", "17", "ONNX Runtime test",
            "0.1.0", List.of(), List.of());

    private static GainReport report(Budget budget) {
        return GainReportBuilder.build(ReportFixtures.subjects(), budget, FINGERPRINT, ReportFixtures.ceilings(),
                ReportFixtures.AT);
    }

    @Test
    void figuresAgainstTheBaseline() {
        GainReport r = report(Budget.DEFAULT);
        ModelResult base = r.baseline();
        ModelResult c = r.candidates().get(0);
        assertEquals(0.9, base.accuracy().value(), 1e-12);
        assertEquals(0.8, c.accuracy().value(), 1e-12);
        assertEquals(-10.0, c.accuracy().deltaPoints(), 1e-9);
        assertEquals(0.25, c.sizeFraction(), 1e-12);
        assertEquals(2.5, c.speedUp().median(), 1e-12, "median of the per-pair ratios 2.5, 2.5, 2, 2.5");
        assertEquals(4, c.speedUp().pairs());
        assertEquals(1.0, base.speedUp().median());
        assertTrue(c.paretoSize() && c.paretoLatency() && base.paretoLatency(), "faster but worse: both on the front");
    }

    @Test
    void perClassChangesFromTheOutcomes() {
        List<ModelResult.ClassDelta> perClass = report(Budget.DEFAULT).candidates().get(0).perClass();
        assertEquals(2, perClass.size());
        assertEquals("cat", perClass.get(0).className());
        assertEquals(1.0, perClass.get(0).baselineAccuracy(), 1e-12);
        assertEquals(0.8, perClass.get(0).accuracy(), 1e-12, "one cat of five now called a dog");
        assertEquals(-20.0, perClass.get(0).deltaPoints(), 1e-9);
        assertEquals(0.8, perClass.get(1).baselineAccuracy(), 1e-12);
        assertEquals(0.8, perClass.get(1).accuracy(), 1e-12);
    }

    @Test
    void intervalsBracketTheFigures() {
        ModelResult.Accuracy a = report(Budget.DEFAULT).candidates().get(0).accuracy();
        assertTrue(a.ci95Low() <= 0.8 && a.ci95High() >= 0.8 && a.ci95Low() < a.ci95High(), a.toString());
        assertTrue(a.deltaLow() <= -10 && a.deltaHigh() >= -10, a.toString());
        assertTrue(a.deltaLow() >= -30 && a.deltaHigh() <= 10, "one sample differs each way at most: " + a);
    }

    @Test
    void verdictSaysWhyItMisses() {
        Verdict v = report(Budget.DEFAULT).verdicts().get(0);
        assertFalse(v.meets());
        assertEquals("top-1 accuracy -10.00 pt exceeds the 1.00 pt budget", v.reasons().get(0), "the miss comes first");
        assertEquals("2.50x speed-up (p10-p90 2.15-2.50x), at least 1.00x", v.reasons().get(1));
        assertEquals("25.0 % of the baseline's size, within 100 %", v.reasons().get(2));
        assertTrue(report(new Budget(15, 2, 0.5)).verdicts().get(0).meets(), "a looser budget is met");
        assertFalse(report(new Budget(15, 3, 0.5)).verdicts().get(0).meets(), "3x is not reached");
    }

    @Test
    void layersCountTheNodesServingThemByProvenance() {
        LayerTable t = report(Budget.DEFAULT).layers().get(0);
        LayerTable.Row conv = t.rows().get(0);
        assertEquals("conv", conv.layer());
        assertEquals(100, conv.beforeMicros());
        assertEquals(35, conv.afterMicros(), 1e-12, "ConvInteger 30 µs + its scaling Mul 5 µs");
        assertEquals(65, conv.savedMicros(), 1e-12);
        assertEquals("int8", conv.precisionAfter());
        assertEquals("fp32", conv.precisionBefore());
        assertEquals(0.7, conv.shareAfter(), 1e-12);
        assertEquals(List.of("bn (BatchNormalization)"), t.onlyInBaseline());
        assertEquals(List.of("extra (Identity)"), t.onlyInCandidate());
        assertEquals(2, t.rows().size(), "bn took no time before or after");
    }

    @Test
    void rooflinePlacesBothAndListsWhatMoved() {
        RooflineView view = report(Budget.DEFAULT).rooflines().get(0);
        assertEquals(2, view.before().size(), "conv and relu (relu moves bytes)");
        assertEquals(4, view.after().size());
        assertEquals("conv", view.moved().get(0).layer());
        assertEquals("conv_quant", view.moved().get(0).afterKernel());
        assertEquals(List.of("L1", "DRAM", "fp32 peak", "int8 peak"),
                view.roofs().stream().map(RooflineView.Roof::name).toList());
        RooflineView.Point conv = view.before().get(0);
        assertEquals(100, conv.intensity(), 1e-9, "1 MFLOP over 10 kB");
        assertEquals(10, conv.gflops(), 1e-9, "1 MFLOP in 100 µs");
    }

    @Test
    void lineageReplaysTheSteps() {
        Lineage l = report(Budget.DEFAULT).lineage().get(0);
        assertEquals(List.of("toy", "dynamic int8"), l.steps().stream().map(Lineage.Step::name).toList());
        assertEquals("", l.steps().get(0).pipeline());
        assertEquals("--step dynamic-int8:per-channel=false", l.steps().get(1).pipeline());
    }
}
