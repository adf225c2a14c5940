package io.tensorscope.engine.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import java.util.List;

/** Runs a model on ONNX Runtime and a {@link GraphNetwork} on PyTorch, for comparing the two. */
final class Torch {

    private Torch() {
    }

    /** @return a fresh PyTorch-engine manager */
    static NDManager manager() {
        return Engine.getEngine("PyTorch").newBaseManager();
    }

    /** @return the model's output {@code tensor} on ONNX Runtime */
    static float[] onnxRuntime(Model model, List<TensorData> inputs, String tensor) throws Exception {
        try (OnnxRunner ort = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            return ort.run(inputs).stream().filter(t -> t.name().equals(tensor)).findFirst().orElseThrow()
                    .floats();
        }
    }

    /** @return the network's first output in evaluation mode */
    static float[] eval(GraphNetwork network, NDManager manager, List<TensorData> inputs) {
        try (NDManager scope = manager.newSubManager()) {
            return network.forward(new ParameterStore(scope, false), arrays(scope, inputs), false).head().toFloatArray();
        }
    }

    /** @return {@code inputs} as arrays owned by {@code scope} */
    static NDList arrays(NDManager scope, List<TensorData> inputs) {
        NDList list = new NDList(inputs.size());
        inputs.forEach(t -> list.add(array(scope, t)));
        return list;
    }

    /** @return {@code input} as an array owned by {@code scope} */
    static NDArray array(NDManager scope, TensorData input) {
        Shape shape = new Shape(input.shape().dims());
        return input.floats() != null ? scope.create(input.floats(), shape) : scope.create(input.longs(), shape);
    }

    /** @return the largest absolute difference of two equally long arrays */
    static double maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError(a.length + " values vs " + b.length);
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
