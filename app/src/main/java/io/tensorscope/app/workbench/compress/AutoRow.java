package io.tensorscope.app.workbench.compress;

import io.tensorscope.profiler.auto.AutoCandidate;

/**
 * One candidate of an automatic search, ready for the Compress tab.
 *
 * @param original   the original's row to show from now on, when this candidate brought a new one (the first
 *                   candidate, unless the original was already scored on the same samples); else null
 * @param experiment the candidate's row
 * @param candidate  what the search measured
 */
record AutoRow(CompressExperiment original, CompressExperiment experiment, AutoCandidate candidate) {
}
