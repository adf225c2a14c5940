package io.tensorscope.app.workbench.chart;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * A {@link Drawing} that writes an SVG document: every shape and text as a vector element in the current transform,
 * clips as clip paths, so a chart exported from the workbench stays sharp at any size and its text stays text.
 */
public final class SvgDrawing implements Drawing {

    private final double widthPx;
    private final double heightPx;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder path = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private int openGroups;
    private int clips;

    /** Everything {@link #save()} keeps. */
    private static final class State {
        Color fill = Color.BLACK;
        Color stroke = Color.BLACK;
        double lineWidth = 1;
        double[] dashes = new double[0];
        Font font = Font.getDefault();
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        Affine transform = new Affine();
        int groupsAtSave;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.dashes = dashes;
            s.font = font;
            s.align = align;
            s.baseline = baseline;
            s.transform = new Affine(transform);
            return s;
        }
    }

    /** @param widthPx the picture's width, @param heightPx its height: the canvas's size on screen */
    public SvgDrawing(double widthPx, double heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /** @return the SVG document of everything drawn so far */
    public String document() {
        StringBuilder svg = new StringBuilder(body.length() + defs.length() + 300);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(number(widthPx)).append("\" height=\"").append(number(heightPx)).append("\" viewBox=\"0 0 ")
                .append(number(widthPx)).append(' ').append(number(heightPx)).append("\">\n");
        if (defs.length() > 0) {
            svg.append("<defs>\n").append(defs).append("</defs>\n");
        }
        svg.append(body);
        svg.append("</g>\n".repeat(openGroups));
        return svg.append("</svg>\n").toString();
    }

    @Override
    public void setFill(Color fill) {
        state.fill = fill;
    }

    @Override
    public void setStroke(Color stroke) {
        state.stroke = stroke;
    }

    @Override
    public void setLineWidth(double width) {
        state.lineWidth = width;
    }

    @Override
    public void setLineDashes(double... dashes) {
        state.dashes = dashes == null ? new double[0] : dashes.clone();
    }

    @Override
    public void setFont(Font font) {
        state.font = font;
    }

    @Override
    public Font getFont() {
        return state.font;
    }

    @Override
    public void setTextAlign(TextAlignment alignment) {
        state.align = alignment;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        state.baseline = baseline;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        element("rect", "x", x, "y", y, "width", w, "height", h).append(fillAttributes()).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        element("rect", "x", x, "y", y, "width", w, "height", h).append(strokeAttributes()).append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        element("rect", "x", x, "y", y, "width", w, "height", h, "rx", arcW / 2, "ry", arcH / 2)
                .append(fillAttributes()).append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        element("rect", "x", x, "y", y, "width", w, "height", h, "rx", arcW / 2, "ry", arcH / 2)
                .append(strokeAttributes()).append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        element("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2).append(strokeAttributes()).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        element("ellipse", "cx", x + w / 2, "cy", y + h / 2, "rx", w / 2, "ry", h / 2).append(fillAttributes())
                .append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        element("ellipse", "cx", x + w / 2, "cy", y + h / 2, "rx", w / 2, "ry", h / 2).append(strokeAttributes())
                .append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        element("polygon").append(" points=\"").append(points(xs, ys, points)).append('"').append(fillAttributes())
                .append("/>\n");
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int points) {
        element("polygon").append(" points=\"").append(points(xs, ys, points)).append('"').append(strokeAttributes())
                .append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        text(text, x, y, Double.NaN);
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        text(text, x, y, maxWidth);
    }

    private void text(String text, double x, double y, double maxWidth) {
        StringBuilder e = element("text", "x", x, "y", y);
        e.append(" font-family=\"").append(family(state.font)).append("\" font-size=\"").append(number(state.font.getSize()))
                .append('"');
        if (state.font.getStyle().toLowerCase(Locale.ROOT).contains("bold")) {
            e.append(" font-weight=\"bold\"");
        }
        e.append(" text-anchor=\"").append(switch (state.align) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            default -> "start";
        }).append("\" dominant-baseline=\"").append(switch (state.baseline) {
            case TOP -> "hanging";
            case CENTER -> "central";
            case BOTTOM -> "text-after-edge";
            default -> "alphabetic";
        }).append('"');
        if (!Double.isNaN(maxWidth) && maxWidth > 0 && width(text) > maxWidth) {
            e.append(" textLength=\"").append(number(maxWidth)).append("\" lengthAdjust=\"spacingAndGlyphs\"");
        }
        e.append(colour("fill", state.fill)).append('>').append(escaped(text)).append("</text>\n");
    }

    private double width(String text) {
        Text measure = new Text(text);
        measure.setFont(state.font);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void save() {
        State copy = state.copy();
        copy.groupsAtSave = openGroups;
        saved.push(state);
        state = copy;
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        while (openGroups > state.groupsAtSave) {
            body.append("</g>\n");
            openGroups--;
        }
        state = saved.pop();
    }

    @Override
    public void translate(double x, double y) {
        state.transform.appendTranslation(x, y);
    }

    @Override
    public void rotate(double degrees) {
        state.transform.appendRotation(degrees);
    }

    @Override
    public void scale(double x, double y) {
        state.transform.appendScale(x, y);
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        Point2D p = state.transform.transform(x, y);
        path.append('M').append(number(p.getX())).append(' ').append(number(p.getY())).append(' ');
    }

    @Override
    public void lineTo(double x, double y) {
        Point2D p = state.transform.transform(x, y);
        path.append('L').append(number(p.getX())).append(' ').append(number(p.getY())).append(' ');
    }

    @Override
    public void closePath() {
        path.append("Z ");
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
        closePath();
    }

    @Override
    public void stroke() {
        body.append("<path d=\"").append(path.toString().strip()).append('"').append(strokeAttributes(false))
                .append("/>\n");
    }

    @Override
    public void fill() {
        body.append("<path d=\"").append(path.toString().strip()).append('"').append(colour("fill", state.fill))
                .append("/>\n");
    }

    @Override
    public void clip() {
        String id = "clip" + ++clips;
        defs.append("<clipPath id=\"").append(id).append("\"><path d=\"").append(path.toString().strip())
                .append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        openGroups++;
    }

    /** @return {@code <name attr="v" …} with the current transform, unclosed */
    private StringBuilder element(String name, Object... attributesAndValues) {
        body.append('<').append(name);
        for (int i = 0; i < attributesAndValues.length; i += 2) {
            body.append(' ').append(attributesAndValues[i]).append("=\"")
                    .append(number((Double) attributesAndValues[i + 1])).append('"');
        }
        Affine t = state.transform;
        if (!t.isIdentity()) {
            body.append(" transform=\"matrix(").append(number(t.getMxx())).append(' ').append(number(t.getMyx()))
                    .append(' ').append(number(t.getMxy())).append(' ').append(number(t.getMyy())).append(' ')
                    .append(number(t.getTx())).append(' ').append(number(t.getTy())).append(")\"");
        }
        return body;
    }

    private String fillAttributes() {
        return colour("fill", state.fill);
    }

    private String strokeAttributes() {
        return strokeAttributes(true);
    }

    /** @param scaled whether the line width is in user units (the element carries the transform) */
    private String strokeAttributes(boolean scaled) {
        double width = scaled ? state.lineWidth : state.lineWidth * Math.sqrt(Math.abs(state.transform.determinant()));
        StringBuilder a = new StringBuilder(" fill=\"none\"").append(colour("stroke", state.stroke))
                .append(" stroke-width=\"").append(number(width)).append('"');
        if (state.dashes.length > 0) {
            a.append(" stroke-dasharray=\"").append(String.join(",", Arrays.stream(state.dashes)
                    .mapToObj(SvgDrawing::number).toList())).append('"');
        }
        return a.toString();
    }

    private static String colour(String attribute, Color c) {
        if (c == null || c.getOpacity() == 0) {
            return " " + attribute + "=\"none\"";
        }
        String hex = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
        String text = " " + attribute + "=\"" + hex + "\"";
        return c.getOpacity() < 1 ? text + " " + attribute + "-opacity=\"" + number(c.getOpacity()) + "\"" : text;
    }

    private static String family(Font font) {
        String family = font.getFamily();
        return family == null || family.startsWith("System") ? "sans-serif" : escaped(family) + ", sans-serif";
    }

    private static String points(double[] xs, double[] ys, int points) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < points; i++) {
            p.append(i == 0 ? "" : " ").append(number(xs[i])).append(',').append(number(ys[i]));
        }
        return p.toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** @return {@code value} with at most 2 decimals, no trailing zeros (SVG files stay small and diffable) */
    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }
}
