package io.tensorscope.app.workbench.shared;

import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.model.Model;

/**
 * A model shown in the workbench, with its analysis for the default input sizes.
 *
 * @param model    the loaded model
 * @param analysis its summary and per-node cost
 */
public record LoadedModel(Model model, ModelAnalysis analysis) {
}
