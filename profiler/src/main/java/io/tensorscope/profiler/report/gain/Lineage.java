package io.tensorscope.profiler.report.gain;

import java.util.List;

/**
 * How a candidate was made, from the first recorded model down to it: anyone can replay each step.
 *
 * @param candidate the candidate's name
 * @param steps     from the root experiment to the candidate
 */
public record Lineage(String candidate, List<Step> steps) {

    public Lineage {
        steps = List.copyOf(steps);
    }

    /**
     * @param experimentId the experiment
     * @param name         its name
     * @param pipeline     the pipeline that made it from the step before, every option written out, as
     *                     {@code tensorscope optimize} replays it ({@code --step PASS:NAME=VALUE,... [--dataset D]});
     *                     empty for an original model
     */
    public record Step(String experimentId, String name, String pipeline) {
    }
}
