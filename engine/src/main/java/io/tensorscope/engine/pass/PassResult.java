package io.tensorscope.engine.pass;

import io.tensorscope.engine.model.Model;

/**
 * A pass's output: the new model (the input model is never modified) and its report.
 *
 * @param model  the rewritten model, in memory (no file until saved)
 * @param report what was done
 */
public record PassResult(Model model, PassReport report) {
}
