package io.tensorscope.profiler.experiment;

/** What an experiment costs, to be minimised on a {@link ParetoFront}. */
public enum ExperimentCost {
    /** Median end-to-end latency, ms. */
    LATENCY_MILLIS("latency (median, ms)"),
    /** Serialized model size, bytes. */
    SIZE_BYTES("size (bytes)");

    private final String label;

    ExperimentCost(String label) {
        this.label = label;
    }

    /** @return the cost of {@code experiment}, in this cost's unit */
    public double of(ExperimentSummary experiment) {
        return this == LATENCY_MILLIS ? experiment.latencyMillis().median() : experiment.sizeBytes();
    }

    /** @return e.g. {@code latency (median, ms)} */
    public String label() {
        return label;
    }
}
