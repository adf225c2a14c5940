package io.tensorscope.app.workbench.profile;

import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where the roofs of every {@link RoofSet} go and where their labels sit, in chart pixels, before anything is drawn:
 * a diagonal per memory level (bandwidth × intensity, up to the set's highest peak) and a horizontal line per compute
 * peak. Each label is moved along its line, above then below, until it lies inside the plot, off the legend, and
 * overlaps no label placed before, the sets together; with more than one set every label names its set's thread
 * count.
 */
final class RoofLayout {

    /** Gap between a label and its line, px. */
    static final double GAP_PX = 3;

    /** How big a label is drawn, px. */
    interface TextSize {
        /** @return the drawn width of {@code text}, px */
        double widthPx(String text);

        /** @return the height of a line of text, px */
        double heightPx();
    }

    /**
     * One roof with its label.
     *
     * @param set       the roofs it belongs to
     * @param level     the memory level of a bandwidth roof, or null for a compute roof
     * @param precision the precision of a compute roof, or null for a bandwidth roof
     * @param x1Px      line start
     * @param y1Px      line start
     * @param x2Px      line end
     * @param y2Px      line end
     * @param label     e.g. {@code DRAM 29 GB/s · 2 threads}
     * @param anchorXPx the label's start on the line
     * @param anchorYPx the label's start on the line
     * @param above     whether the label sits above the line (else below)
     * @param gapPx     how far from the line, px ({@link #GAP_PX}, more for a compute label moved off a crowded line)
     * @param box       the label's box {left, top, right, bottom}: screen px for a compute roof, the frame rotated
     *                  with the diagonals for a bandwidth roof; null when every spot tried overlapped another label
     */
    record Roof(RoofSet set, MemoryLevel level, Precision precision, double x1Px, double y1Px, double x2Px,
                double y2Px, String label, double anchorXPx, double anchorYPx, boolean above, double gapPx,
                double[] box) {
    }

    private RoofLayout() {
    }

    /** @return the angle of the bandwidth diagonals on screen, degrees, as {@code GraphicsContext.rotate} takes it */
    static double diagonalDegrees(LogAxis x, LogAxis y) {
        return -Math.toDegrees(Math.atan2(-y.pixelsPerDecade(), x.pixelsPerDecade()));
    }

    /**
     * @param sets    the roof sets, first set first (its labels get the best spots)
     * @param x       intensity axis
     * @param y       performance axis
     * @param rightPx  the plot's right edge, px (compute roofs end there, their labels sit at it)
     * @param text     how big labels are drawn
     * @param reserved screen boxes {left, top, right, bottom} no label may cover (the legend)
     * @return every roof of every set: each set's bandwidth roofs, then the compute roofs by falling peak; labels
     * inside the plot (x from its minimum to {@code rightPx}, y between its bounds) and off the reserved boxes
     */
    static List<Roof> of(List<RoofSet> sets, LogAxis x, LogAxis y, double rightPx, TextSize text,
                         List<double[]> reserved) {
        RoofLabels diagonals = new RoofLabels(diagonalDegrees(x, y));
        RoofLabels horizontals = new RoofLabels(0);
        double[] plot = {x.toPixel(x.min()), y.toPixel(y.max()), rightPx, y.toPixel(y.min())};
        Predicate<double[]> inside = b -> b[0] >= plot[0] && b[1] >= plot[1] && b[2] <= plot[2] && b[3] <= plot[3];
        // Off the legend if there is room; under it (it is translucent) rather than over another label if there is not.
        List<Predicate<double[]>> fits = List.of(inside.and(b -> reserved.stream().noneMatch(r -> RoofLabels.overlap(r, b))),
                inside);
        List<Roof> roofs = new ArrayList<>();
        for (RoofSet set : sets) {
            String suffix = sets.size() > 1 ? " · " + set.threadsLabel() : "";
            bandwidthRoofs(set, suffix, x, y, text, diagonals, fits, roofs);
            computeRoofs(set, suffix, x, y, rightPx, text, horizontals, fits, roofs);
        }
        return roofs;
    }

    /** A spot a label may take: its start on (or off) the line, which side, how far. */
    private record Spot(double xPx, double yPx, boolean above, double gapPx) {
    }

    /**
     * @return the first spot, under the first of {@code fits} that any spot meets, where the label overlaps no
     * label placed before, with its box (recorded in {@code labels}); the first spot with a null box when none is free
     */
    private static Roof place(RoofSet set, MemoryLevel level, Precision precision, double[] line, String label,
                              List<Spot> spots, TextSize text, RoofLabels labels, List<Predicate<double[]>> fits) {
        double width = text.widthPx(label);
        for (Predicate<double[]> fit : fits) {
            for (Spot spot : spots) {
                double[] box = labels.tryPlace(spot.xPx(), spot.yPx(), width, text.heightPx(), spot.above(), spot.gapPx(),
                        fit);
                if (box != null) {
                    return new Roof(set, level, precision, line[0], line[1], line[2], line[3], label, spot.xPx(),
                            spot.yPx(), spot.above(), spot.gapPx(), box);
                }
            }
        }
        Spot first = spots.get(0);
        return new Roof(set, level, precision, line[0], line[1], line[2], line[3], label, first.xPx(), first.yPx(),
                first.above(), first.gapPx(), null);
    }

    private static void bandwidthRoofs(RoofSet set, String suffix, LogAxis x, LogAxis y, TextSize text,
                                       RoofLabels labels, List<Predicate<double[]>> fits, List<Roof> out) {
        ThreadCeilings roofs = set.roofs();
        double topPeak = roofs.peakGflops().values().stream().mapToDouble(Double::doubleValue).max().orElse(y.max());
        for (MemoryLevel level : MemoryLevel.values()) {
            Double gbps = roofs.bandwidthGbps().get(level);
            if (gbps == null) {
                continue;
            }
            double endIntensity = Math.min(x.max(), topPeak / gbps);
            double entry = Math.max(x.min(), y.min() / gbps);
            // Parallel lines lie close together: spots along the line, above then below.
            List<Spot> spots = new ArrayList<>();
            for (double decades = 0.1; decades < 2.5; decades += 0.3) {
                double intensity = entry * Math.pow(10, decades);
                for (boolean above : new boolean[]{true, false}) {
                    spots.add(new Spot(x.toPixel(intensity), y.toPixel(gbps * intensity), above, GAP_PX));
                }
            }
            double[] line = {x.toPixel(x.min()), y.toPixel(gbps * x.min()), x.toPixel(endIntensity),
                    y.toPixel(gbps * endIntensity)};
            out.add(place(set, level, null, line, ProfileText.bandwidthRoof(level, gbps) + suffix, spots, text, labels,
                    fits));
        }
    }

    private static void computeRoofs(RoofSet set, String suffix, LogAxis x, LogAxis y, double rightPx, TextSize text,
                                     RoofLabels labels, List<Predicate<double[]>> fits, List<Roof> out) {
        ThreadCeilings roofs = set.roofs();
        double fastest = roofs.bandwidthGbps().values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        List<Precision> byPeak = roofs.peakGflops().keySet().stream()
                .sorted((a, b) -> Double.compare(roofs.peakGflops().get(b), roofs.peakGflops().get(a))).toList();
        for (Precision precision : byPeak) {
            double gflops = roofs.peakGflops().get(precision);
            double startIntensity = Double.isNaN(fastest) ? x.min() : Math.max(x.min(), gflops / fastest);
            double py = y.toPixel(gflops);
            String label = ProfileText.computeRoof(precision, gflops) + suffix;
            double width = text.widthPx(label);
            // Peaks close together: above the line at the right edge, then below, then a line of text further off,
            // then further left.
            List<Spot> spots = new ArrayList<>();
            for (int shift = 0; shift < 4; shift++) {
                for (int lift = 0; lift < 3; lift++) {
                    for (boolean above : new boolean[]{true, false}) {
                        spots.add(new Spot(rightPx - 6 - width - shift * (width / 2 + 12), py, above,
                                GAP_PX + lift * (text.heightPx() + 1)));
                    }
                }
            }
            out.add(place(set, null, precision, new double[]{x.toPixel(startIntensity), py, rightPx, py}, label, spots,
                    text, labels, fits));
        }
    }
}
