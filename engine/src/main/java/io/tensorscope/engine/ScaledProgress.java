package io.tensorscope.engine;


/**
 * Reports one step of a longer task: maps the step's 0..1 onto {@code from..to} of the whole and prefixes its
 * messages; cancellation passes through.
 */
public final class ScaledProgress implements ProgressListener {

    private final ProgressListener whole;
    private final double from;
    private final double to;
    private final String step;

    /**
     * @param whole the task's listener
     * @param from  fraction of the whole where this step starts, 0..1
     * @param to    fraction where it ends, ≥ {@code from}
     * @param step  what the step does, e.g. "machine ceilings" (empty: messages pass unprefixed)
     */
    public ScaledProgress(ProgressListener whole, double from, double to, String step) {
        this.whole = whole;
        this.from = from;
        this.to = to;
        this.step = step;
    }

    @Override
    public void onProgress(double fraction, String message) {
        double scaled = fraction < 0 ? -1 : from + Math.min(1, fraction) * (to - from);
        whole.onProgress(scaled, message == null || message.isBlank() ? step : step.isEmpty() ? message
                : step + ": " + message);
    }

    @Override
    public boolean isCancelled() {
        return whole.isCancelled();
    }
}
