package io.tensorscope.profiler.report.gain;

import java.util.List;

/**
 * A comparison report: what each candidate gained over the baseline, gathered once and rendered to HTML, PDF, CSV
 * and JSON alike. Sections in reading order: {@link #verdicts} (the ten-second summary), {@link #fingerprint},
 * {@link #models} (latency, accuracy with intervals, per-class), charts drawn from {@link #models} and
 * {@link #rooflines}, {@link #layers}, {@link #lineage}.
 *
 * @param title       what is compared
 * @param generatedAt when, ISO-8601 UTC
 * @param budget      the budget the verdicts judge against
 * @param verdicts    one per candidate, in order
 * @param fingerprint the machine and software
 * @param models      the baseline first, then the candidates
 * @param rooflines   one per candidate measured in detail with the baseline
 * @param layers      one per candidate measured in detail with the baseline
 * @param lineage     one per candidate that was recorded
 */
public record GainReport(String title, String generatedAt, Budget budget, List<Verdict> verdicts,
                         Fingerprint fingerprint, List<ModelResult> models, List<RooflineView> rooflines,
                         List<LayerTable> layers, List<Lineage> lineage) {

    public GainReport {
        verdicts = List.copyOf(verdicts);
        models = List.copyOf(models);
        rooflines = List.copyOf(rooflines);
        layers = List.copyOf(layers);
        lineage = List.copyOf(lineage);
    }

    /** @return the baseline's figures */
    public ModelResult baseline() {
        return models.get(0);
    }

    /** @return the candidates' figures, in order */
    public List<ModelResult> candidates() {
        return models.subList(1, models.size());
    }
}
