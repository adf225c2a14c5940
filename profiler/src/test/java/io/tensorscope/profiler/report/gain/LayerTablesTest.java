package io.tensorscope.profiler.report.gain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tensorscope.profiler.experiment.LayerMeasure;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Layers of a model another tool rewrote (no provenance): matched by the names that tool gives what it adds. */
class LayerTablesTest {

    private static LayerMeasure layer(String name, String op, double micros, String precision) {
        return new LayerMeasure(name, op, name, micros, micros / 200, name, precision, Double.NaN);
    }

    @Test
    void onnxRuntimeQuantizerNamesAreFollowed() {
        MeasuredDetail before = new MeasuredDetail(1, List.of(layer("/dense/MatMul", "MatMul", 100, "fp32"),
                layer("/dense/MatMul_1", "MatMul", 80, "fp32"), layer("/gone", "Identity", 20, "fp32")), List.of(), null);
        MeasuredDetail after = new MeasuredDetail(1, List.of(layer("/dense/MatMul_quant", "MatMulInteger", 30, "int8"),
                layer("/dense/MatMul_1_quant", "MatMulInteger", 25, "int8"),
                layer("/dense/MatMul_1", "Mul", 5, "fp32"), layer("input_QuantizeLinear", "DynamicQuantizeLinear", 9,
                        "fp32")), List.of(), null);
        LayerTable t = LayerTables.of("int8", before, after, null);
        assertEquals(List.of("/dense/MatMul", "/dense/MatMul_1"), t.rows().stream().map(LayerTable.Row::layer).toList());
        assertEquals(30, t.rows().get(0).afterMicros(), 1e-12, "MatMul_quant serves MatMul");
        assertEquals("int8", t.rows().get(0).precisionAfter());
        assertEquals(30, t.rows().get(1).afterMicros(), 1e-12, "MatMul_1_quant 25 µs + the node keeping its name 5 µs");
        assertEquals(List.of("/gone (Identity)"), t.onlyInBaseline(), "not served: listed apart, not 20 µs saved");
        assertEquals(List.of("input_QuantizeLinear (DynamicQuantizeLinear)"), t.onlyInCandidate());
    }

    @Test
    void theLongestLayerNameWins() {
        Set<String> names = Set.of("a", "a_b", "c");
        assertEquals("a_b", LayerTables.served("a_b_quant", names));
        assertEquals("a", LayerTables.served("a_x", names));
        assertEquals("c", LayerTables.served("c", names));
        assertNull(LayerTables.served("d_quant", names));
    }
}
