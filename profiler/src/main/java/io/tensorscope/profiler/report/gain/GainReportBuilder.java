package io.tensorscope.profiler.report.gain;

import io.tensorscope.engine.evaluate.SampleOutcomes;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.experiment.EvaluationRecord;
import io.tensorscope.profiler.experiment.ExperimentCost;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.ParetoFront;
import io.tensorscope.profiler.stats.Bootstrap;
import io.tensorscope.profiler.timing.PairedLatency;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Gathers a {@link GainReport} from measured experiments: figures against the baseline with bootstrap intervals,
 * verdicts against a budget, per-layer tables and rooflines where per-layer measurements were kept, lineage. Reads no
 * model and measures nothing: the same subjects give the same report.
 */
public final class GainReportBuilder {

    private GainReportBuilder() {
    }

    /**
     * @param subjects    the baseline first, then one or more candidates
     * @param budget      what a candidate must achieve
     * @param fingerprint the machine and software
     * @param ceilings    the measured ceilings the rooflines use; null for no rooflines
     * @param generatedAt when the report is made
     * @return the report
     * @throws IllegalArgumentException with fewer than two subjects
     */
    public static GainReport build(List<ReportSubject> subjects, Budget budget, Fingerprint fingerprint,
                                   MachineCeilings ceilings, Instant generatedAt) {
        if (subjects.size() < 2) {
            throw new IllegalArgumentException("a report needs a baseline and at least one candidate");
        }
        List<ExperimentSummary> summaries = subjects.stream().map(s -> s.record().summary(s.record().name())).toList();
        List<ExperimentSummary> fastFront = ParetoFront.of(summaries, ExperimentCost.LATENCY_MILLIS);
        List<ExperimentSummary> smallFront = ParetoFront.of(summaries, ExperimentCost.SIZE_BYTES);
        ReportSubject base = subjects.get(0);
        List<ModelResult> models = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        List<RooflineView> rooflines = new ArrayList<>();
        List<LayerTable> layers = new ArrayList<>();
        List<Lineage> lineage = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            ReportSubject s = subjects.get(i);
            ModelResult result = result(s, base, i == 0, fastFront.contains(summaries.get(i)),
                    smallFront.contains(summaries.get(i)));
            models.add(result);
            if (i == 0) {
                continue;
            }
            verdicts.add(verdict(result, budget));
            if (base.detail() != null && s.detail() != null) {
                layers.add(LayerTables.of(displayName(s.record()), base.detail(), s.detail(), ceilings));
                if (ceilings != null) {
                    rooflines.add(LayerTables.roofline(displayName(s.record()), base.detail(), s.detail(), ceilings));
                }
            }
            if (!s.ancestry().isEmpty() || s.record().pipeline() != null) {
                lineage.add(lineage(s));
            }
        }
        String title = (subjects.size() - 1) + " candidate" + (subjects.size() > 2 ? "s" : "") + " against "
                + displayName(base.record());
        return new GainReport(title, generatedAt.truncatedTo(ChronoUnit.SECONDS).toString(), budget, verdicts,
                fingerprint, models, rooflines, layers, lineage);
    }

    private static ModelResult result(ReportSubject s, ReportSubject base, boolean isBase, boolean fast, boolean small) {
        ExperimentRecord r = s.record();
        ExperimentRecord b = base.record();
        ModelResult.Latency latency = new ModelResult.Latency(r.latency().runs(), r.latency().medianMs(),
                r.latency().p10Ms(), r.latency().p90Ms());
        PairedLatency paired = s.inTurn();
        ModelResult.SpeedUp speedUp = isBase ? new ModelResult.SpeedUp(1, Double.NaN, Double.NaN, 0)
                : paired != null ? new ModelResult.SpeedUp(paired.speedUp().median(), paired.speedUp().p10(),
                paired.speedUp().p90(), paired.pairs())
                : new ModelResult.SpeedUp(b.latency().medianMs() / r.latency().medianMs(), Double.NaN, Double.NaN, 0);
        EvaluationRecord e = r.evaluation();
        EvaluationRecord be = b.evaluation();
        boolean comparable = e.metric().equals(be.metric()) && e.dataset().equals(be.dataset())
                && e.samples() == be.samples();
        SampleOutcomes outcomes = e.outcomes();
        SampleOutcomes baseOutcomes = be.outcomes();
        boolean sameSamples = comparable && outcomes != null && baseOutcomes != null
                && Arrays.equals(outcomes.labels(), baseOutcomes.labels());
        Bootstrap.Interval ci = outcomes == null ? new Bootstrap.Interval(Double.NaN, Double.NaN)
                : Bootstrap.accuracy95(correct(outcomes));
        Bootstrap.Interval delta = sameSamples && !isBase ? Bootstrap.delta95(correct(baseOutcomes), correct(outcomes))
                : new Bootstrap.Interval(isBase ? 0 : Double.NaN, isBase ? 0 : Double.NaN);
        ModelResult.Accuracy accuracy = new ModelResult.Accuracy(e.metric(), e.dataset(), e.samples(), e.value(),
                ci.low(), ci.high(), comparable ? 100 * (e.value() - be.value()) : Double.NaN, 100 * delta.low(),
                100 * delta.high());
        List<ModelResult.ClassDelta> perClass = new ArrayList<>();
        if (sameSamples) {
            List<SampleOutcomes.ClassTally> before = baseOutcomes.perClass();
            List<SampleOutcomes.ClassTally> after = outcomes.perClass();
            for (int c = 0; c < after.size(); c++) {
                perClass.add(new ModelResult.ClassDelta(after.get(c).name(), after.get(c).samples(),
                        before.get(c).accuracy(), after.get(c).accuracy()));
            }
        }
        return new ModelResult(displayName(r), r.id(), isBase, r.modelSizeBytes(),
                (double) r.modelSizeBytes() / b.modelSizeBytes(), latency, speedUp, accuracy,
                e.details().getOrDefault(ExperimentSummary.MEAN_COSINE, Double.NaN),
                e.details().getOrDefault(ExperimentSummary.WORST_COSINE, Double.NaN), fast, small, perClass);
    }

    /** @return the model's name for an unmodified model (its record is named {@code original}), else the record's */
    private static String displayName(ExperimentRecord r) {
        return r.isOriginal() && r.modelName() != null ? r.modelName() : r.name();
    }

    private static boolean[] correct(SampleOutcomes outcomes) {
        boolean[] correct = new boolean[outcomes.count()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = outcomes.correct(i);
        }
        return correct;
    }

    /** The misses first, each figure in one sentence. */
    static Verdict verdict(ModelResult m, Budget budget) {
        List<String> misses = new ArrayList<>();
        List<String> meets = new ArrayList<>();
        double drop = -m.accuracy().deltaPoints();
        if (Double.isNaN(drop)) {
            misses.add("accuracy not comparable with the baseline's (another data set or metric)");
        } else {
            (drop <= budget.maxDropPoints() ? meets : misses).add(String.format(Locale.ROOT,
                    "%s %+.2f pt %s the %.2f pt budget", m.accuracy().metric(), m.accuracy().deltaPoints(),
                    drop <= budget.maxDropPoints() ? "within" : "exceeds", budget.maxDropPoints()));
        }
        boolean fastEnough = m.speedUp().median() >= budget.minSpeedUp();
        (fastEnough ? meets : misses).add(String.format(Locale.ROOT, "%.2fx speed-up%s, %s %.2fx",
                m.speedUp().median(), m.speedUp().inTurn() ? String.format(Locale.ROOT, " (p10-p90 %.2f-%.2fx)",
                        m.speedUp().p10(), m.speedUp().p90()) : " (separate measurements)",
                fastEnough ? "at least" : "below", budget.minSpeedUp()));
        boolean smallEnough = m.sizeFraction() <= budget.maxSizeFraction();
        (smallEnough ? meets : misses).add(String.format(Locale.ROOT, "%.1f %% of the baseline's size, %s %.0f %%",
                100 * m.sizeFraction(), smallEnough ? "within" : "above", 100 * budget.maxSizeFraction()));
        List<String> reasons = new ArrayList<>(misses);
        reasons.addAll(meets);
        return new Verdict(m.name(), misses.isEmpty(), reasons);
    }

    private static Lineage lineage(ReportSubject s) {
        List<Lineage.Step> steps = new ArrayList<>();
        for (ExperimentRecord r : s.ancestry()) {
            steps.add(step(r));
        }
        steps.add(step(s.record()));
        return new Lineage(displayName(s.record()), steps);
    }

    private static Lineage.Step step(ExperimentRecord r) {
        String pipeline = r.pipeline() == null ? "" : r.pipeline().steps().stream()
                .map(step -> "--step " + step.format()).collect(Collectors.joining(" "))
                + (r.pipeline().dataset() == null ? "" : " --dataset " + r.pipeline().dataset());
        return new Lineage.Step(r.id(), displayName(r), pipeline);
    }
}
