package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.report.gain.Budget;
import picocli.CommandLine.Option;

/** The budget a report's verdicts judge candidates against. */
public final class BudgetArguments {

    @Option(names = "--budget-accuracy", defaultValue = "1.0", paramLabel = "POINTS",
            description = "The most accuracy a candidate may lose, percentage points (default: ${DEFAULT-VALUE}).")
    private double maxDropPoints;

    @Option(names = "--min-speedup", defaultValue = "1.0", paramLabel = "X",
            description = "The least speed-up over the baseline a candidate must reach (default: ${DEFAULT-VALUE}).")
    private double minSpeedUp;

    @Option(names = "--max-size", defaultValue = "1.0", paramLabel = "FRACTION",
            description = "The largest size a candidate may have, as a fraction of the baseline's (default: "
                    + "${DEFAULT-VALUE}).")
    private double maxSizeFraction;

    /**
     * @return the budget
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a negative drop, or a speed-up or size not above 0
     */
    Budget budget() throws TensorscopeException {
        try {
            return new Budget(maxDropPoints, minSpeedUp, maxSizeFraction);
        } catch (IllegalArgumentException e) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, e.getMessage());
        }
    }
}
