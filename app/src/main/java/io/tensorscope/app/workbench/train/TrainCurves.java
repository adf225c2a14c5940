package io.tensorscope.app.workbench.train;

import io.tensorscope.app.workbench.chart.Drawing;
import io.tensorscope.app.workbench.chart.ChartTheme;
import io.tensorscope.app.workbench.chart.SvgDrawing;
import io.tensorscope.app.workbench.shared.ImageExport;
import io.tensorscope.app.workbench.chart.ChartGrid;
import io.tensorscope.app.workbench.chart.LinearAxis;
import io.tensorscope.engine.train.EpochStats;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The Train tab's curves, one point per finished epoch: train loss on the left axis, validation accuracy (%) on the
 * right, epochs along the bottom up to the number asked for. Repaints as each epoch arrives.
 */
final class TrainCurves extends Pane {

    /** Colour of the train-loss curve. */
    static final Color LOSS = Color.web("#dc2626");
    /** Colour of the validation-accuracy curve. */
    static final Color ACCURACY = Color.web("#2563eb");

    private static final double LEFT_PX = 64;
    private static final double RIGHT_PX = 64;
    private static final double TOP_PX = 50;
    private static final double BOTTOM_PX = 44;
    private static final double DOT_PX = 4;
    private static final double MIN_ACCURACY_SPAN = 2;
    private static final double MIN_LOSS_SPAN = 1e-6;
    private static final int EPOCH_TICKS = 10;

    private final TrainViewModel viewModel;
    private final Canvas canvas = new Canvas();

    TrainCurves(TrainViewModel viewModel) {
        this.viewModel = viewModel;
        setId("train-curves");
        ImageExport.install(this, "training-curves", this::svg);
        ChartTheme.follow(this, this::paint);
        getChildren().add(canvas);
        setMinSize(320, 220);
        viewModel.epochs().addListener((ListChangeListener<EpochStats>) c -> paint());
        viewModel.plannedEpochsProperty().addListener((obs, old, now) -> paint());
        widthProperty().addListener((obs, old, now) -> paint());
        heightProperty().addListener((obs, old, now) -> paint());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    private void paint() {
        paint(ChartTheme.onScreen(canvas.getGraphicsContext2D()), canvas.getWidth(), canvas.getHeight());
    }

    /** @return the curves as they are on screen, as an SVG document */
    public String svg() {
        SvgDrawing svg = new SvgDrawing(canvas.getWidth(), canvas.getHeight());
        paint(svg, canvas.getWidth(), canvas.getHeight());
        return svg.document();
    }

    private void paint(Drawing g, double w, double h) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < LEFT_PX + RIGHT_PX || h < TOP_PX + BOTTOM_PX) {
            return;
        }
        List<EpochStats> epochs = List.copyOf(viewModel.epochs());
        double right = w - RIGHT_PX;
        double bottom = h - BOTTOM_PX;
        LinearAxis x = epochAxis(Math.max(Math.max(2, viewModel.plannedEpochsProperty().get()), epochs.size()), right);
        double maxLoss = epochs.stream().mapToDouble(EpochStats::trainLoss).max().orElse(1);
        LinearAxis loss = LinearAxis.around(0, maxLoss, MIN_LOSS_SPAN, 0, Double.MAX_VALUE, bottom, TOP_PX);
        double low = epochs.stream().mapToDouble(e -> 100 * e.validationAccuracy()).min().orElse(0);
        double high = epochs.stream().mapToDouble(e -> 100 * e.validationAccuracy()).max().orElse(100);
        LinearAxis accuracy = LinearAxis.around(low, high, MIN_ACCURACY_SPAN, 0, 100, bottom, TOP_PX);
        ChartGrid.paint(g, x, loss, LEFT_PX, TOP_PX, right, bottom);
        g.setFill(ACCURACY);
        for (double value : accuracy.gridValues()) {
            ChartGrid.text(g, accuracy.gridLabel(value) + " %", right + 6, accuracy.toPixel(value), TextAlignment.LEFT,
                    VPos.CENTER);
        }
        g.setFill(ChartGrid.AXIS_TEXT);
        ChartGrid.text(g, "epoch", (LEFT_PX + right) / 2, bottom + 24, TextAlignment.CENTER, VPos.TOP);
        legend(g, right);
        if (epochs.isEmpty()) {
            g.setFill(ChartGrid.AXIS_TEXT);
            g.setFont(Font.font(13));
            ChartGrid.text(g, "Each epoch adds a point as it ends.", (LEFT_PX + right) / 2, (TOP_PX + bottom) / 2,
                    TextAlignment.CENTER, VPos.CENTER);
            return;
        }
        curve(g, epochs, x, loss, EpochStats::trainLoss, LOSS);
        curve(g, epochs, x, accuracy, e -> 100 * e.validationAccuracy(), ACCURACY);
    }

    /** @return epochs 1..{@code last} (rounded up to a tick) on whole-number ticks */
    private static LinearAxis epochAxis(int last, double rightPx) {
        double step = Math.max(1, LinearAxis.niceStep((last - 1.0) / EPOCH_TICKS));
        return new LinearAxis(1, 1 + Math.ceil((last - 1) / step) * step, step, LEFT_PX, rightPx);
    }

    private static void legend(Drawing g, double right) {
        g.setFont(Font.font(12));
        g.setFill(LOSS);
        ChartGrid.text(g, "● train loss (left axis)", LEFT_PX, TOP_PX - 30, TextAlignment.LEFT, VPos.CENTER);
        g.setFill(ACCURACY);
        ChartGrid.text(g, "validation accuracy (right axis) ●", right, TOP_PX - 14, TextAlignment.RIGHT, VPos.CENTER);
    }

    private static void curve(Drawing g, List<EpochStats> epochs, LinearAxis x, LinearAxis y,
                              ToDoubleFunction<EpochStats> value, Color colour) {
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < epochs.size(); i++) {
            double px = x.toPixel(epochs.get(i).epoch());
            double py = y.toPixel(value.applyAsDouble(epochs.get(i)));
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        for (EpochStats e : epochs) {
            g.fillOval(x.toPixel(e.epoch()) - DOT_PX, y.toPixel(value.applyAsDouble(e)) - DOT_PX, 2 * DOT_PX,
                    2 * DOT_PX);
        }
    }
}
