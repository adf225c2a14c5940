package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.chart.ChartGrid;
import io.tensorscope.app.workbench.graph.OpFamily;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.roofline.RooflinePoint;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
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
 * Paints a log-log roofline once: decade grid and labels, the active profile's measured roofs (a diagonal
 * per memory level, a horizontal line per compute peak), one marker per kernel of every profile (area by time
 * share, colour by op family, shape by profile) and a legend.
 */
final class RooflinePainter {

    private static final double LEFT_PX = 62;
    private static final double RIGHT_PX = 18;
    private static final double TOP_PX = 14;
    private static final double BOTTOM_PX = 42;
    private static final Color SELECTED = Color.web("#0f172a");
    private static final Map<MemoryLevel, Color> LEVEL_COLOURS = Map.of(MemoryLevel.L1, Color.web("#0891b2"),
            MemoryLevel.L2, Color.web("#4f46e5"), MemoryLevel.L3, Color.web("#9333ea"), MemoryLevel.DRAM, Color.web("#334155"));
    private static final Map<Precision, Color> PRECISION_COLOURS = Map.of(Precision.FP32, Color.web("#dc2626"),
            Precision.FP16, Color.web("#ea580c"), Precision.INT8, Color.web("#15803d"));

    private final GraphicsContext g;
    private final double widthPx;
    private final double heightPx;

    RooflinePainter(GraphicsContext g, double widthPx, double heightPx) {
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
        LogAxis x = xAxis(runs, active.roofs());
        LogAxis y = yAxis(runs, active.roofs());
        grid(x, y);
        g.save();
        g.beginPath();
        g.rect(LEFT_PX, TOP_PX, widthPx - LEFT_PX - RIGHT_PX, heightPx - TOP_PX - BOTTOM_PX);
        g.clip();
        roofs(active.roofs(), x, y);
        List<PlacedMarker> placed = markers(runs, active, selected, x, y);
        g.restore();
        legend(runs, active);
        return placed;
    }

    private LogAxis xAxis(List<ProfileRun> runs, ThreadCeilings roofs) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (ProfileRun run : runs) {
            for (RooflinePoint p : run.plottedPoints()) {
                min = Math.min(min, p.intensity());
                max = Math.max(max, p.intensity());
            }
        }
        double peak = roofs.peakGflops().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (double bandwidth : roofs.bandwidthGbps().values()) {
            min = Math.min(min, peak / bandwidth / 10);
            max = Math.max(max, peak / bandwidth * 3);
        }
        return LogAxis.spanning(min == Double.MAX_VALUE ? 0.1 : min, Math.max(max, 1), LEFT_PX, widthPx - RIGHT_PX);
    }

    private LogAxis yAxis(List<ProfileRun> runs, ThreadCeilings roofs) {
        double min = Double.MAX_VALUE;
        double max = roofs.peakGflops().values().stream().mapToDouble(Double::doubleValue).max().orElse(1) * 1.5;
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

    private void roofs(ThreadCeilings roofs, LogAxis x, LogAxis y) {
        double topPeak = roofs.peakGflops().values().stream().mapToDouble(Double::doubleValue).max().orElse(y.max());
        double fastest = roofs.bandwidthGbps().values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        double angle = Math.toDegrees(Math.atan2(-y.pixelsPerDecade(), x.pixelsPerDecade()));
        g.setFont(Font.font(11));
        RoofLabels labels = new RoofLabels(-angle);
        for (MemoryLevel level : MemoryLevel.values()) {
            Double gbps = roofs.bandwidthGbps().get(level);
            if (gbps == null) {
                continue;
            }
            double endIntensity = Math.min(x.max(), topPeak / gbps);
            g.setStroke(LEVEL_COLOURS.get(level));
            g.setLineWidth(level == MemoryLevel.DRAM ? 2 : 1.5);
            g.setLineDashes();
            g.strokeLine(x.toPixel(x.min()), y.toPixel(gbps * x.min()), x.toPixel(endIntensity), y.toPixel(gbps * endIntensity));
            // Parallel lines lie close together: try spots along the line, above then below, until one is free.
            String label = ProfileText.bandwidthRoof(level, gbps);
            javafx.scene.text.Text measure = new javafx.scene.text.Text(label);
            measure.setFont(g.getFont());
            double textWidth = measure.getLayoutBounds().getWidth();
            double textHeight = measure.getLayoutBounds().getHeight();
            double entry = Math.max(x.min(), y.min() / gbps);
            double labelIntensity = entry * Math.pow(10, 0.1);
            boolean above = true;
            search:
            for (double decades = 0.1; decades < 2.5; decades += 0.3) {
                for (boolean side : new boolean[]{true, false}) {
                    double candidate = entry * Math.pow(10, decades);
                    if (labels.tryPlace(x.toPixel(candidate), y.toPixel(gbps * candidate), textWidth, textHeight, side, 3)) {
                        labelIntensity = candidate;
                        above = side;
                        break search;
                    }
                }
            }
            g.save();
            g.translate(x.toPixel(labelIntensity), y.toPixel(gbps * labelIntensity));
            g.rotate(-angle);
            g.setFill(LEVEL_COLOURS.get(level));
            text(label, 0, above ? -3 : 3, TextAlignment.LEFT, above ? VPos.BOTTOM : VPos.TOP);
            g.restore();
        }
        double lastLabelPx = Double.NEGATIVE_INFINITY;
        List<Precision> byPeak = roofs.peakGflops().keySet().stream()
                .sorted((a, b) -> Double.compare(roofs.peakGflops().get(b), roofs.peakGflops().get(a))).toList();
        for (Precision precision : byPeak) {
            double gflops = roofs.peakGflops().get(precision);
            double startIntensity = Double.isNaN(fastest) ? x.min() : Math.max(x.min(), gflops / fastest);
            g.setStroke(PRECISION_COLOURS.get(precision));
            g.setLineWidth(2);
            if (precision == Precision.FP32) {
                g.setLineDashes();
            } else {
                g.setLineDashes(7, 4);
            }
            double py = y.toPixel(gflops);
            g.strokeLine(x.toPixel(startIntensity), py, widthPx - RIGHT_PX, py);
            g.setLineDashes();
            g.setFill(PRECISION_COLOURS.get(precision));
            // A peak close below the previous one takes its label under the line.
            boolean below = py - lastLabelPx < 16;
            text(ProfileText.computeRoof(precision, gflops), widthPx - RIGHT_PX - 6, below ? py + 3 : py - 3,
                    TextAlignment.RIGHT, below ? VPos.TOP : VPos.BOTTOM);
            lastLabelPx = below ? py + 16 : py;
        }
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

    private void legend(List<ProfileRun> runs, ProfileRun active) {
        Set<OpFamily> families = new LinkedHashSet<>();
        runs.forEach(run -> run.plottedPoints().forEach(p -> families.add(OpFamily.of(p.opType()))));
        double lineHeight = 16;
        double rows = runs.size() + families.size();
        double boxWidth = 170;
        double left = LEFT_PX + 10;
        double top = TOP_PX + 10;
        g.setFill(Color.web("#ffffff", 0.88));
        g.fillRect(left, top, boxWidth, rows * lineHeight + 8);
        g.setStroke(ChartGrid.GRID);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, boxWidth, rows * lineHeight + 8);
        double row = top + 4 + lineHeight / 2;
        for (int i = 0; i < runs.size(); i++) {
            ProfileRun run = runs.get(i);
            g.setFill(Color.web("#64748b", run == active ? 0.9 : 0.4));
            g.setStroke(Color.web("#334155"));
            MarkerShape.forProfile(i).draw(g, left + 12, row, 5);
            g.setFill(Color.web("#0f172a"));
            g.setFont(run == active ? Font.font(null, FontWeight.BOLD, 11) : Font.font(11));
            text(run.label(), left + 24, row, TextAlignment.LEFT, VPos.CENTER);
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
