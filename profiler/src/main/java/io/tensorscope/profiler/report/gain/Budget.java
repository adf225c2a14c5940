package io.tensorscope.profiler.report.gain;

/**
 * What a candidate must achieve to meet the user's budget.
 *
 * @param maxDropPoints   the most accuracy it may lose, percentage points (1.0 = one point)
 * @param minSpeedUp      the least speed-up over the baseline (1.0 = not slower)
 * @param maxSizeFraction the largest size as a fraction of the baseline's (1.0 = not larger)
 */
public record Budget(double maxDropPoints, double minSpeedUp, double maxSizeFraction) {

    /** One point of accuracy, not slower, not larger. */
    public static final Budget DEFAULT = new Budget(1.0, 1.0, 1.0);

    public Budget {
        if (!(maxDropPoints >= 0) || !(minSpeedUp > 0) || !(maxSizeFraction > 0)) {
            throw new IllegalArgumentException("a budget needs a drop >= 0 points, a speed-up > 0 and a size fraction"
                    + " > 0, not " + maxDropPoints + ", " + minSpeedUp + ", " + maxSizeFraction);
        }
    }
}
