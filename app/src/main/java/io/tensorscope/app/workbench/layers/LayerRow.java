package io.tensorscope.app.workbench.layers;

import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.profiler.timing.NodeTiming;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the layer table: a node's cost with unknown values as null so they sort apart and print
 * as "unknown", never as 0; timing columns are blank (null) until the model is profiled.
 *
 * @param cost   the node's cost as computed by the engine
 * @param timing the node's attributed time in the profile shown, or null before profiling
 */
public record LayerRow(NodeCost cost, NodeTiming timing) {

    /** A row without timing. */
    public LayerRow(NodeCost cost) {
        this(cost, null);
    }

    /** @return this row with {@code nodeTiming} (null: none) */
    public LayerRow withTiming(NodeTiming nodeTiming) {
        return new LayerRow(cost, nodeTiming);
    }

    /** @return attributed median time, µs, or null before profiling */
    public Double medianMicros() {
        return timing == null ? null : timing.medianMicros();
    }

    /** @return attributed share of the total kernel time in percent (0..100), or null before profiling */
    public Double sharePercent() {
        return timing == null ? null : timing.share() * 100;
    }

    /** @return position of the node in the graph's node list */
    public int index() {
        return cost.index();
    }

    /** @return node name */
    public String name() {
        return cost.name();
    }

    /** @return ONNX op type */
    public String opType() {
        return cost.opType();
    }

    /** @return output shapes joined by ", " ({@code 1x128x384}) */
    public String outputShape() {
        return cost.outputShapes().stream().map(Shape::toString).collect(Collectors.joining(", "));
    }

    /** @return weight elements the node reads (always known) */
    public Long params() {
        return cost.params();
    }

    /** @return FLOPs, or null when unknown */
    public Long flops() {
        return cost.costKnown() ? cost.flops() : null;
    }

    /** @return bytes read plus written, or null when unknown */
    public Long bytesMoved() {
        return cost.costKnown() ? cost.bytesMoved() : null;
    }

    /** @return FLOPs per byte moved, or null when unknown */
    public Double arithmeticIntensity() {
        return cost.costKnown() ? cost.arithmeticIntensity() : null;
    }

    /** @return true if the filter text (lower case) occurs in the name or op type, ignoring case */
    public boolean matches(String lowerCaseFilter) {
        return lowerCaseFilter.isEmpty()
                || cost.name().toLowerCase(Locale.ROOT).contains(lowerCaseFilter)
                || cost.opType().toLowerCase(Locale.ROOT).contains(lowerCaseFilter);
    }
}
