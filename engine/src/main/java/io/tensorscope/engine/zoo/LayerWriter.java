package io.tensorscope.engine.zoo;

import io.tensorscope.engine.model.GraphBuilder;
import java.util.Arrays;
import java.util.Random;

/**
 * Writes the layers of a convolutional network into a {@link GraphBuilder}, with freshly initialised weights drawn
 * from one seeded generator in the order the layers are written. Each node's output tensor carries the node's name;
 * weights are named {@code NODE.weight}, {@code NODE.bias}, {@code NODE.running_mean}, {@code NODE.running_var} (as
 * PyTorch names them).
 */
final class LayerWriter {

    private final GraphBuilder graph;
    private final Random random;

    LayerWriter(GraphBuilder graph, long seed) {
        this.graph = graph;
        this.random = new Random(seed);
    }

    /**
     * A square Conv without bias (a BatchNormalization follows), padded to keep the size at stride 1; weights
     * Kaiming-normal for a ReLU, fan-out mode: N(0, 2 / (out·k·k)).
     *
     * @return the output tensor, {@code name}
     */
    String conv(String name, String input, int in, int out, int kernel, int stride) {
        float[] w = new float[out * in * kernel * kernel];
        double std = Math.sqrt(2.0 / ((double) out * kernel * kernel));
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (random.nextGaussian() * std);
        }
        graph.initializer(name + ".weight", w, out, in, kernel, kernel);
        int pad = kernel / 2;
        graph.node("Conv", input, name + ".weight").name(name).outputs(name).attrInts("kernel_shape", kernel, kernel)
                .attrInts("strides", stride, stride).attrInts("pads", pad, pad, pad, pad);
        return name;
    }

    /**
     * BatchNormalization over {@code channels}: scale 1, bias 0, running mean 0 and variance 1 (epsilon 1e-5,
     * momentum 0.9 in ONNX's sense: PyTorch's 0.1).
     *
     * @return the output tensor, {@code name}
     */
    String batchNorm(String name, String input, int channels) {
        graph.initializer(name + ".weight", filled(channels, 1f), channels);
        graph.initializer(name + ".bias", new float[channels], channels);
        graph.initializer(name + ".running_mean", new float[channels], channels);
        graph.initializer(name + ".running_var", filled(channels, 1f), channels);
        graph.node("BatchNormalization", input, name + ".weight", name + ".bias", name + ".running_mean",
                name + ".running_var").name(name).outputs(name).attr("epsilon", 1e-5f).attr("momentum", 0.9f);
        return name;
    }

    /** @return the output tensor of a node {@code op} named {@code name} reading {@code inputs}, without weights */
    String op(String op, String name, String... inputs) {
        graph.node(op, inputs).name(name).outputs(name);
        return name;
    }

    /**
     * A fully connected layer {@code y = x·Wᵀ + b} (Gemm, W of [out, in]); W and b uniform in ±1/√in (PyTorch's
     * {@code Linear} default).
     *
     * @return the output tensor, {@code name}
     */
    String dense(String name, String input, int in, int out) {
        float bound = (float) (1 / Math.sqrt(in));
        graph.initializer(name + ".weight", uniform(out * in, bound), out, in);
        graph.initializer(name + ".bias", uniform(out, bound), out);
        graph.node("Gemm", input, name + ".weight", name + ".bias").name(name).outputs(name).attr("transB", 1L);
        return name;
    }

    private float[] uniform(int n, float bound) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (2 * random.nextFloat() - 1) * bound;
        }
        return values;
    }

    private static float[] filled(int n, float value) {
        float[] values = new float[n];
        Arrays.fill(values, value);
        return values;
    }
}
