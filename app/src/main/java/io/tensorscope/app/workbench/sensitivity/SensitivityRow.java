package io.tensorscope.app.workbench.sensitivity;

import io.tensorscope.profiler.sensitivity.SensitivityPoint;

import java.util.List;

/**
 * One row of the sensitivity heat map: a layer and its measured points.
 *
 * @param layer     the layer's node name
 * @param nodeIndex the node's index in the shown model's node list (as the layer table counts), or -1 if absent
 * @param points    one point per level, lowest level first (one point for a pass without levels)
 */
public record SensitivityRow(String layer, int nodeIndex, List<SensitivityPoint> points) {

    public SensitivityRow {
        points = List.copyOf(points);
    }
}
