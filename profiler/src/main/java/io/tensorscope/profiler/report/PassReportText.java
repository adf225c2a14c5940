package io.tensorscope.profiler.report;

import io.tensorscope.engine.quantize.PassReport;
import io.tensorscope.engine.quantize.TensorQuantization;
import java.io.PrintWriter;
import java.util.Locale;

/** A compression pass's report for people: what changed, the size, and each tensor's scale and zero point. */
public final class PassReportText {

    private PassReportText() {
    }

    /** Writes the report, listing at most {@code tensors} quantized tensors. */
    public static void write(PassReport report, int tensors, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d nodes converted, %d kept in float by the exclusion list%n", report.pass(),
                report.converted().size(), report.excluded().size());
        out.printf(Locale.ROOT, "size %s -> %s (%.1f %% of the original)%n", HumanUnits.bytes(report.bytesBefore()),
                HumanUnits.bytes(report.bytesAfter()), 100 * report.sizeRatio());
        report.notes().forEach(n -> out.println("note: " + n));
        if (report.tensors().isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%n%-52s %-10s %-24s %-12s %s%n", "tensor", "role", "scale", "zero point", "range");
        report.tensors().stream().limit(tensors).forEach(t -> out.printf(Locale.ROOT, "%-52s %-10s %-24s %-12s %s%n",
                shorten(t.tensor()), t.role(), TensorQuantizationText.scale(t)
                        + (t.perChannel() ? " (" + t.params().size() + " ch)" : ""), TensorQuantizationText.zeroPoint(t),
                TensorQuantizationText.range(t)));
        if (report.tensors().size() > tensors) {
            out.printf(Locale.ROOT, "... %d more (all in --json)%n", report.tensors().size() - tensors);
        }
    }

    private static String shorten(String name) {
        return name.length() <= 52 ? name : "…" + name.substring(name.length() - 51);
    }
}
