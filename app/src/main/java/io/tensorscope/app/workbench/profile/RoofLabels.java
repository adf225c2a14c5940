package io.tensorscope.app.workbench.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Places roof labels so they do not overlap: the labels of parallel bandwidth roofs are all rotated by the same
 * angle, so they are compared as rectangles in a frame aligned with the lines (angle 0 for the horizontal compute
 * roofs).
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
     * @param fits     whether the label may sit where its screen bounds {left, top, right, bottom} are (e.g. inside
     *                 the plot, off the legend)
     * @return the label's box {left, top, right, bottom} in the rotated frame, recorded, when it fits and overlaps no
     * label placed before; null when it does not
     */
    double[] tryPlace(double xPx, double yPx, double widthPx, double heightPx, boolean above, double gapPx,
                      Predicate<double[]> fits) {
        double a = cos * xPx + sin * yPx;
        double b = -sin * xPx + cos * yPx;
        double[] box = above ? new double[]{a, b - gapPx - heightPx, a + widthPx, b - gapPx}
                : new double[]{a, b + gapPx, a + widthPx, b + gapPx + heightPx};
        if (!fits.test(screenBounds(box))) {
            return null;
        }
        for (double[] other : placed) {
            if (overlap(box, other)) {
                return null;
            }
        }
        placed.add(box);
        return box;
    }

    /** @return the screen bounds {left, top, right, bottom} of {@code box}, a box in the rotated frame */
    double[] screenBounds(double[] box) {
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int corner = 0; corner < 4; corner++) {
            double a = box[corner < 2 ? 0 : 2];
            double b = box[corner % 2 == 0 ? 1 : 3];
            xs[corner] = cos * a - sin * b;
            ys[corner] = sin * a + cos * b;
        }
        return new double[]{Arrays.stream(xs).min().orElseThrow(), Arrays.stream(ys).min().orElseThrow(),
                Arrays.stream(xs).max().orElseThrow(), Arrays.stream(ys).max().orElseThrow()};
    }

    /** @return whether boxes {@code a} and {@code b} ({left, top, right, bottom}) come closer than the padding */
    static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] + PADDING_PX && b[0] < a[2] + PADDING_PX && a[1] < b[3] + PADDING_PX && b[1] < a[3] + PADDING_PX;
    }
}
