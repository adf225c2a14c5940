package io.tensorscope.profiler.report.gain;

import io.tensorscope.profiler.report.gain.ReportBlock.Cell;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A {@link GainReport} as a paginated PDF (A4 landscape) that reads well printed: the same blocks as the HTML page,
 * text in embedded DejaVu Sans, charts as vector paths, tables that repeat their header on every page they span and
 * shorten a cell that would not fit with an ellipsis.
 */
public final class GainReportPdf {

    private static final float TABLE_SIZE = 7.5f;
    private static final float ROW = 11;
    private static final float PAD = 3;
    private static final float CHART_SCALE = 0.72f;
    private static final float GAP = 12;

    private GainReportPdf() {
    }

    /** Writes the document to {@code out}. */
    public static void write(GainReport report, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            float besideTop = Float.NaN;
            for (ReportBlock block : ReportDocuments.of(report)) {
                if (block instanceof ReportBlock.Chart c) {
                    besideTop = chart(pages, c, besideTop);
                    continue;
                }
                besideTop = Float.NaN;
                if (block instanceof ReportBlock.Heading h) {
                    heading(pages, h);
                } else if (block instanceof ReportBlock.Paragraph p) {
                    paragraph(pages, p);
                } else if (block instanceof ReportBlock.Table t) {
                    table(pages, t);
                }
            }
            PDDocument document = pages.finish(report.title());
            document.getDocumentInformation().setTitle(report.title());
            document.getDocumentInformation().setCreator("Tensorscope " + report.fingerprint().tensorscope());
            document.save(out);
        }
    }

    private static void heading(PdfPages pages, ReportBlock.Heading h) throws IOException {
        float size = h.level() == 1 ? 15 : h.level() == 2 ? 12 : 10;
        float before = pages.atTop() ? 0 : h.level() == 3 ? 6 : 12;
        PDPageContentStream page = pages.room(before + size + 4 * ROW);
        pages.down(pages.atTop() ? size : before + size);
        text(page, pages.bold(), size, PdfPages.MARGIN, pages.y(), pages.printable(h.text(), pages.bold()), 0.1f);
        pages.down(6);
    }

    private static void paragraph(PdfPages pages, ReportBlock.Paragraph p) throws IOException {
        float size = p.note() ? 7.5f : 9;
        for (String line : wrap(pages.printable(p.text(), pages.regular()), pages.regular(), size, PdfPages.WIDTH)) {
            PDPageContentStream page = pages.room(size + 3);
            pages.down(size + 3);
            text(page, pages.regular(), size, PdfPages.MARGIN, pages.y(), line, p.note() ? 0.35f : 0.1f);
        }
        pages.down(4);
    }

    private static void table(PdfPages pages, ReportBlock.Table t) throws IOException {
        int columns = t.headers().size();
        float[] widths = new float[columns];
        float[] least = new float[columns];
        for (int c = 0; c < columns; c++) {
            least[c] = PdfPages.width(pages.printable(t.headers().get(c), pages.bold()), pages.bold(), TABLE_SIZE)
                    + 2 * PAD;
            widths[c] = least[c];
            for (List<Cell> row : t.rows()) {
                Cell cell = row.get(c);
                float w = PdfPages.width(pages.printable(cell.text(), pages.regular()), pages.regular(), TABLE_SIZE)
                        + 2 * PAD;
                widths[c] = Math.max(widths[c], w);
                least[c] = cell.isText() ? least[c] : Math.max(least[c], w);
            }
        }
        fit(widths, least);
        header(pages, t, widths);
        for (List<Cell> row : t.rows()) {
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                Cell cell = row.get(c);
                PDFont font = cell.style().isEmpty() ? pages.regular() : pages.bold();
                String text = pages.printable(cell.text(), font);
                lines.add(cell.isText() ? wrap(text, font, TABLE_SIZE, widths[c] - 2 * PAD)
                        : List.of(clip(text, font, widths[c] - 2 * PAD)));
                height = Math.max(height, lines.get(c).size());
            }
            if (pages.y() - height * ROW < PdfPages.MARGIN + 14) {
                pages.room(PdfPages.SIZE.getHeight());
                header(pages, t, widths);
            }
            PDPageContentStream page = pages.room(height * ROW);
            float top = pages.y();
            float x = PdfPages.MARGIN;
            for (int c = 0; c < columns; c++) {
                Cell cell = row.get(c);
                PDFont font = cell.style().isEmpty() ? pages.regular() : pages.bold();
                float grey = 0.1f;
                for (int l = 0; l < lines.get(c).size(); l++) {
                    String text = lines.get(c).get(l);
                    float left = cell.isText() ? x + PAD : x + widths[c] - PAD - PdfPages.width(text, font, TABLE_SIZE);
                    if (cell.style().equals("meets")) {
                        page.setNonStrokingColor(0.09f, 0.47f, 0.31f);
                    } else if (cell.style().equals("misses")) {
                        page.setNonStrokingColor(0.71f, 0.14f, 0.09f);
                    } else {
                        page.setNonStrokingColor(grey, grey, grey);
                    }
                    page.beginText();
                    page.setFont(font, TABLE_SIZE);
                    page.newLineAtOffset(left, top - (l + 1) * ROW + 3);
                    page.showText(text);
                    page.endText();
                }
                x += widths[c];
            }
            pages.down(height * ROW);
            page.setStrokingColor(0.85f, 0.85f, 0.85f);
            page.setLineWidth(0.4f);
            page.moveTo(PdfPages.MARGIN, pages.y());
            page.lineTo(x, pages.y());
            page.stroke();
        }
        pages.down(8);
    }

    private static void header(PdfPages pages, ReportBlock.Table t, float[] widths) throws IOException {
        PDPageContentStream page = pages.room(3 * ROW);
        pages.down(ROW);
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        page.setNonStrokingColor(0.93f, 0.93f, 0.93f);
        page.addRect(PdfPages.MARGIN, pages.y(), total, ROW);
        page.fill();
        float x = PdfPages.MARGIN;
        for (int c = 0; c < widths.length; c++) {
            String text = clip(pages.printable(t.headers().get(c), pages.bold()), pages.bold(), widths[c] - 2 * PAD);
            text(page, pages.bold(), TABLE_SIZE, x + PAD, pages.y() + 3, text, 0.1f);
            x += widths[c];
        }
    }

    /** Narrows the widest text columns, never below {@code least}, until the table fits the page width. */
    private static void fit(float[] widths, float[] least) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        while (total > PdfPages.WIDTH + 0.5f) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                widest = widths[c] > least[c] && (widest < 0 || widths[c] > widths[widest]) ? c : widest;
            }
            if (widest < 0) {
                return;
            }
            float cut = Math.min(Math.min(total - PdfPages.WIDTH, widths[widest] - least[widest]),
                    Math.max(1, widths[widest] / 8));
            widths[widest] -= cut;
            total -= cut;
        }
    }

    /**
     * Draws a chart beside the one before it when that one left room ({@code besideTop}: the top of its row, else NaN),
     * else below.
     *
     * @return the top of this chart's row when the next chart may go beside it, else NaN
     */
    private static float chart(PdfPages pages, ReportBlock.Chart c, float besideTop) throws IOException {
        float width = (float) ChartFrame.WIDTH * CHART_SCALE;
        float height = (float) ChartFrame.HEIGHT * CHART_SCALE;
        if (!Float.isNaN(besideTop)) {
            c.drawing().accept(new PdfSketch(pages.room(0), pages.regular(), PdfPages.MARGIN + width + GAP, besideTop,
                    CHART_SCALE));
            return Float.NaN;
        }
        PDPageContentStream page = pages.room(height + 6);
        float top = pages.y();
        c.drawing().accept(new PdfSketch(page, pages.regular(), PdfPages.MARGIN, top, CHART_SCALE));
        pages.down(height + 6);
        return 2 * width + GAP <= PdfPages.WIDTH ? top : Float.NaN;
    }

    private static void text(PDPageContentStream page, PDFont font, float size, float x, float y, String text,
                             float grey) throws IOException {
        page.setNonStrokingColor(grey, grey, grey);
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }

    private static String clip(String text, PDFont font, float width) throws IOException {
        if (PdfPages.width(text, font, TABLE_SIZE) <= width + 0.01f) {
            return text;
        }
        String clipped = text;
        while (!clipped.isEmpty() && PdfPages.width(clipped + "…", font, TABLE_SIZE) > width) {
            clipped = clipped.substring(0, clipped.length() - 1);
        }
        return clipped + "…";
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (PdfPages.width(candidate, font, size) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
