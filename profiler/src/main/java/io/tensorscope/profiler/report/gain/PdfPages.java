package io.tensorscope.profiler.report.gain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF document written top to bottom: A4 landscape pages, DejaVu Sans embedded (a subset), a cursor that moves
 * down and starts a new page when what comes next would not fit, a footer with the title and page numbers.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 36;
    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    PdfPages() throws IOException {
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream("/tensorscope/assets/fonts/" + file)) {
            if (in == null) {
                throw new IOException("the font " + file + " is not bundled (tensorscope-assets is incomplete)");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /** @return the open page's drawing stream, after making sure {@code height} points are left on it */
    PDPageContentStream room(float height) throws IOException {
        if (page == null || y - height < MARGIN + 14) {
            newPage();
        }
        return page;
    }

    /** @return the cursor: the page height, in points from the bottom, where the next block starts */
    float y() {
        return y;
    }

    /** Moves the cursor down {@code points}. */
    void down(float points) {
        y -= points;
    }

    /** @return whether the cursor sits at the top of a page */
    boolean atTop() {
        return y >= SIZE.getHeight() - MARGIN;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(SIZE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = SIZE.getHeight() - MARGIN;
    }

    /** @return {@code text} with every character the font lacks replaced by {@code ?} */
    String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** @return the width of {@code text} in {@code font} at {@code size} points */
    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Closes the last page, writes the footers and returns the document, still to be saved and closed. */
    PDDocument finish(String title) throws IOException {
        if (page == null) {
            newPage();
        }
        page.close();
        page = null;
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String number = String.format(Locale.ROOT, "page %d of %d", i + 1, count);
                footer.beginText();
                footer.setFont(regular, 7);
                footer.setNonStrokingColor(0.4f, 0.4f, 0.4f);
                footer.newLineAtOffset(MARGIN, MARGIN / 2);
                footer.showText(printable(title, regular));
                footer.newLineAtOffset(WIDTH - width(number, regular, 7), 0);
                footer.showText(number);
                footer.endText();
            }
        }
        return document;
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
        }
        document.close();
    }
}
