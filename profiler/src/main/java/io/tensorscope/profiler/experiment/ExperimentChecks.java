package io.tensorscope.profiler.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a user should be warned of about an experiment next to the original, in the CLI and the workbench alike. */
public final class ExperimentChecks {

    private ExperimentChecks() {
    }

    /** @return warnings: slower than the original, or scored on other samples so its delta is not shown */
    public static List<String> warnings(ExperimentSummary experiment, ExperimentSummary original) {
        List<String> warnings = new ArrayList<>();
        if (original == null || experiment == original) {
            return warnings;
        }
        double speedUp = experiment.speedUpOver(original);
        if (speedUp < 1) {
            warnings.add(String.format(Locale.ROOT, "slower than the original on this machine: %.2f× its median latency",
                    1 / speedUp));
        }
        if (!experiment.comparableWith(original)) {
            warnings.add("scored on other samples than the original, so its score is not compared");
        }
        return warnings;
    }
}
