package io.tensorscope.profiler.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The experiments no other beats on both counts: a higher-or-equal score at a lower-or-equal cost, better in at least
 * one. These are the only ones worth deploying; every other experiment is dominated by one of them.
 */
public final class ParetoFront {

    private ParetoFront() {
    }

    /**
     * @param experiments the candidates; those with a NaN score or cost are never on the front
     * @param cost        the cost to minimise (the score, {@link ExperimentSummary#metricValue()}, is maximised)
     * @return the front, cheapest first (equal experiments are all kept)
     */
    public static List<ExperimentSummary> of(List<ExperimentSummary> experiments, ExperimentCost cost) {
        List<ExperimentSummary> front = new ArrayList<>();
        for (ExperimentSummary candidate : experiments) {
            if (valid(candidate, cost) && experiments.stream().noneMatch(other -> valid(other, cost)
                    && dominates(other, candidate, cost))) {
                front.add(candidate);
            }
        }
        front.sort(Comparator.comparingDouble(cost::of));
        return front;
    }

    /** @return whether {@code a} is at least as good as {@code b} on both counts and strictly better on one */
    public static boolean dominates(ExperimentSummary a, ExperimentSummary b, ExperimentCost cost) {
        double costA = cost.of(a);
        double costB = cost.of(b);
        return a.metricValue() >= b.metricValue() && costA <= costB
                && (a.metricValue() > b.metricValue() || costA < costB);
    }

    private static boolean valid(ExperimentSummary e, ExperimentCost cost) {
        return !Double.isNaN(e.metricValue()) && !Double.isNaN(cost.of(e));
    }
}
