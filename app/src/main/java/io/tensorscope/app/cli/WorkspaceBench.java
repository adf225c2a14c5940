package io.tensorscope.app.cli;

import io.tensorscope.engine.Versions;
import io.tensorscope.engine.io.TemporaryFolder;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.ceilings.MachineKey;
import io.tensorscope.profiler.experiment.EvaluationRecord;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.experiment.LatencyRecord;
import io.tensorscope.profiler.report.ExperimentListReport;
import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.workspace.Recording;
import io.tensorscope.profiler.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The workspace part of {@code tensorscope bench}: 10,000 experiments recorded in a fresh workspace (originals with
 * nine children each, a pipeline, latency and score apiece); the query of all rows and their table text timed apart;
 * then {@code experiments list} over all of them run in-process (its command tree parsed, open, query, print every
 * line; target {@value #LIST_TARGET_MS} ms), {@code list --model} and {@code show}.
 */
final class WorkspaceBench {

    static final int EXPERIMENTS = 10_000;
    private static final int CHILDREN_PER_ORIGINAL = 9;
    private static final int PER_TRANSACTION = 1_000;
    private static final int MODELS = 100;
    private static final double LIST_TARGET_MS = 200;

    private WorkspaceBench() {
    }

    static void run(PrintWriter out, int runs) throws Exception {
        out.println();
        out.printf(Locale.ROOT, "== workspace: %d experiments (system load average %.1f on %d cores) ==%n", EXPERIMENTS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.flush();
        try (TemporaryFolder folder = TemporaryFolder.create("tensorscope-bench-workspace")) {
            Path file = folder.path().resolve("workspace.db");
            List<ExperimentRecord> records = records();
            long start = System.nanoTime();
            try (Workspace workspace = Workspace.open(file)) {
                for (int i = 0; i < records.size(); i += PER_TRANSACTION) {
                    workspace.record(records.subList(i, Math.min(records.size(), i + PER_TRANSACTION)).stream()
                            .map(Recording::byDigest).toList());
                }
                report(out, String.format(Locale.ROOT, "record, %d per transaction", PER_TRANSACTION),
                        Percentiles.of((System.nanoTime() - start) / 1e6));
                report(out, "query all rows", BenchCommand.time(() -> workspace.list(null), runs));
                List<ExperimentRow> rows = workspace.list(null);
                report(out, "table text of all rows", BenchCommand.time(() -> {
                    ExperimentListReport.write(rows, new PrintWriter(new StringWriter()));
                    return null;
                }, runs));
            }
            String ws = file.toString();
            Percentiles[] list = wallAndCpu(runs, () -> command(EXPERIMENTS + 1, "list", "--workspace", ws));
            report(out, "experiments list, in-process", list[0]);
            report(out, "  its CPU time (this thread)", list[1]);
            out.printf(Locale.ROOT, "  target: experiments list over %d experiments < %.0f ms: %s%n", EXPERIMENTS,
                    LIST_TARGET_MS, list[0].median() < LIST_TARGET_MS ? "met" : "MISSED (wall time; on a loaded "
                            + "machine compare the CPU time)");
            report(out, "experiments list --model (" + EXPERIMENTS / MODELS + " rows)", BenchCommand.time(() ->
                    command(EXPERIMENTS / MODELS + 1, "list", "--model", "model-7", "--workspace", ws),
                    runs));
            String shown = records.get(records.size() / 2).id();
            report(out, "experiments show", BenchCommand.time(() -> command(-1, "show", shown,
                    "--workspace", ws), runs));
        }
        out.flush();
    }

    /**
     * @return wall-clock and CPU times of {@code runs} runs of {@code step} on this thread after one untimed run, ms:
     * on a shared machine the CPU time shows the work, the wall time what a user waits
     */
    private static Percentiles[] wallAndCpu(int runs, BenchCommand.Step<?> step) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        step.run();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            step.run();
            wall[i] = (System.nanoTime() - wall0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
        }
        return new Percentiles[] {Percentiles.of(wall), Percentiles.of(cpu)};
    }

    private static void report(PrintWriter out, String what, Percentiles p) {
        out.printf(Locale.ROOT, "%-40s median %8.1f ms (p10 %.1f, p90 %.1f)%n", what, p.median(), p.p10(), p.p90());
        out.flush();
    }

    /**
     * Runs {@code tensorscope experiments args...} in this JVM (a fresh command line each time: parsing included).
     *
     * @param lines lines it must print (-1: any), so a broken run cannot pass for a fast one
     */
    private static Void command(int lines, String... args) {
        long printed = InProcessCommand.run(new ExperimentsCommand(), args).lines().count();
        if (lines >= 0 && printed != lines) {
            throw new IllegalStateException("experiments " + String.join(" ", args) + ": " + printed + " lines");
        }
        return null;
    }

    private static List<ExperimentRecord> records() {
        Random random = new Random(2026);
        MachineKey machine = MachineKey.current(1);
        PipelineSpec pipeline = new PipelineSpec("mnist", List.of(new PipelineStep("static-int8",
                Map.of("calibration", "minmax", "samples", "200"))));
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        List<ExperimentRecord> records = new ArrayList<>();
        String parentId = null;
        for (int i = 0; i < EXPERIMENTS; i++) {
            boolean original = i % (CHILDREN_PER_ORIGINAL + 1) == 0;
            byte[] digest = new byte[32];
            random.nextBytes(digest);
            double median = 1 + 10 * random.nextDouble();
            ExperimentRecord record = new ExperimentRecord(UUID.randomUUID().toString(),
                    original ? "original" : "static int8 minmax #" + i, base.plusSeconds(i),
                    original ? null : parentId, "model-" + i / (CHILDREN_PER_ORIGINAL + 1) % MODELS,
                    HexFormat.of().formatHex(digest), 1_000_000 + random.nextInt(1_000_000),
                    original ? null : pipeline, machine, Versions.TENSORSCOPE,
                    new LatencyRecord(1, 10, 30, median, 0.9 * median, 1.2 * median),
                    new EvaluationRecord("mnist", null, 10_000, "top-1 accuracy", 0.95 + 0.04 * random.nextDouble(),
                            Map.of()), List.of());
            parentId = original ? record.id() : parentId;
            records.add(record);
        }
        return records;
    }
}
