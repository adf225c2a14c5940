package io.tensorscope.app.workbench.chart;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the workbench's charts draw on: the part of JavaFX's {@code GraphicsContext} they use, with the same meaning
 * (state set, then shapes drawn with it; {@link #save()}/{@link #restore()} around transforms and clips), so one
 * painter draws on screen ({@link FxDrawing}) and into an SVG file ({@link SvgDrawing}).
 */
public interface Drawing {

    /** Sets the fill of shapes and text drawn next. */
    void setFill(Color fill);

    /** Sets the colour of lines and outlines drawn next. */
    void setStroke(Color stroke);

    /** Sets the width of lines drawn next, in user units. */
    void setLineWidth(double width);

    /** Sets the dash pattern of lines drawn next; none or null for solid lines. */
    void setLineDashes(double... dashes);

    /** Sets the font of text drawn next. */
    void setFont(Font font);

    /** @return the font text is drawn in */
    Font getFont();

    /** Sets where text is anchored horizontally. */
    void setTextAlign(TextAlignment alignment);

    /** Sets where text is anchored vertically. */
    void setTextBaseline(VPos baseline);

    /** Fills a rectangle. */
    void fillRect(double x, double y, double w, double h);

    /** Outlines a rectangle. */
    void strokeRect(double x, double y, double w, double h);

    /** Fills a rectangle with corners rounded by arcs of {@code arcW} × {@code arcH}. */
    void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    /** Outlines a rounded rectangle. */
    void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    /** Draws a line. */
    void strokeLine(double x1, double y1, double x2, double y2);

    /** Fills the ellipse inside the rectangle. */
    void fillOval(double x, double y, double w, double h);

    /** Outlines the ellipse inside the rectangle. */
    void strokeOval(double x, double y, double w, double h);

    /** Fills a polygon of {@code points} corners. */
    void fillPolygon(double[] xs, double[] ys, int points);

    /** Outlines a polygon of {@code points} corners. */
    void strokePolygon(double[] xs, double[] ys, int points);

    /** Draws text at the anchor point. */
    void fillText(String text, double x, double y);

    /** Draws text at the anchor point, squeezed to {@code maxWidth} when wider. */
    void fillText(String text, double x, double y, double maxWidth);

    /** Pushes the state (colours, widths, font, transform, clip). */
    void save();

    /** Pops the state pushed by the matching {@link #save()}. */
    void restore();

    /** Moves the origin. */
    void translate(double x, double y);

    /** Rotates the axes clockwise by {@code degrees}. */
    void rotate(double degrees);

    /** Scales the axes. */
    void scale(double x, double y);

    /** Starts a new path. */
    void beginPath();

    /** Starts a sub-path at a point. */
    void moveTo(double x, double y);

    /** Adds a line to a point. */
    void lineTo(double x, double y);

    /** Closes the sub-path. */
    void closePath();

    /** Adds a rectangle to the path. */
    void rect(double x, double y, double w, double h);

    /** Outlines the path. */
    void stroke();

    /** Fills the path. */
    void fill();

    /** Limits what is drawn next to the path, until the matching {@link #restore()}. */
    void clip();
}
