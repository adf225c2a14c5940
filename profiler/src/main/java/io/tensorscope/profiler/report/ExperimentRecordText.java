package io.tensorscope.profiler.report;

import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineJson;
import io.tensorscope.profiler.ceilings.MachineKey;
import io.tensorscope.profiler.experiment.EvaluationRecord;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.LatencyRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code experiments show}: everything an experiment record holds, in words — lineage, model, machine, latency,
 * score, the pipeline spec that replays it (as a pipeline file) and every step's report.
 */
public final class ExperimentRecordText {

    /** Rows of each report section printed ({@code --json} has them all). */
    private static final int ROWS_LISTED = 12;
    private static final String FIELD = "%-12s %s%n";

    private ExperimentRecordText() {
    }

    /**
     * @param record   the experiment
     * @param children ids of the experiments made from it
     * @param stored   its model file in the workspace, or null when recorded by digest only
     */
    public static void write(ExperimentRecord record, List<String> children, Path stored, PassRegistry registry,
                             PrintWriter out) {
        out.printf(Locale.ROOT, FIELD, "experiment", record.id());
        out.printf(Locale.ROOT, FIELD, "name", record.name());
        out.printf(Locale.ROOT, FIELD, "created", record.createdAt());
        out.printf(Locale.ROOT, FIELD, "parent", record.parentId() == null ? "none" : record.parentId());
        out.printf(Locale.ROOT, FIELD, "children", children.isEmpty() ? "none" : String.join(", ", children));
        out.printf(Locale.ROOT, FIELD, "model", record.modelName() + ", " + HumanUnits.bytes(record.modelSizeBytes())
                + ", sha256 " + record.modelSha256());
        out.printf(Locale.ROOT, FIELD, "stored", stored == null ? "no (recorded by digest: the model is the user's file)"
                : stored.toString());
        MachineKey m = record.machine();
        out.printf(Locale.ROOT, FIELD, "machine", m.cpuModel() + ", " + m.logicalCores() + " logical cores, "
                + m.threads() + " threads, " + m.runtime() + ", Tensorscope " + record.tensorscopeVersion());
        LatencyRecord l = record.latency();
        out.printf(Locale.ROOT, FIELD, "latency", l == null ? "not timed" : String.format(Locale.ROOT,
                "median %.3f ms (p10 %.3f, p90 %.3f) over %d runs after %d warm-up, %d thread(s)", l.medianMs(),
                l.p10Ms(), l.p90Ms(), l.runs(), l.warmupRuns(), l.threads()));
        EvaluationRecord e = record.evaluation();
        out.printf(Locale.ROOT, FIELD, "score", e == null ? "not scored" : ExperimentListReport.score(e.metric(),
                e.value()) + " on " + e.samples() + " samples of " + e.dataset()
                + (e.datasetSha256() == null ? "" : " (sha256 " + e.datasetSha256() + ")"));
        if (e != null) {
            e.details().forEach((name, value) -> out.printf(Locale.ROOT, FIELD, "", name + " " + value));
        }
        if (record.pipeline() == null) {
            out.println("pipeline     none (an original model)");
        } else {
            out.println("pipeline     what made it from the parent's model (a pipeline of passes replays with "
                    + "'tensorscope optimize MODEL -o OUT.onnx --pipeline FILE.json'):");
            out.println(PipelineJson.write(record.pipeline(), registry));
        }
        for (int i = 0; i < record.passReports().size(); i++) {
            out.println();
            out.printf(Locale.ROOT, "== step %d of %d ==%n", i + 1, record.passReports().size());
            PassReportText.write(record.passReports().get(i), ROWS_LISTED, out);
        }
    }
}
