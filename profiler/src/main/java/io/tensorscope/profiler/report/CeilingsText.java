package io.tensorscope.profiler.report;

import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The {@code tensorscope ceilings} table: one row per roof, one column per thread count. */
public final class CeilingsText {

    private CeilingsText() {
    }

    /**
     * @param ceilings     the roofs
     * @param measuredNote printed after the time they were measured, e.g. that they came from the cache; may be empty
     */
    public static void write(MachineCeilings ceilings, String measuredNote, PrintWriter out) {
        out.printf(Locale.ROOT, "%s, %d logical cores, %s%n", ceilings.cpuModel(), ceilings.logicalCores(),
                ceilings.runtime());
        out.printf(Locale.ROOT, "measured %s%s%n", ceilings.measuredAt(), measuredNote.isEmpty() ? "" : " " + measuredNote);
        ThreadCeilings one = ceilings.singleThread();
        ThreadCeilings all = ceilings.allThreads();
        boolean two = all.threads() != one.threads();
        out.printf(Locale.ROOT, "%-22s %16s%s%n", "", "1 thread", two ? String.format(Locale.ROOT, " %16s",
                all.threads() + " threads") : "");
        for (MemoryLevel level : MemoryLevel.values()) {
            String label = level + (level == MemoryLevel.DRAM ? "" : " (" + HumanUnits.bytes(
                    ceilings.caches().capacityBytes(level, 1)) + ")") + " bandwidth";
            row(out, label, t -> t.bandwidth(level), "GB/s", one, all, two);
        }
        for (Precision p : Precision.values()) {
            row(out, p.key() + " peak", t -> t.peak(p), p == Precision.INT8 ? "GOP/s" : "GFLOP/s", one, all, two);
        }
        out.println("GPU: " + (ceilings.gpu().present() ? String.format(Locale.ROOT, "%s, fp32 %.0f GFLOP/s, copy %.0f GB/s",
                ceilings.gpu().device(), ceilings.gpu().fp32Gflops(), ceilings.gpu().copyGbps()) : ceilings.gpu().absenceReason()));
        ceilings.notes().forEach(n -> out.println("note: " + n));
    }

    private static void row(PrintWriter out, String label, Function<ThreadCeilings, Optional<Double>> value, String unit,
                            ThreadCeilings one, ThreadCeilings all, boolean two) {
        out.printf(Locale.ROOT, "%-22s %16s%s%n", label, cell(value.apply(one), unit),
                two ? String.format(Locale.ROOT, " %16s", cell(value.apply(all), unit)) : "");
    }

    private static String cell(Optional<Double> value, String unit) {
        return value.map(v -> String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, unit)).orElse("—");
    }
}
