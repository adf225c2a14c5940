package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.chart.Drawing;
import io.tensorscope.app.workbench.chart.ChartGrid;
import io.tensorscope.app.workbench.chart.LinearAxis;
import io.tensorscope.profiler.experiment.ExperimentCost;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Paints the experiments of a model once: score (%) against median latency (ms, with the p10–p90 spread) or size
 * (MiB); the Pareto front as a line through filled markers, dominated experiments hollow, the original as a square,
 * each marker labelled with its name. Experiments apart from the comparison: scored on other samples as dashed pale
 * rings, flagged for low fidelity as amber warning triangles. After an Auto search: its accuracy budget as a line below
 * the original's score, its best candidate so far in green, its candidates over the budget as red rings.
 */
final class ScatterPainter {

    /**
     * The experiments kept out of the comparison.
     *
     * @param otherSamples scored on other samples than the original
     * @param lowFidelity  flagged for low fidelity to the original
     */
    record Apart(Set<CompressExperiment> otherSamples, Set<CompressExperiment> lowFidelity) {

        Apart {
            otherSamples = Set.copyOf(otherSamples);
            lowFidelity = Set.copyOf(lowFidelity);
        }
    }

    private static final double LEFT_PX = 64;
    private static final double RIGHT_PX = 24;
    private static final double TOP_PX = 16;
    private static final double BOTTOM_PX = 44;
    private static final double RADIUS_PX = 7;
    private static final double MIB = 1024 * 1024;
    /** Scores closer together than this (percentage points) are shown on an axis this wide. */
    private static final double MIN_SCORE_SPAN_POINTS = 1;
    private static final Color TEXT = Color.web("#0f172a");
    private static final Color FRONT = Color.web("#2563eb");
    private static final Color DOMINATED = Color.web("#94a3b8");
    private static final Color ORIGINAL = Color.web("#334155");
    private static final Color SELECTED = Color.web("#f59e0b");
    private static final Color BEST = Color.web("#16a34a");
    private static final Color OVER_BUDGET = Color.web("#dc2626");
    private static final Color OTHER_SAMPLES = Color.web("#cbd5e1");
    private static final Color LOW_FIDELITY = Color.web("#d97706");
    private static final double LEGEND_ROW_PX = 16;

    private final Drawing g;
    private final double widthPx;
    private final double heightPx;

    ScatterPainter(Drawing g, double widthPx, double heightPx) {
        this.g = g;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /** @return the x value of {@code s} under {@code cost}: median ms or MiB */
    static double xValue(ExperimentSummary s, ExperimentCost cost) {
        return cost == ExperimentCost.LATENCY_MILLIS ? s.latencyMillis().median() : s.sizeBytes() / MIB;
    }

    /**
     * @param experiments every experiment of the model, the original first
     * @param front       those on the Pareto front
     * @param selected    the selected experiment, or null
     * @param cost        latency or size on the x axis
     * @param verdicts    the latest Auto search's verdicts ({@link AutoVerdicts#NONE} before one)
     * @param apart       the experiments kept out of the comparison
     * @return the markers drawn
     */
    List<PlacedExperiment> paint(List<CompressExperiment> experiments, List<CompressExperiment> front,
                                 CompressExperiment selected, ExperimentCost cost, AutoVerdicts verdicts, Apart apart) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, widthPx, heightPx);
        List<CompressExperiment> scored = experiments.stream().filter(e -> !Double.isNaN(e.summary().metricValue())).toList();
        if (scored.isEmpty() || widthPx < LEFT_PX + RIGHT_PX + 40 || heightPx < TOP_PX + BOTTOM_PX + 40) {
            return List.of();
        }
        boolean latency = cost == ExperimentCost.LATENCY_MILLIS;
        double xLow = scored.stream().mapToDouble(e -> latency ? e.summary().latencyMillis().p10() : xValue(e.summary(), cost)).min().orElse(0);
        double xHigh = scored.stream().mapToDouble(e -> latency ? e.summary().latencyMillis().p90() : xValue(e.summary(), cost)).max().orElse(1);
        LinearAxis x = LinearAxis.around(xLow, xHigh, xHigh * 0.2, 0, Double.MAX_VALUE, LEFT_PX, widthPx - RIGHT_PX);
        double floor = budgetFloor(scored, verdicts);
        LinearAxis y = LinearAxis.around(Math.min(floor, scored.stream().mapToDouble(e -> 100 * e.summary().metricValue())
                        .min().orElse(0)),
                scored.stream().mapToDouble(e -> 100 * e.summary().metricValue()).max().orElse(100), MIN_SCORE_SPAN_POINTS,
                0, 100, heightPx - BOTTOM_PX, TOP_PX);
        ExperimentSummary first = scored.get(0).summary();
        grid(x, y, latency ? "Latency, median with p10–p90 (ms, 1 thread)" : "Model size (MiB)",
                first.metric() + " (%)");
        g.save();
        g.beginPath();
        double markerPx = RADIUS_PX + 4;
        g.rect(LEFT_PX, TOP_PX - markerPx, widthPx - LEFT_PX - RIGHT_PX, heightPx - TOP_PX - BOTTOM_PX + 2 * markerPx);
        g.clip();
        frontLine(front, cost, x, y);
        budgetLine(floor, y, verdicts.budgetPoints());
        List<PlacedExperiment> placed = new ArrayList<>();
        for (CompressExperiment e : scored) {
            double px = x.toPixel(xValue(e.summary(), cost));
            double py = y.toPixel(100 * e.summary().metricValue());
            if (latency) {
                g.setStroke(DOMINATED);
                g.setLineWidth(1.5);
                g.strokeLine(x.toPixel(e.summary().latencyMillis().p10()), py, x.toPixel(e.summary().latencyMillis().p90()), py);
            }
            marker(e, front.contains(e), e == selected, verdicts, apart, px, py);
            placed.add(new PlacedExperiment(e, px, py, RADIUS_PX));
        }
        labels(placed, verdicts);
        g.restore();
        legend(verdicts.searched(), !apart.otherSamples().isEmpty(), !apart.lowFidelity().isEmpty());
        return placed;
    }

    /** @return the lowest score within the search's budget, %: the original's less the budget; +∞ without a search */
    private static double budgetFloor(List<CompressExperiment> scored, AutoVerdicts verdicts) {
        return !verdicts.searched() ? Double.POSITIVE_INFINITY : scored.stream().filter(CompressExperiment::isOriginal)
                .mapToDouble(e -> 100 * e.summary().metricValue() - verdicts.budgetPoints()).findFirst()
                .orElse(Double.POSITIVE_INFINITY);
    }

    private void budgetLine(double floor, LinearAxis y, double budgetPoints) {
        if (Double.isInfinite(floor)) {
            return;
        }
        double py = y.toPixel(floor);
        g.setStroke(OVER_BUDGET.deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(1.5);
        g.setLineDashes(3, 3);
        g.strokeLine(LEFT_PX, py, widthPx - RIGHT_PX, py);
        g.setLineDashes();
        g.setFont(Font.font(11));
        g.setFill(OVER_BUDGET);
        text("accuracy budget −" + AutoText.budget(budgetPoints), LEFT_PX + 6, py + 2, TextAlignment.LEFT, VPos.TOP);
    }

    private void grid(LinearAxis x, LinearAxis y, String xTitle, String yTitle) {
        ChartGrid.paint(g, x, y, LEFT_PX, TOP_PX, widthPx - RIGHT_PX, heightPx - BOTTOM_PX);
        g.setStroke(DOMINATED);
        g.strokeRect(LEFT_PX + 0.5, TOP_PX + 0.5, widthPx - LEFT_PX - RIGHT_PX, heightPx - TOP_PX - BOTTOM_PX);
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        text(xTitle, (LEFT_PX + widthPx - RIGHT_PX) / 2, heightPx - 4, TextAlignment.CENTER, VPos.BOTTOM);
        g.save();
        g.translate(12, (TOP_PX + heightPx - BOTTOM_PX) / 2);
        g.rotate(-90);
        text(yTitle, 0, 0, TextAlignment.CENTER, VPos.CENTER);
        g.restore();
    }

    /** The front as a staircase: from each point, cheaper-and-worse to dearer-and-better. */
    private void frontLine(List<CompressExperiment> front, ExperimentCost cost, LinearAxis x, LinearAxis y) {
        List<CompressExperiment> sorted = front.stream()
                .sorted(Comparator.comparingDouble(e -> xValue(e.summary(), cost))).toList();
        if (sorted.size() < 2) {
            return;
        }
        g.setStroke(FRONT.deriveColor(0, 1, 1, 0.7));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.beginPath();
        for (int i = 0; i < sorted.size(); i++) {
            double px = x.toPixel(xValue(sorted.get(i).summary(), cost));
            double py = y.toPixel(100 * sorted.get(i).summary().metricValue());
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        g.setLineDashes();
    }

    private void marker(CompressExperiment e, boolean onFront, boolean selected, AutoVerdicts verdicts, Apart apart,
                        double px, double py) {
        if (selected) {
            g.setStroke(SELECTED);
            g.setLineWidth(3);
            g.strokeOval(px - RADIUS_PX - 4, py - RADIUS_PX - 4, 2 * RADIUS_PX + 8, 2 * RADIUS_PX + 8);
        }
        if (apart.lowFidelity().contains(e)) {
            warningTriangle(px, py, RADIUS_PX);
            return;
        }
        if (apart.otherSamples().contains(e)) {
            g.setLineWidth(2);
            g.setStroke(OTHER_SAMPLES);
            g.setFill(Color.WHITE);
            g.setLineDashes(3, 2);
            g.fillOval(px - RADIUS_PX, py - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
            g.strokeOval(px - RADIUS_PX, py - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
            g.setLineDashes();
            return;
        }
        boolean over = verdicts.isOverBudget(e);
        boolean filled = onFront && !over;
        Color colour = e.isOriginal() ? ORIGINAL : verdicts.isBest(e) ? BEST : over ? OVER_BUDGET : onFront ? FRONT
                : DOMINATED;
        g.setLineWidth(2);
        g.setStroke(colour);
        g.setFill(filled || verdicts.isBest(e) ? colour : Color.WHITE);
        if (e.isOriginal()) {
            double s = RADIUS_PX * 0.9;
            g.fillRect(px - s, py - s, 2 * s, 2 * s);
            g.strokeRect(px - s, py - s, 2 * s, 2 * s);
        } else {
            g.fillOval(px - RADIUS_PX, py - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
            g.strokeOval(px - RADIUS_PX, py - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
        }
    }

    /** An amber warning triangle with an exclamation mark, centred on ({@code px}, {@code py}). */
    private void warningTriangle(double px, double py, double r) {
        double[] xs = {px, px + r * 1.15, px - r * 1.15};
        double[] ys = {py - r * 1.2, py + r * 0.8, py + r * 0.8};
        g.setLineWidth(2);
        g.setFill(Color.web("#fef3c7"));
        g.setStroke(LOW_FIDELITY);
        g.fillPolygon(xs, ys, 3);
        g.strokePolygon(xs, ys, 3);
        g.setFill(LOW_FIDELITY);
        g.setFont(Font.font(null, FontWeight.BOLD, r * 1.3));
        text("!", px, py + r * 0.2, TextAlignment.CENTER, VPos.CENTER);
    }

    /** Names right of their markers (left near the right edge), nudged down when they would overlap an earlier one. */
    private void labels(List<PlacedExperiment> placed, AutoVerdicts verdicts) {
        g.setFont(Font.font(11.5));
        List<double[]> taken = new ArrayList<>();
        for (PlacedExperiment p : placed) {
            String name = p.experiment().name() + (verdicts.isBest(p.experiment()) ? ExperimentTable.BEST_MARK : "");
            javafx.scene.text.Text measure = new javafx.scene.text.Text(name);
            measure.setFont(g.getFont());
            double w = measure.getLayoutBounds().getWidth();
            double h = measure.getLayoutBounds().getHeight();
            boolean left = p.xPx() + RADIUS_PX + 6 + w > widthPx - RIGHT_PX;
            double lx = left ? p.xPx() - RADIUS_PX - 6 - w : p.xPx() + RADIUS_PX + 6;
            double ly = p.yPx() - h / 2;
            for (int attempt = 0; attempt < 6 && overlaps(taken, lx, ly, w, h); attempt++) {
                ly += (attempt % 2 == 0 ? 1 : -1) * (attempt / 2 + 1) * h;
            }
            taken.add(new double[]{lx, ly, w, h});
            g.setFill(Color.web("#ffffff", 0.85));
            g.fillRect(lx - 2, ly, w + 4, h);
            g.setFill(TEXT);
            text(name, lx, ly, TextAlignment.LEFT, VPos.TOP);
        }
    }

    private static boolean overlaps(List<double[]> taken, double x, double y, double w, double h) {
        return taken.stream().anyMatch(r -> x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h);
    }

    private void legend(boolean searched, boolean otherSamples, boolean lowFidelity) {
        double w = 190;
        if (widthPx - LEFT_PX - RIGHT_PX < w + 2 * LEGEND_ROW_PX) {
            return;
        }
        int rows = 3 + (searched ? 2 : 0) + (otherSamples ? 1 : 0) + (lowFidelity ? 1 : 0);
        double left = widthPx - RIGHT_PX - w - 8;
        double top = heightPx - BOTTOM_PX - rows * LEGEND_ROW_PX - 16;
        g.setFill(Color.web("#ffffff", 0.9));
        g.fillRect(left, top, w, rows * LEGEND_ROW_PX + 8);
        g.setStroke(ChartGrid.GRID);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, w, rows * LEGEND_ROW_PX + 8);
        g.setFont(Font.font(11));
        double row = top + 12;
        g.setFill(FRONT);
        g.fillOval(left + 8, row - 5, 10, 10);
        g.setStroke(FRONT.deriveColor(0, 1, 1, 0.7));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(left + 22, row, left + 40, row);
        g.setLineDashes();
        g.setFill(TEXT);
        text("Pareto front (best trade-offs)", left + 46, row, TextAlignment.LEFT, VPos.CENTER);
        row += 16;
        g.setStroke(DOMINATED);
        g.setFill(Color.WHITE);
        g.fillOval(left + 8, row - 5, 10, 10);
        g.strokeOval(left + 8, row - 5, 10, 10);
        g.setFill(TEXT);
        text("dominated", left + 46, row, TextAlignment.LEFT, VPos.CENTER);
        row += 16;
        g.setStroke(ORIGINAL);
        g.setFill(ORIGINAL);
        g.fillRect(left + 8, row - 5, 10, 10);
        g.setFill(TEXT);
        text("original model", left + 46, row, TextAlignment.LEFT, VPos.CENTER);
        if (otherSamples) {
            row += LEGEND_ROW_PX;
            g.setStroke(OTHER_SAMPLES);
            g.setLineWidth(2);
            g.setLineDashes(3, 2);
            g.strokeOval(left + 8, row - 5, 10, 10);
            g.setLineDashes();
            g.setFill(TEXT);
            text("other samples: not compared", left + 46, row, TextAlignment.LEFT, VPos.CENTER);
        }
        if (lowFidelity) {
            row += LEGEND_ROW_PX;
            warningTriangle(left + 13, row, 5);
            g.setFont(Font.font(11));
            g.setFill(TEXT);
            text("low fidelity: never best", left + 46, row, TextAlignment.LEFT, VPos.CENTER);
        }
        if (searched) {
            row += LEGEND_ROW_PX;
            g.setFill(BEST);
            g.fillOval(left + 8, row - 5, 10, 10);
            g.setFill(TEXT);
            text("Auto: best within budget", left + 46, row, TextAlignment.LEFT, VPos.CENTER);
            row += LEGEND_ROW_PX;
            g.setStroke(OVER_BUDGET);
            g.setLineWidth(2);
            g.strokeOval(left + 8, row - 5, 10, 10);
            g.setFill(TEXT);
            text("Auto: over the budget", left + 46, row, TextAlignment.LEFT, VPos.CENTER);
        }
    }

    private void text(String text, double x, double y, TextAlignment alignment, VPos baseline) {
        ChartGrid.text(g, text, x, y, alignment, baseline);
    }
}
