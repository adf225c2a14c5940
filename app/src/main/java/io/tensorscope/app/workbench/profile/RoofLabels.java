package io.tensorscope.app.workbench.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the labels of parallel bandwidth roofs so they do not overlap. All such labels are rotated by the
 * same angle, so they are compared as rectangles in a frame aligned with the lines.
 */
final class RoofLabels {

    private static final double PADDING_PX = 3;

    private final double cos;
    private final double sin;
    private final List<double[]> placed = new ArrayList<>();

    /** @param rotationDegrees the rotation the labels are drawn with ({@code GraphicsContext.rotate}) */
    RoofLabels(double rotationDegrees) {
        double r = Math.toRadians(rotationDegrees);
        this.cos = Math.cos(r);
        this.sin = Math.sin(r);
    }

    /**
     * @param xPx      anchor on the line, screen pixels
     * @param yPx      anchor on the line, screen pixels
     * @param widthPx  text width
     * @param heightPx text height
     * @param above    whether the text sits above the line (else below), {@code gapPx} away
     * @return true, recording the label, when it overlaps no label placed before
     */
    boolean tryPlace(double xPx, double yPx, double widthPx, double heightPx, boolean above, double gapPx) {
        double a = cos * xPx + sin * yPx;
        double b = -sin * xPx + cos * yPx;
        double[] box = above ? new double[]{a, b - gapPx - heightPx, a + widthPx, b - gapPx}
                : new double[]{a, b + gapPx, a + widthPx, b + gapPx + heightPx};
        for (double[] other : placed) {
            if (box[0] < other[2] + PADDING_PX && other[0] < box[2] + PADDING_PX
                    && box[1] < other[3] + PADDING_PX && other[1] < box[3] + PADDING_PX) {
                return false;
            }
        }
        placed.add(box);
        return true;
    }
}
