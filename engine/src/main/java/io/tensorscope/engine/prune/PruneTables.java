package io.tensorscope.engine.prune;

import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.pass.ReportTable;
import io.tensorscope.engine.pass.ReportTable.Column;
import java.util.Arrays;
import java.util.List;

/** The pruning passes' report sections: every weight pruned, per layer, and the weights left alone with why. */
public final class PruneTables {

    /** Key of the section listing the pruned weights. */
    public static final String LAYERS = "layers";
    /** Key of the section listing the weights left alone. */
    public static final String SKIPPED = "skipped";
    /** Column keys. */
    public static final String NODE = "node";
    public static final String WEIGHT = "weight";
    public static final String PARAMS = "params";
    public static final String ZEROS = "zeros";
    public static final String SPARSITY = "sparsity";
    public static final String DEFLATED_BYTES_BEFORE = "deflated_bytes_before";
    public static final String DEFLATED_BYTES_AFTER = "deflated_bytes_after";
    public static final String SHAPE = "shape";
    public static final String GROUPS = "groups";
    public static final String INPUT_CHANNELS = "input_channels";
    public static final String OUTPUT_CHANNELS = "output_channels";
    public static final String SPARSE_TENSOR_CORES = "sparse_tensor_cores";
    public static final String REASON = "reason";

    private static final List<Column> MAGNITUDE = List.of(new Column(NODE, "Node"), new Column(WEIGHT, "Weight"),
            new Column(PARAMS, "Params"), new Column(ZEROS, "Zeros"), new Column(SPARSITY, "Sparsity"),
            new Column(DEFLATED_BYTES_BEFORE, "Deflated before"), new Column(DEFLATED_BYTES_AFTER, "Deflated after"));
    private static final List<Column> N_M = List.of(new Column(NODE, "Node"), new Column(WEIGHT, "Weight"),
            new Column(SHAPE, "Shape"), new Column(GROUPS, "Groups"), new Column(ZEROS, "Zeros"),
            new Column(SPARSITY, "Sparsity"), new Column(INPUT_CHANNELS, "In ch."),
            new Column(OUTPUT_CHANNELS, "Out ch."), new Column(SPARSE_TENSOR_CORES, "Sparse Tensor Cores"));
    private static final List<Column> LEFT_ALONE = List.of(new Column(NODE, "Node"), new Column(WEIGHT, "Weight"),
            new Column(REASON, "Reason"));

    private PruneTables() {
    }

    /**
     * @param zeros          values of the weight that are zero after pruning
     * @param deflatedBefore its deflate-compressed bytes before pruning
     * @param deflatedAfter  its deflate-compressed bytes after
     * @return the row of a magnitude-pruned weight: its nodes, name, parameters, zeros, sparsity reached, and its
     * compressed bytes before and after
     */
    static List<Object> magnitudeRow(PrunableWeight weight, long params, long zeros, long deflatedBefore,
                                     long deflatedAfter) {
        return Arrays.asList(weight.nodeNames(), weight.name(), params, zeros, (double) zeros / params, deflatedBefore,
                deflatedAfter);
    }

    /** @return the section of magnitude-pruned weights, or none when there are no rows */
    static List<ReportTable> magnitude(List<List<Object>> rows) {
        return rows.isEmpty() ? List.of() : List.of(new ReportTable(LAYERS, "Pruned weights", MAGNITUDE, rows));
    }

    /**
     * @return the row of an N:M-pruned weight: its nodes, name, shape, groups of M, zeros and sparsity after pruning,
     * input channels (per group) and output channels, and whether NVIDIA's sparse Tensor Cores would speed it up
     * ({@link NmPattern#runsOnSparseTensorCores})
     */
    static List<Object> nmRow(PrunableWeight weight, ReductionLayout layout, NmPattern pattern, float[] after) {
        long zeros = WeightMeasures.zeros(after);
        return Arrays.asList(weight.nodeNames(), weight.name(), Shape.of(weight.dims()).toString(),
                after.length / pattern.m(), zeros, (double) zeros / after.length, layout.length(),
                layout.outputChannels(), pattern.runsOnSparseTensorCores(layout));
    }

    /** @return the section of N:M-pruned weights, or none when there are no rows */
    static List<ReportTable> nm(List<List<Object>> rows) {
        return rows.isEmpty() ? List.of() : List.of(new ReportTable(LAYERS, "N:M pruned weights", N_M, rows));
    }

    /** @return the section of weights left alone, or none when there are none */
    static List<ReportTable> skipped(List<SkippedWeight> skipped) {
        List<List<Object>> rows = skipped.stream().map(s -> List.<Object>of(s.nodes(), s.weight(), s.reason())).toList();
        return rows.isEmpty() ? List.of() : List.of(new ReportTable(SKIPPED, "Weights left alone", LEFT_ALONE, rows));
    }
}
