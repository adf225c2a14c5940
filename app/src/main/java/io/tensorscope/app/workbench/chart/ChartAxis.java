package io.tensorscope.app.workbench.chart;

import java.util.List;

/** A chart axis: where a value is drawn and which values get a grid line and label. */
public interface ChartAxis {

    /** @return the pixel of {@code value} along the axis */
    double toPixel(double value);

    /** @return the values that get a grid line, in order */
    List<Double> gridValues();

    /** @return the label of a grid value */
    String gridLabel(double value);
}
