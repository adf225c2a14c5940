package io.tensorscope.app.workbench.compress;

/**
 * What one press of Run produced.
 *
 * @param original   the original model's row: the cached one, or a new one when it was (re)measured
 * @param experiment the new variant's row
 */
record CompressOutcome(CompressExperiment original, CompressExperiment experiment) {
}
