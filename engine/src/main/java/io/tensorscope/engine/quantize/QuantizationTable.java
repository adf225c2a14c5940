package io.tensorscope.engine.quantize;

import io.tensorscope.engine.pass.ReportTable;
import io.tensorscope.engine.pass.ReportTable.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The quantization passes' report section: every tensor quantized, with its scales, zero points and range. */
public final class QuantizationTable {

    /** The section's key. */
    public static final String KEY = "tensors";
    /** Column keys. */
    public static final String TENSOR = "tensor";
    public static final String ROLE = "role";
    public static final String TYPE = "type";
    public static final String SCALES = "scales";
    public static final String ZERO_POINTS = "zero_points";
    public static final String CHANNELS = "channels";
    public static final String RANGE_MIN = "range_min";
    public static final String RANGE_MAX = "range_max";

    private static final List<Column> COLUMNS = Arrays.asList(new Column(TENSOR, "Tensor"), new Column(ROLE, "Role"),
            new Column(TYPE, "Type"), new Column(SCALES, "Scale"), new Column(ZERO_POINTS, "Zero pt"),
            new Column(CHANNELS, "Ch."), new Column(RANGE_MIN, "Min"), new Column(RANGE_MAX, "Max"));

    private QuantizationTable() {
    }

    /** @return the section for {@code tensors}, or no section when there are none */
    static List<ReportTable> of(List<TensorQuantization> tensors) {
        if (tensors.isEmpty()) {
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (TensorQuantization t : tensors) {
            List<Object> scales = new ArrayList<>();
            List<Object> zeroPoints = new ArrayList<>();
            t.params().forEach(p -> {
                scales.add(p.scale());
                zeroPoints.add(p.zeroPoint());
            });
            boolean dynamic = t.params().isEmpty();
            String type = dynamic ? "uint8, at run time" : t.params().get(0).qmin() >= 0 ? "uint8" : "int8";
            rows.add(Arrays.asList(t.tensor(), t.role(), type, dynamic ? null : scales, dynamic ? null : zeroPoints, dynamic ? null : t.params().size(),
                    Float.isNaN(t.rangeMin()) ? null : t.rangeMin(), Float.isNaN(t.rangeMax()) ? null : t.rangeMax()));
        }
        return List.of(new ReportTable(KEY, "Quantized tensors", COLUMNS, rows));
    }
}
