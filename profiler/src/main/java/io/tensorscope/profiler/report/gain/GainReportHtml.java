package io.tensorscope.profiler.report.gain;

import java.util.List;
import java.util.function.Consumer;

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
            .note{color:#555;font-size:.9em}code{font-size:.88em;word-break:break-all}
            .charts svg{margin:0 1em 1em 0;border:1px solid #eee}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}}
            """;

    private GainReportHtml() {
    }

    /** @return the page */
    public static String render(GainReport report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(report.title())).append("</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>").append(Html.escape(report.title())).append("</h1>\n<p class=\"note\">Generated ")
                .append(report.generatedAt()).append(" by Tensorscope ").append(Html.escape(report.fingerprint()
                        .tensorscope())).append(".</p>\n");
        summary(h, report);
        fingerprint(h, report.fingerprint());
        measurements(h, report);
        charts(h, report);
        layers(h, report.layers());
        lineage(h, report.lineage());
        return h.append("</body></html>\n").toString();
    }

    private static void summary(StringBuilder h, GainReport report) {
        Budget b = report.budget();
        h.append("<h2>Summary</h2>\n<p>Budget: lose at most ").append(Figures.fixed(b.maxDropPoints(), 2))
                .append(" points, at least ").append(Figures.fixed(b.minSpeedUp(), 2)).append("x faster, at most ")
                .append(Figures.fixed(100 * b.maxSizeFraction(), 0)).append(" % of the size.</p>\n");
        table(h, List.of("candidate", "verdict", "speed-up", "size", "accuracy change, pt", "why"), t -> {
            for (int i = 0; i < report.verdicts().size(); i++) {
                Verdict v = report.verdicts().get(i);
                ModelResult m = report.candidates().get(i);
                row(t, cell(m.name(), true), "<td class=\"t " + (v.meets() ? "meets\">meets" : "misses\">misses")
                                + "</td>", cell(Figures.speedUp(m.speedUp()), false),
                        cell(Figures.percent(m.sizeFraction(), 1), false),
                        cell(Figures.signed(m.accuracy().deltaPoints(), 2), false),
                        cell(String.join("; ", v.reasons()), true));
            }
        });
    }

    private static void fingerprint(StringBuilder h, Fingerprint f) {
        h.append("<h2>Machine and software</h2>\n");
        table(h, List.of("CPU", "cores", "threads", "OS", "Java", "runtime", "Tensorscope"), t -> row(t,
                cell(f.cpuModel(), true), cell(Integer.toString(f.logicalCores()), false),
                cell(Integer.toString(f.threads()), false), cell(f.os(), true), cell(f.java(), true),
                cell(f.runtime(), true), cell(f.tensorscope(), true)));
        if (!f.ceilings().isEmpty()) {
            table(h, List.of("measured ceiling", "value"), t -> f.ceilings().forEach(c -> row(t, cell(c.name(), true),
                    cell(Figures.fixed(c.value(), 1) + " " + c.unit(), false))));
        }
        f.notes().forEach(n -> h.append("<p class=\"note\">").append(Html.escape(n)).append("</p>\n"));
    }

    private static void measurements(StringBuilder h, GainReport report) {
        h.append("<h2>Latency and accuracy</h2>\n");
        table(h, List.of("model", "size", "runs", "median ms", "p10 ms", "p90 ms", "speed-up (p10-p90)", "metric",
                "value", "95 % CI", "change, pt", "95 % CI of change", "fidelity (mean / worst cosine)"), t -> {
            for (ModelResult m : report.models()) {
                ModelResult.Accuracy a = m.accuracy();
                row(t, cell(m.name() + (m.baseline() ? " (baseline)" : ""), true), cell(Figures.megabytes(m.sizeBytes()),
                                false), cell(Integer.toString(m.latency().runs()), false),
                        cell(Figures.fixed(m.latency().medianMs(), 3), false), cell(Figures.fixed(m.latency().p10Ms(), 3),
                                false), cell(Figures.fixed(m.latency().p90Ms(), 3), false),
                        cell(Figures.speedUp(m.speedUp()), false), cell(a.metric() + " on " + a.dataset() + " ("
                                + a.samples() + ")", true), cell(Figures.percent(a.value(), 2), false),
                        cell(Figures.percentInterval(a.ci95Low(), a.ci95High()), false),
                        cell(Figures.signed(a.deltaPoints(), 2), false), cell(Figures.pointsInterval(a.deltaLow(),
                                a.deltaHigh()), false), cell(Double.isNaN(m.meanFidelity()) ? Figures.NONE
                                : Figures.fixed(m.meanFidelity(), 4) + " / " + Figures.fixed(m.worstFidelity(), 4), false));
            }
        });
        h.append("<p class=\"note\">Speed-ups in brackets come from timing each candidate in turn with the baseline "
                + "(A B A B …, median of per-pair ratios, p10–p90); without brackets, from separate measurements. "
                + "Intervals: percentile bootstrap over the scored samples (2,000 resamples, paired for changes).</p>\n");
        for (ModelResult m : report.candidates()) {
            if (m.perClass().isEmpty()) {
                continue;
            }
            h.append("<h3>Per class: ").append(Html.escape(m.name())).append("</h3>\n");
            table(h, List.of("class", "samples", "baseline", "candidate", "change, pt"), t -> m.perClass().forEach(c ->
                    row(t, cell(c.className(), true), cell(Integer.toString(c.samples()), false),
                            cell(Figures.percent(c.baselineAccuracy(), 2), false),
                            cell(Figures.percent(c.accuracy(), 2), false), cell(Figures.signed(c.deltaPoints(), 2), false))));
        }
    }

    private static void charts(StringBuilder h, GainReport report) {
        h.append("<h2>Trade-offs and rooflines</h2>\n<div class=\"charts\">");
        h.append(svg("accuracy vs latency", s -> TradeOffChart.latency(s, report.models())));
        h.append(svg("accuracy vs size", s -> TradeOffChart.size(s, report.models())));
        h.append("</div>\n<p class=\"note\">Green: on the Pareto front (no other model both better and cheaper); dark: "
                + "the baseline.</p>\n");
        for (RooflineView view : report.rooflines()) {
            h.append("<div class=\"charts\">").append(svg("roofline " + view.candidate(), s -> RooflineChart.draw(s, view)))
                    .append("</div>\n<h3>Kernels that moved: ").append(Html.escape(view.candidate())).append("</h3>\n");
            table(h, List.of("layer", "kernel before", "kernel after", "before µs", "after µs"), t ->
                    view.moved().forEach(m -> row(t, cell(m.layer(), true), cell(m.beforeKernel(), true),
                            cell(m.afterKernel(), true), cell(Figures.fixed(m.beforeMicros(), 1), false),
                            cell(Figures.fixed(m.afterMicros(), 1), false))));
        }
    }

    private static String svg(String label, Consumer<Sketch> chart) {
        SvgSketch sketch = new SvgSketch(ChartFrame.WIDTH, ChartFrame.HEIGHT, label);
        chart.accept(sketch);
        return sketch.finish();
    }

    private static void layers(StringBuilder h, List<LayerTable> tables) {
        for (LayerTable table : tables) {
            h.append("<h2>Layers: ").append(Html.escape(table.candidate())).append("</h2>\n");
            table(h, List.of("layer", "op", "before µs", "after µs", "saved µs", "share before", "share after",
                    "bound before", "bound after", "precision", "sparsity"), t -> table.rows().forEach(r -> row(t,
                    cell(r.layer(), true), cell(r.opType(), true), cell(Figures.fixed(r.beforeMicros(), 1), false),
                    cell(Figures.fixed(r.afterMicros(), 1), false), cell(Figures.signed(r.savedMicros(), 1), false),
                    cell(Figures.percent(r.shareBefore(), 1), false), cell(Figures.percent(r.shareAfter(), 1), false),
                    cell(r.boundBefore(), true), cell(r.boundAfter(), true),
                    cell(r.precisionBefore() + " → " + r.precisionAfter(), true),
                    cell(Figures.percent(r.sparsityAfter(), 1), false))));
            only(h, "Only in the baseline", table.onlyInBaseline());
            only(h, "Only in the candidate", table.onlyInCandidate());
        }
    }

    private static void only(StringBuilder h, String title, List<String> names) {
        if (!names.isEmpty()) {
            h.append("<p class=\"note\">").append(title).append(" (").append(names.size()).append("): ")
                    .append(Html.escape(String.join(", ", names))).append("</p>\n");
        }
    }

    private static void lineage(StringBuilder h, List<Lineage> lineage) {
        if (lineage.isEmpty()) {
            return;
        }
        h.append("<h2>How each candidate was made</h2>\n");
        for (Lineage l : lineage) {
            h.append("<h3>").append(Html.escape(l.candidate())).append("</h3>\n<ol>");
            for (Lineage.Step s : l.steps()) {
                h.append("<li>").append(Html.escape(s.name())).append(" <span class=\"note\">(experiment ")
                        .append(Html.escape(s.experimentId())).append(")</span>");
                if (!s.pipeline().isEmpty()) {
                    h.append("<br><code>tensorscope optimize PARENT -o OUT.onnx ").append(Html.escape(s.pipeline()))
                            .append("</code>");
                }
                h.append("</li>");
            }
            h.append("</ol>\n");
        }
    }

    private static void table(StringBuilder h, List<String> headers, Consumer<StringBuilder> rows) {
        h.append("<table><thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            h.append(i == 0 ? "<th class=\"t\">" : "<th>").append(Html.escape(headers.get(i))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        rows.accept(h);
        h.append("</tbody></table>\n");
    }

    private static void row(StringBuilder h, String... cells) {
        h.append("<tr>");
        for (String c : cells) {
            h.append(c);
        }
        h.append("</tr>\n");
    }

    private static String cell(String text, boolean isText) {
        return (isText ? "<td class=\"t\">" : "<td>") + Html.escape(text) + "</td>";
    }
}
