package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.chart.Drawing;
import io.tensorscope.app.workbench.chart.ChartGrid;
import io.tensorscope.app.workbench.graph.OpFamily;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.roofline.RooflinePoint;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paints a log-log roofline once: decade grid and labels, the measured roofs of every profile's thread count (a
 * diagonal per memory level, a horizontal line per compute peak; one dash pattern per set of roofs, labels placed
 * apart — {@link RoofLayout}), one marker per kernel of every profile (area by time share, colour by op family, shape
 * by profile) and a legend that pairs each profile's marker with its roofs' dash pattern.
 */
final class RooflinePainter {

    private static final double LEFT_PX = 62;
    private static final double RIGHT_PX = 18;
    private static final double TOP_PX = 14;
    private static final double BOTTOM_PX = 42;
    private static final double LEGEND_ROW_PX = 16;
    private static final Color SELECTED = Color.web("#0f172a");
    private static final Map<MemoryLevel, Color> LEVEL_COLOURS = Map.of(MemoryLevel.L1, Color.web("#0891b2"),
            MemoryLevel.L2, Color.web("#4f46e5"), MemoryLevel.L3, Color.web("#9333ea"), MemoryLevel.DRAM, Color.web("#334155"));
    private static final Map<Precision, Color> PRECISION_COLOURS = Map.of(Precision.FP32, Color.web("#dc2626"),
            Precision.FP16, Color.web("#ea580c"), Precision.INT8, Color.web("#15803d"));

    private final Drawing g;
    private final double widthPx;
    private final double heightPx;

    RooflinePainter(Drawing g, double widthPx, double heightPx) {
        this.g = g;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /**
     * @param runs     every profile of the model, oldest first
     * @param active   the profile whose roofs are drawn and whose markers are in front; null for none
     * @param selected the highlighted kernel name, or null
     * @return the markers drawn, back to front
     */
    List<PlacedMarker> paint(List<ProfileRun> runs, ProfileRun active, String selected) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, widthPx, heightPx);
        if (active == null || widthPx < LEFT_PX + RIGHT_PX + 40 || heightPx < TOP_PX + BOTTOM_PX + 40) {
            return List.of();
        }
        List<RoofSet> sets = RoofSet.of(runs);
        LogAxis x = xAxis(runs, sets);
        LogAxis y = yAxis(runs, sets);
        grid(x, y);
        g.save();
        g.beginPath();
        g.rect(LEFT_PX, TOP_PX, widthPx - LEFT_PX - RIGHT_PX, heightPx - TOP_PX - BOTTOM_PX);
        g.clip();
        double[] legendBox = legendBox(runs, sets);
        roofs(sets, x, y, legendBox);
        List<PlacedMarker> placed = markers(runs, active, selected, x, y);
        g.restore();
        legend(runs, active, sets, legendBox);
        return placed;
    }

    private LogAxis xAxis(List<ProfileRun> runs, List<RoofSet> sets) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (ProfileRun run : runs) {
            for (RooflinePoint p : run.plottedPoints()) {
                min = Math.min(min, p.intensity());
                max = Math.max(max, p.intensity());
            }
        }
        for (RoofSet set : sets) {
            ThreadCeilings roofs = set.roofs();
            double peak = roofs.peakGflops().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
            for (double bandwidth : roofs.bandwidthGbps().values()) {
                min = Math.min(min, peak / bandwidth / 10);
                max = Math.max(max, peak / bandwidth * 3);
            }
        }
        return LogAxis.spanning(min == Double.MAX_VALUE ? 0.1 : min, Math.max(max, 1), LEFT_PX, widthPx - RIGHT_PX);
    }

    private LogAxis yAxis(List<ProfileRun> runs, List<RoofSet> sets) {
        double min = Double.MAX_VALUE;
        double max = sets.stream().flatMap(s -> s.roofs().peakGflops().values().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(1) * 1.5;
        for (ProfileRun run : runs) {
            for (RooflinePoint p : run.plottedPoints()) {
                min = Math.min(min, p.achievedGflops());
                max = Math.max(max, p.achievedGflops());
            }
        }
        return LogAxis.spanning(min == Double.MAX_VALUE ? max / 1e3 : min / 1.5, max, heightPx - BOTTOM_PX, TOP_PX);
    }

    private void grid(LogAxis x, LogAxis y) {
        ChartGrid.paint(g, x, y, LEFT_PX, TOP_PX, widthPx - RIGHT_PX, heightPx - BOTTOM_PX);
        g.setStroke(Color.web("#94a3b8"));
        g.strokeRect(LEFT_PX + 0.5, TOP_PX + 0.5, widthPx - LEFT_PX - RIGHT_PX, heightPx - TOP_PX - BOTTOM_PX);
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        text("Arithmetic intensity (FLOP/byte)", (LEFT_PX + widthPx - RIGHT_PX) / 2, heightPx - 4, TextAlignment.CENTER,
                VPos.BOTTOM);
        g.save();
        g.translate(12, (TOP_PX + heightPx - BOTTOM_PX) / 2);
        g.rotate(-90);
        text("Performance (GFLOP/s)", 0, 0, TextAlignment.CENTER, VPos.CENTER);
        g.restore();
    }

    private void roofs(List<RoofSet> sets, LogAxis x, LogAxis y, double[] legendBox) {
        Font font = Font.font(11);
        g.setFont(font);
        double angle = RoofLayout.diagonalDegrees(x, y);
        for (RoofLayout.Roof roof : RoofLayout.of(sets, x, y, widthPx - RIGHT_PX, textSize(font), List.of(legendBox))) {
            Color colour = roof.level() != null ? LEVEL_COLOURS.get(roof.level()) : PRECISION_COLOURS.get(roof.precision());
            g.setStroke(colour);
            g.setLineWidth(roof.level() == MemoryLevel.DRAM || roof.precision() != null ? 2 : 1.5);
            g.setLineDashes(roof.set().dashes());
            g.strokeLine(roof.x1Px(), roof.y1Px(), roof.x2Px(), roof.y2Px());
            g.setLineDashes();
            g.setFill(colour);
            double offset = roof.above() ? -roof.gapPx() : roof.gapPx();
            VPos baseline = roof.above() ? VPos.BOTTOM : VPos.TOP;
            if (roof.level() != null) {
                g.save();
                g.translate(roof.anchorXPx(), roof.anchorYPx());
                g.rotate(angle);
                text(roof.label(), 0, offset, TextAlignment.LEFT, baseline);
                g.restore();
            } else {
                text(roof.label(), roof.anchorXPx(), roof.anchorYPx() + offset, TextAlignment.LEFT, baseline);
            }
        }
    }

    private static RoofLayout.TextSize textSize(Font font) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text("Xg");
        measure.setFont(font);
        double height = measure.getLayoutBounds().getHeight();
        return new RoofLayout.TextSize() {
            @Override
            public double widthPx(String text) {
                measure.setText(text);
                return measure.getLayoutBounds().getWidth();
            }

            @Override
            public double heightPx() {
                return height;
            }
        };
    }

    private List<PlacedMarker> markers(List<ProfileRun> runs, ProfileRun active, String selected, LogAxis x, LogAxis y) {
        List<ProfileRun> order = new ArrayList<>(runs);
        order.remove(active);
        order.add(active);
        List<PlacedMarker> placed = new ArrayList<>();
        for (ProfileRun run : order) {
            MarkerShape shape = MarkerShape.forProfile(Math.max(0, runs.indexOf(run)));
            double alpha = run == active ? 0.8 : 0.35;
            for (RooflinePoint p : run.plottedPoints()) {
                double r = radius(p.timeShare());
                double px = x.toPixel(p.intensity());
                double py = y.toPixel(p.achievedGflops());
                Color colour = Color.web(OpFamily.of(p.opType()).colour());
                boolean isSelected = p.kernel().equals(selected);
                g.setFill(colour.deriveColor(0, 1, 1, alpha));
                g.setStroke(isSelected ? SELECTED : colour.darker().deriveColor(0, 1, 1, Math.min(1, alpha + 0.2)));
                g.setLineWidth(isSelected ? 3 : 1);
                shape.draw(g, px, py, r);
                placed.add(new PlacedMarker(run, p, px, py, r));
            }
        }
        return placed;
    }

    /** @return marker radius, px: area grows with the kernel's share of time */
    static double radius(double timeShare) {
        return 3 + 22 * Math.sqrt(Math.max(0, timeShare));
    }

    /** @return the legend's box {left, top, right, bottom}, px: a row per profile and per op family shown */
    private static double[] legendBox(List<ProfileRun> runs, List<RoofSet> sets) {
        Set<OpFamily> families = families(runs);
        double left = LEFT_PX + 10;
        double top = TOP_PX + 10;
        return new double[]{left, top, left + (sets.size() > 1 ? 200 : 170),
                top + (runs.size() + families.size()) * LEGEND_ROW_PX + 8};
    }

    private static Set<OpFamily> families(List<ProfileRun> runs) {
        Set<OpFamily> families = new LinkedHashSet<>();
        runs.forEach(run -> run.plottedPoints().forEach(p -> families.add(OpFamily.of(p.opType()))));
        return families;
    }

    private void legend(List<ProfileRun> runs, ProfileRun active, List<RoofSet> sets, double[] box) {
        Set<OpFamily> families = families(runs);
        double lineHeight = LEGEND_ROW_PX;
        double left = box[0];
        double top = box[1];
        double boxWidth = box[2] - box[0];
        g.setFill(Color.web("#ffffff", 0.88));
        g.fillRect(left, top, boxWidth, box[3] - top);
        g.setStroke(ChartGrid.GRID);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, boxWidth, box[3] - top);
        double row = top + 4 + lineHeight / 2;
        for (int i = 0; i < runs.size(); i++) {
            ProfileRun run = runs.get(i);
            g.setFill(Color.web("#64748b", run == active ? 0.9 : 0.4));
            g.setStroke(Color.web("#334155"));
            MarkerShape.forProfile(i).draw(g, left + 12, row, 5);
            double textLeft = left + 24;
            if (sets.size() > 1) {
                // Its roofs' dash pattern beside its marker: which roofs to read this profile against.
                g.setStroke(Color.web("#334155"));
                g.setLineWidth(1.5);
                g.setLineDashes(RoofSet.of(sets, run).dashes());
                g.strokeLine(left + 22, row, left + 46, row);
                g.setLineDashes();
                textLeft = left + 52;
            }
            g.setFill(Color.web("#0f172a"));
            g.setFont(run == active ? Font.font(null, FontWeight.BOLD, 11) : Font.font(11));
            text(run.label(), textLeft, row, TextAlignment.LEFT, VPos.CENTER);
            row += lineHeight;
        }
        g.setFont(Font.font(11));
        for (OpFamily family : families) {
            g.setFill(Color.web(family.colour()));
            g.fillOval(left + 7, row - 5, 10, 10);
            g.setFill(Color.web("#0f172a"));
            text(family.displayName(), left + 24, row, TextAlignment.LEFT, VPos.CENTER);
            row += lineHeight;
        }
    }

    private void text(String text, double x, double y, TextAlignment alignment, VPos baseline) {
        ChartGrid.text(g, text, x, y, alignment, baseline);
    }
}
