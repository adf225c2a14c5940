package io.tensorscope.profiler.report.gain;

import io.tensorscope.profiler.report.gain.ReportBlock.Cell;
import io.tensorscope.profiler.report.gain.ReportBlock.Chart;
import io.tensorscope.profiler.report.gain.ReportBlock.Heading;
import io.tensorscope.profiler.report.gain.ReportBlock.Paragraph;
import io.tensorscope.profiler.report.gain.ReportBlock.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link GainReport} out as the blocks of a page, in the order the reader needs them: summary, machine,
 * latency and accuracy, charts, layers, lineage. HTML and PDF render these blocks; neither decides what is shown.
 */
final class ReportDocuments {

    private ReportDocuments() {
    }

    static List<ReportBlock> of(GainReport report) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Heading(1, report.title()));
        blocks.add(new Paragraph("Generated " + report.generatedAt() + " by Tensorscope "
                + report.fingerprint().tensorscope() + ".", true));
        summary(blocks, report);
        fingerprint(blocks, report.fingerprint());
        measurements(blocks, report);
        charts(blocks, report);
        layers(blocks, report.layers());
        lineage(blocks, report.lineage());
        return blocks;
    }

    private static void summary(List<ReportBlock> blocks, GainReport report) {
        Budget b = report.budget();
        blocks.add(new Heading(2, "Summary"));
        blocks.add(new Paragraph("Budget: lose at most " + Figures.fixed(b.maxDropPoints(), 2) + " points, at least "
                + Figures.fixed(b.minSpeedUp(), 2) + "x faster, at most " + Figures.fixed(100 * b.maxSizeFraction(), 0)
                + " % of the size.", false));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < report.verdicts().size(); i++) {
            Verdict v = report.verdicts().get(i);
            ModelResult m = report.candidates().get(i);
            rows.add(List.of(Cell.text(m.name()), new Cell(v.meets() ? "meets" : "misses", true,
                            v.meets() ? "meets" : "misses"), Cell.figure(Figures.speedUp(m.speedUp())),
                    Cell.figure(Figures.percent(m.sizeFraction(), 1)),
                    Cell.figure(Figures.signed(m.accuracy().deltaPoints(), 2)), Cell.text(String.join("; ", v.reasons()))));
        }
        blocks.add(new Table(List.of("candidate", "verdict", "speed-up", "size", "accuracy change, pt", "why"), rows));
    }

    private static void fingerprint(List<ReportBlock> blocks, Fingerprint f) {
        blocks.add(new Heading(2, "Machine and software"));
        blocks.add(new Table(List.of("CPU", "cores", "threads", "OS", "Java", "runtime", "Tensorscope"),
                List.of(List.of(Cell.text(f.cpuModel()), Cell.figure(Integer.toString(f.logicalCores())),
                        Cell.figure(Integer.toString(f.threads())), Cell.text(f.os()), Cell.text(f.java()),
                        Cell.text(f.runtime()), Cell.text(f.tensorscope())))));
        if (!f.ceilings().isEmpty()) {
            blocks.add(new Table(List.of("measured ceiling", "value"), f.ceilings().stream().map(c -> List.of(
                    Cell.text(c.name()), Cell.figure(Figures.fixed(c.value(), 1) + " " + c.unit()))).toList()));
        }
        f.notes().forEach(n -> blocks.add(new Paragraph(n, true)));
    }

    private static void measurements(List<ReportBlock> blocks, GainReport report) {
        blocks.add(new Heading(2, "Latency and accuracy"));
        List<List<Cell>> rows = new ArrayList<>();
        for (ModelResult m : report.models()) {
            ModelResult.Accuracy a = m.accuracy();
            rows.add(List.of(Cell.text(m.name() + (m.baseline() ? " (baseline)" : "")),
                    Cell.figure(Figures.megabytes(m.sizeBytes())), Cell.figure(Integer.toString(m.latency().runs())),
                    Cell.figure(Figures.fixed(m.latency().medianMs(), 3)),
                    Cell.figure(Figures.fixed(m.latency().p10Ms(), 3) + "–" + Figures.fixed(m.latency().p90Ms(), 3)),
                    Cell.figure(Figures.speedUp(m.speedUp())), Cell.figure(Figures.percent(a.value(), 2)),
                    Cell.figure(Figures.percentInterval(a.ci95Low(), a.ci95High())),
                    Cell.figure(Figures.signed(a.deltaPoints(), 2)),
                    Cell.figure(Figures.pointsInterval(a.deltaLow(), a.deltaHigh())),
                    Cell.figure(Double.isNaN(m.meanFidelity()) ? Figures.NONE
                            : Figures.fixed(m.meanFidelity(), 4) + " / " + Figures.fixed(m.worstFidelity(), 4))));
        }
        blocks.add(new Table(List.of("model", "size", "runs", "median ms", "p10–p90 ms", "speed-up (p10-p90)", "score",
                "95 % CI", "change, pt", "95 % CI of change", "fidelity mean / worst"), rows));
        ModelResult.Accuracy a = report.baseline().accuracy();
        blocks.add(new Paragraph("Scores: " + a.metric() + " on " + a.dataset() + " (" + a.samples() + " samples). "
                + "Speed-ups in brackets come from timing each candidate in turn with the baseline (A B A B …, median "
                + "of per-pair ratios, p10–p90); without brackets, from separate measurements. Intervals: percentile "
                + "bootstrap over the scored samples (2,000 resamples, paired for changes).", true));
        for (ModelResult m : report.candidates()) {
            if (!m.perClass().isEmpty()) {
                blocks.add(new Heading(3, "Per class: " + m.name()));
                blocks.add(new Table(List.of("class", "samples", "baseline", "candidate", "change, pt"),
                        m.perClass().stream().map(c -> List.of(Cell.text(c.className()),
                                Cell.figure(Integer.toString(c.samples())),
                                Cell.figure(Figures.percent(c.baselineAccuracy(), 2)),
                                Cell.figure(Figures.percent(c.accuracy(), 2)),
                                Cell.figure(Figures.signed(c.deltaPoints(), 2)))).toList()));
            }
        }
    }

    private static void charts(List<ReportBlock> blocks, GainReport report) {
        blocks.add(new Heading(2, "Trade-offs and rooflines"));
        blocks.add(new Chart("accuracy vs latency", s -> TradeOffChart.latency(s, report.models())));
        blocks.add(new Chart("accuracy vs size", s -> TradeOffChart.size(s, report.models())));
        blocks.add(new Paragraph("Green: on the Pareto front (no other model both better and cheaper); dark: the "
                + "baseline.", true));
        for (RooflineView view : report.rooflines()) {
            blocks.add(new Chart("roofline " + view.candidate(), s -> RooflineChart.draw(s, view)));
            blocks.add(new Paragraph("Grey: the baseline's kernels; orange: the candidate's; dot area: share of time.",
                    true));
            blocks.add(new Heading(3, "Kernels that moved: " + view.candidate()));
            blocks.add(new Table(List.of("layer", "kernel before", "kernel after", "before µs", "after µs"),
                    view.moved().stream().map(m -> List.of(Cell.text(m.layer()), Cell.text(m.beforeKernel()),
                            Cell.text(m.afterKernel()), Cell.figure(Figures.fixed(m.beforeMicros(), 1)),
                            Cell.figure(Figures.fixed(m.afterMicros(), 1)))).toList()));
        }
    }

    private static void layers(List<ReportBlock> blocks, List<LayerTable> tables) {
        for (LayerTable table : tables) {
            blocks.add(new Heading(2, "Layers: " + table.candidate()));
            blocks.add(new Table(List.of("layer", "op", "before µs", "after µs", "saved µs", "share before",
                    "share after", "bound before", "bound after", "precision", "sparsity"),
                    table.rows().stream().map(r -> List.of(Cell.text(r.layer()), Cell.text(r.opType()),
                            Cell.figure(Figures.fixed(r.beforeMicros(), 1)), Cell.figure(Figures.fixed(r.afterMicros(), 1)),
                            Cell.figure(Figures.signed(r.savedMicros(), 1)), Cell.figure(Figures.percent(r.shareBefore(), 1)),
                            Cell.figure(Figures.percent(r.shareAfter(), 1)), Cell.text(r.boundBefore()),
                            Cell.text(r.boundAfter()), Cell.text(r.precisionBefore() + " → " + r.precisionAfter()),
                            Cell.figure(Figures.percent(r.sparsityAfter(), 1)))).toList()));
            only(blocks, "Only in the baseline", table.onlyInBaseline());
            only(blocks, "Only in the candidate", table.onlyInCandidate());
        }
    }

    private static void only(List<ReportBlock> blocks, String title, List<String> names) {
        if (!names.isEmpty()) {
            blocks.add(new Paragraph(title + " (" + names.size() + "): " + String.join(", ", names), true));
        }
    }

    private static void lineage(List<ReportBlock> blocks, List<Lineage> lineage) {
        if (lineage.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, "How each candidate was made"));
        for (Lineage l : lineage) {
            blocks.add(new Heading(3, l.candidate()));
            blocks.add(new Table(List.of("step", "experiment", "replay"), l.steps().stream().map(s -> List.of(
                    Cell.text(s.name()), Cell.text(s.experimentId()), Cell.text(s.pipeline().isEmpty() ? "the model file"
                            : "tensorscope optimize PARENT -o OUT.onnx " + s.pipeline()))).toList()));
        }
    }
}
