package io.tensorscope.profiler.report.gain;

import io.tensorscope.profiler.report.gain.ReportBlock.Cell;

/**
 * A {@link GainReport} as one self-contained HTML page: inline CSS, charts as inline SVG, no script, font or image
 * from anywhere else, so it opens offline and prints as it shows.
 */
public final class GainReportHtml {

    private static final String CSS = """
            body{font-family:sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.35}
            h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}h3{font-size:1em}
            table{border-collapse:collapse;margin:.5em 0;font-size:.88em}
            th,td{border:1px solid #ddd;padding:3px 7px;text-align:right}th{background:#f3f3f3}
            td.t,th.t{text-align:left}.meets{color:#18794e;font-weight:bold}.misses{color:#b42318;font-weight:bold}
            .note{color:#555;font-size:.9em}svg{margin:0 1em 1em 0;border:1px solid #eee}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}}
            """;

    private GainReportHtml() {
    }

    /** @return the page */
    public static String render(GainReport report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(report.title())).append("</title><style>").append(CSS).append("</style></head><body>\n");
        for (ReportBlock block : ReportDocuments.of(report)) {
            if (block instanceof ReportBlock.Heading head) {
                h.append("<h").append(head.level()).append('>').append(Html.escape(head.text())).append("</h")
                        .append(head.level()).append(">\n");
            } else if (block instanceof ReportBlock.Paragraph p) {
                h.append(p.note() ? "<p class=\"note\">" : "<p>").append(Html.escape(p.text())).append("</p>\n");
            } else if (block instanceof ReportBlock.Table t) {
                table(h, t);
            } else if (block instanceof ReportBlock.Chart c) {
                SvgSketch sketch = new SvgSketch(ChartFrame.WIDTH, ChartFrame.HEIGHT, c.label());
                c.drawing().accept(sketch);
                h.append(sketch.finish()).append('\n');
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder h, ReportBlock.Table t) {
        h.append("<table><thead><tr>");
        for (int i = 0; i < t.headers().size(); i++) {
            h.append(i == 0 ? "<th class=\"t\">" : "<th>").append(Html.escape(t.headers().get(i))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (var row : t.rows()) {
            h.append("<tr>");
            for (Cell c : row) {
                String classes = ((c.isText() ? "t " : "") + c.style()).strip();
                h.append(classes.isEmpty() ? "<td>" : "<td class=\"" + classes + "\">").append(Html.escape(c.text()))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }
}
