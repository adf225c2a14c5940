package io.tensorscope.profiler.report.gain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of {@link ReportFixtures} in every format against files checked in under {@code src/test/resources/golden}
 * (ordering and number formatting are part of the contract). {@code -Dtensorscope.golden=update} rewrites them.
 */
class GainReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    private static GainReport report() {
        Fingerprint fingerprint = new Fingerprint("test cpu", 2, 1, "Linux 6 amd64", "17.0.15", "ONNX Runtime test",
                "0.1.0", List.of(new Fingerprint.Ceiling("DRAM bandwidth", 20, "GB/s")), List.of("a test machine"));
        return GainReportBuilder.build(ReportFixtures.subjects(), Budget.DEFAULT, fingerprint, ReportFixtures.ceilings(),
                ReportFixtures.AT);
    }

    private void matches(String name, Path written) throws IOException {
        String actual = Files.readString(written, StandardCharsets.UTF_8);
        if ("update".equals(System.getProperty("tensorscope.golden"))) {
            Files.writeString(GOLDEN.resolve(name), actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8), actual, name);
    }

    @Test
    void jsonIsTheReportModel() throws Exception {
        Path file = dir.resolve("report.json");
        GainReportFiles.write(report(), file);
        matches("report.json", file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"speed_up\"") && json.contains("\"ci95_low\"") && json.contains("\"before_micros\""),
                "snake_case keys of the model");
        assertFalse(json.contains("NaN"), "unmeasured figures are null");
    }

    @Test
    void htmlIsSelfContained() throws Exception {
        Path file = dir.resolve("report.html");
        GainReportFiles.write(report(), file);
        matches("report.html", file);
        String html = Files.readString(file);
        assertFalse(html.contains("<script") || html.contains("http://") && !html.contains("xmlns=\"http://www.w3.org"),
                "no script, nothing fetched");
        assertFalse(html.contains("https://") || html.contains("src="), "no external resource");
        assertEquals(3, html.split("<svg ", -1).length - 1, "two trade-off charts and one roofline");
        assertTrue(html.indexOf("Summary") < html.indexOf("Machine and software")
                && html.indexOf("Machine and software") < html.indexOf("Latency and accuracy")
                && html.indexOf("Latency and accuracy") < html.indexOf("Trade-offs")
                && html.indexOf("Trade-offs") < html.indexOf("Layers:")
                && html.indexOf("Layers:") < html.indexOf("How each candidate was made"), "sections in order");
    }

    @Test
    void csvHasOneRowPerModelThenTheLayerTable() throws Exception {
        Path file = dir.resolve("report.csv");
        GainReportFiles.write(report(), file);
        matches("report.csv", file);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("model,baseline,experiment_id,size_bytes"));
        assertTrue(lines.get(2).startsWith("dynamic int8,false,c0000000"));
        assertEquals("", lines.get(3), "a blank line before the layer section");
        assertTrue(lines.get(4).startsWith("layers of dynamic int8,op_type,before_us"));
        assertTrue(lines.get(5).startsWith("conv,Conv,100.0,35.0,65.0"));
    }

    @Test
    void pdfHasEveryBlockInAnEmbeddedFont() throws Exception {
        Path file = dir.resolve("report.pdf");
        GainReportFiles.write(report(), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Summary", "misses", "Machine and software", "Latency and accuracy",
                    "[60.00, 100.00]", "Per class: dynamic int8", "Layers: dynamic int8", "fp32 → int8",
                    "How each candidate was made", "--step dynamic-int8:per-channel=false", "page 1 of")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
            PDPage first = pdf.getPage(0);
            for (COSName name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
            assertEquals("1 candidate against toy", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void anUnknownEndingIsRefusedBeforeAnythingIsWritten() {
        Path file = dir.resolve("report.docx");
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> GainReportFiles.write(report(), file));
        assertEquals("a report file must end in .html, .pdf, .csv or .json, not 'report.docx'", e.getMessage());
        assertFalse(Files.exists(file));
    }
}
