package io.tensorscope.profiler.report.gain;

import io.tensorscope.profiler.report.CleanNumbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A {@link GainReport} as RFC 4180 CSV: first one row per model (the baseline first), then, after a blank line, one
 * section per candidate's layer table, each with its own header row whose first cell names the candidate. Numbers are
 * plain, to 12 significant digits (no units; a figure not measured is an empty cell).
 */
public final class GainReportCsv {

    private GainReportCsv() {
    }

    /** @return the CSV text */
    public static String render(GainReport report) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            csv.printRecord("model", "baseline", "experiment_id", "size_bytes", "size_fraction", "latency_runs",
                    "latency_median_ms", "latency_p10_ms", "latency_p90_ms", "speedup", "speedup_p10", "speedup_p90",
                    "timed_in_turn_pairs", "metric", "dataset", "samples", "value", "ci95_low", "ci95_high",
                    "delta_points", "delta_ci95_low", "delta_ci95_high", "mean_fidelity", "worst_fidelity",
                    "pareto_latency", "pareto_size", "verdict");
            for (int i = 0; i < report.models().size(); i++) {
                ModelResult m = report.models().get(i);
                ModelResult.Accuracy a = m.accuracy();
                csv.printRecord(m.name(), m.baseline(), m.experimentId(), m.sizeBytes(), n(m.sizeFraction()),
                        m.latency().runs(), n(m.latency().medianMs()), n(m.latency().p10Ms()), n(m.latency().p90Ms()),
                        n(m.speedUp().median()), n(m.speedUp().p10()), n(m.speedUp().p90()), m.speedUp().pairs(),
                        a.metric(), a.dataset(), a.samples(), n(a.value()), n(a.ci95Low()), n(a.ci95High()),
                        n(a.deltaPoints()), n(a.deltaLow()), n(a.deltaHigh()), n(m.meanFidelity()),
                        n(m.worstFidelity()), m.paretoLatency(), m.paretoSize(),
                        i == 0 ? "" : report.verdicts().get(i - 1).meets() ? "meets" : "misses");
            }
            for (LayerTable table : report.layers()) {
                csv.println();
                csv.printRecord("layers of " + table.candidate(), "op_type", "before_us", "after_us", "saved_us",
                        "share_before", "share_after", "bound_before", "bound_after", "precision_before",
                        "precision_after", "sparsity_after");
                for (LayerTable.Row r : table.rows()) {
                    csv.printRecord(r.layer(), r.opType(), n(r.beforeMicros()), n(r.afterMicros()), n(r.savedMicros()),
                            n(r.shareBefore()), n(r.shareAfter()), r.boundBefore(), r.boundAfter(), r.precisionBefore(),
                            r.precisionAfter(), n(r.sparsityAfter()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String n(double value) {
        return Double.isFinite(value) ? CleanNumbers.clean(value).toPlainString() : "";
    }
}
