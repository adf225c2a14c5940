package io.tensorscope.engine.train;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import java.util.Objects;

/**
 * The teacher of a distillation run and its loss: α·T²·KL(softmax(teacher/T) ‖ softmax(student/T)) + (1 − α)·CE.
 *
 * @param model       the classifier learnt from (run on ONNX Runtime, once per image)
 * @param temperature T, softens both distributions (> 0)
 * @param alpha       α, weight of the teacher's term, 0..1
 */
public record Teacher(Model model, double temperature, double alpha) {

    /** Temperature of Hinton et al.'s recipe, the default. */
    public static final double DEFAULT_TEMPERATURE = 4;
    /** Weight of the teacher's term by default. */
    public static final double DEFAULT_ALPHA = 0.7;

    public Teacher {
        Objects.requireNonNull(model);
    }

    /**
     * @return the teacher
     * @throws TensorscopeException {@code BAD_ARGUMENT} for T ≤ 0 or α outside 0..1
     */
    public static Teacher of(Model model, double temperature, double alpha) throws TensorscopeException {
        TrainingOptions.require(temperature > 0, "the temperature must be > 0, not " + temperature);
        TrainingOptions.require(alpha >= 0 && alpha <= 1, "alpha must be within 0..1, not " + alpha);
        return new Teacher(model, temperature, alpha);
    }
}
