package io.tensorscope.app.workbench.compress;

import java.util.List;

/**
 * What one press of Run produced.
 *
 * @param original    the original model's row: the cached one, or a new one when it was (re)measured
 * @param experiments one new row per pipeline step, in order
 */
record CompressOutcome(CompressExperiment original, List<CompressExperiment> experiments) {

    CompressOutcome {
        experiments = List.copyOf(experiments);
    }
}
