package io.tensorscope.app.workbench.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import java.util.function.UnaryOperator;

/**
 * A {@link Drawing} on a canvas: every call goes to its {@code GraphicsContext}, colours through a mapping (the
 * theme's, {@link ChartTheme}).
 */
public final class FxDrawing implements Drawing {

    private final GraphicsContext g;
    private final UnaryOperator<Color> colours;

    /** @param g the canvas's context, drawn on in the colours given */
    public FxDrawing(GraphicsContext g) {
        this(g, UnaryOperator.identity());
    }

    /** @param colours maps each colour set to the one drawn */
    FxDrawing(GraphicsContext g, UnaryOperator<Color> colours) {
        this.g = g;
        this.colours = colours;
    }

    @Override
    public void setFill(Color fill) {
        g.setFill(colours.apply(fill));
    }

    @Override
    public void setStroke(Color stroke) {
        g.setStroke(colours.apply(stroke));
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        g.setLineDashes(dashes);
    }

    @Override
    public void setFont(Font font) {
        g.setFont(font);
    }

    @Override
    public Font getFont() {
        return g.getFont();
    }

    @Override
    public void setTextAlign(TextAlignment alignment) {
        g.setTextAlign(alignment);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        g.setTextBaseline(baseline);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        g.fillRoundRect(x, y, w, h, arcW, arcH);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        g.strokeRoundRect(x, y, w, h, arcW, arcH);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        g.fillPolygon(xs, ys, points);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        g.strokePolygon(xs, ys, points);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        g.fillText(text, x, y, maxWidth);
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void translate(double x, double y) {
        g.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        g.rotate(degrees);
    }

    @Override
    public void scale(double x, double y) {
        g.scale(x, y);
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        g.rect(x, y, w, h);
    }

    @Override
    public void stroke() {
        g.stroke();
    }

    @Override
    public void fill() {
        g.fill();
    }

    @Override
    public void clip() {
        g.clip();
    }
}
