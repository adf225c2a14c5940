package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SGD with momentum or Adam (DJL's fused update kernels, the same arithmetic as {@code Optimizer.sgd()} and
 * {@code Optimizer.adam()} at a fixed learning rate) whose state — momentum, or Adam's moments and step count — is
 * kept by parameter name, so a checkpoint can save it ({@link #state}) and a resumed run restore it
 * ({@link #restore}) and continue bit for bit.
 */
final class ResumableOptimizer extends Optimizer {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final TrainingOptions.OptimizerKind kind;
    private final float learningRate;
    private final float momentum;
    private final Map<String, String> names = new HashMap<>();
    /** Parameter name → its state arrays: [momentum] for SGD, [mean, variance] for Adam. */
    private final Map<String, NDArray[]> states = new HashMap<>();
    private int steps;

    ResumableOptimizer(TrainingOptions options) {
        super(new Builder());
        this.kind = options.optimizer();
        this.learningRate = (float) options.learningRate();
        this.momentum = (float) options.momentum();
    }

    /** Learns the names of the parameters it will update (DJL calls {@link #update} with their ids). */
    void track(List<Parameter> parameters) {
        parameters.forEach(p -> names.put(p.getId(), p.getName()));
    }

    /** Counts one optimiser step (Adam's bias correction depends on it); call before the step's updates. */
    void beginStep() {
        steps++;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        String name = names.getOrDefault(parameterId, parameterId);
        NDArray[] state = states.computeIfAbsent(name, n -> fresh(weight));
        if (kind == TrainingOptions.OptimizerKind.SGD) {
            weight.getNDArrayInternal().sgdUpdate(new NDList(weight, grad, state[0]), new NDList(weight), learningRate,
                    0, rescaleGrad, clipGrad, momentum, true);
        } else {
            double coef1 = 1 - Math.pow(BETA1, steps);
            double coef2 = 1 - Math.pow(BETA2, steps);
            float corrected = (float) (learningRate * Math.sqrt(coef2) / coef1);
            weight.getNDArrayInternal().adamUpdate(new NDList(weight, grad, state[0], state[1]), new NDList(weight),
                    learningRate, corrected, 0, rescaleGrad, clipGrad, BETA1, BETA2, EPSILON, true, false);
        }
    }

    private NDArray[] fresh(NDArray weight) {
        int count = kind == TrainingOptions.OptimizerKind.SGD ? 1 : 2;
        NDArray[] state = new NDArray[count];
        for (int i = 0; i < count; i++) {
            state[i] = weight.zerosLike();
        }
        return state;
    }

    /** @return the optimiser steps taken, a restored run's included */
    int steps() {
        return steps;
    }

    /** @return every state array, named {@code PARAMETER#i}, copied into {@code manager} */
    NDList state(NDManager manager) {
        NDList list = new NDList();
        states.forEach((name, arrays) -> {
            for (int i = 0; i < arrays.length; i++) {
                NDArray copy = manager.create(arrays[i].toFloatArray(), arrays[i].getShape());
                copy.setName(name + "#" + i);
                list.add(copy);
            }
        });
        return list;
    }

    /**
     * Takes the state a checkpoint saved.
     *
     * @param saved  arrays as {@link #state} names them, owned by the network's manager
     * @param steps0 the optimiser steps the checkpoint had taken
     */
    void restore(NDList saved, int steps0) {
        Map<String, NDArray[]> restored = new HashMap<>();
        for (NDArray array : saved) {
            String name = array.getName();
            int hash = name.lastIndexOf('#');
            int count = kind == TrainingOptions.OptimizerKind.SGD ? 1 : 2;
            restored.computeIfAbsent(name.substring(0, hash), n -> new NDArray[count])[Integer.parseInt(
                    name.substring(hash + 1))] = array;
        }
        states.putAll(restored);
        steps = steps0;
    }

    /** DJL's builder, with its defaults (no rescaling or clipping). */
    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
