package io.tensorscope.engine.importer.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Shape;
import java.util.Locale;

/**
 * Converts the layers of a Keras Sequential model to ONNX nodes, one layer at a time.
 *
 * <p>Layout: the graph input stays as Keras has it (channels last, NHWC). Keras convolutions and pools
 * run channels last while ONNX Conv/MaxPool/AveragePool are channels first, so a Transpose to NCHW is
 * inserted before the first spatial layer, kernels are transposed from HWIO to OIHW, and a Transpose
 * back to NHWC is inserted before Flatten (Keras flattens in NHWC order, which the Dense weights expect)
 * or before the output. Dropout is the identity at inference and produces no node.
 */
final class KerasSequentialConverter {

    private final GraphBuilder graph;
    private final TfjsWeights weights;
    private String tensor;
    private int rank;
    private boolean channelsFirst;

    /**
     * @param graph      receives the nodes
     * @param weights    the model's weights
     * @param inputName  graph input the first layer reads
     * @param inputRank  rank of that input, batch included
     */
    KerasSequentialConverter(GraphBuilder graph, TfjsWeights weights, String inputName, int inputRank) {
        this.graph = graph;
        this.weights = weights;
        this.tensor = inputName;
        this.rank = inputRank;
    }

    /** Adds the nodes of one layer ({@code {"class_name", "config"}}). */
    void add(JsonNode layer) throws TensorscopeException {
        String kind = layer.path("class_name").asText();
        JsonNode config = layer.path("config");
        String name = config.path("name").asText(kind.toLowerCase(Locale.ROOT));
        if (config.has("data_format") && !"channels_last".equals(config.path("data_format").asText())) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "layer '" + name
                    + "' uses data_format " + config.path("data_format").asText() + "; only channels_last is imported");
        }
        switch (kind) {
            case "InputLayer", "Dropout", "SpatialDropout2D" -> { }
            case "Conv2D" -> conv(name, config);
            case "MaxPooling2D" -> pool("MaxPool", name, config);
            case "AveragePooling2D" -> pool("AveragePool", name, config);
            case "Flatten" -> flatten(name);
            case "Dense" -> dense(name, config);
            case "Activation" -> activation(name, config.path("activation").asText());
            default -> throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "Keras layer " + kind + " ('"
                    + name + "') is not supported by the TF.js importer (Conv2D, MaxPooling2D, AveragePooling2D, "
                    + "Dense, Flatten, Dropout, Activation, InputLayer are)");
        }
    }

    /** Declares the graph output, back in channels-last layout if needed. */
    void finish() {
        if (channelsFirst) {
            toChannelsLast("output");
        }
        graph.output(tensor, ElementType.FLOAT);
    }

    private void conv(String name, JsonNode c) throws TensorscopeException {
        toChannelsFirst(name);
        TfjsWeights.Weight kernel = weights.get(name, "kernel");
        long[] hwio = kernel.shape();
        String w = name + "/kernel";
        graph.initializer(w, hwioToOihw(kernel), hwio[3], hwio[2], hwio[0], hwio[1]);
        boolean bias = c.path("use_bias").asBoolean(true);
        if (bias) {
            TfjsWeights.Weight b = weights.get(name, "bias");
            graph.initializer(name + "/bias", b.values(), b.shape());
        }
        String out = name + "/conv";
        GraphBuilder.NodeBuilder node = bias ? graph.node("Conv", tensor, w, name + "/bias") : graph.node("Conv", tensor, w);
        node.name(name).outputs(out).attrInts("kernel_shape", hwio[0], hwio[1])
                .attrInts("strides", pair(c.path("strides"), 1)).attrInts("dilations", pair(c.path("dilation_rate"), 1))
                .attr("auto_pad", autoPad(c));
        tensor = out;
        activation(name, c.path("activation").asText("linear"));
    }

    private void pool(String op, String name, JsonNode c) {
        toChannelsFirst(name);
        long[] size = pair(c.path("pool_size"), 2);
        long[] strides = c.path("strides").isArray() ? pair(c.path("strides"), 1) : size;
        String out = name + "/pool";
        graph.node(op, tensor).name(name).outputs(out).attrInts("kernel_shape", size).attrInts("strides", strides)
                .attr("auto_pad", autoPad(c));
        tensor = out;
    }

    private void flatten(String name) {
        if (channelsFirst) {
            toChannelsLast(name);
        }
        String out = name + "/flatten";
        graph.node("Flatten", tensor).name(name).outputs(out).attr("axis", 1L);
        tensor = out;
        rank = 2;
    }

    private void dense(String name, JsonNode c) throws TensorscopeException {
        if (channelsFirst) {
            toChannelsLast(name);
        }
        TfjsWeights.Weight kernel = weights.get(name, "kernel");
        graph.initializer(name + "/kernel", kernel.values(), kernel.shape());
        boolean bias = c.path("use_bias").asBoolean(true);
        String out = name + "/dense";
        if (rank == 2) {
            if (bias) {
                TfjsWeights.Weight b = weights.get(name, "bias");
                graph.initializer(name + "/bias", b.values(), b.shape());
                graph.node("Gemm", tensor, name + "/kernel", name + "/bias").name(name).outputs(out);
            } else {
                graph.node("Gemm", tensor, name + "/kernel").name(name).outputs(out);
            }
        } else {
            String product = bias ? name + "/matmul" : out;
            graph.node("MatMul", tensor, name + "/kernel").name(name).outputs(product);
            if (bias) {
                TfjsWeights.Weight b = weights.get(name, "bias");
                graph.initializer(name + "/bias", b.values(), b.shape());
                graph.node("Add", product, name + "/bias").name(name + "/bias_add").outputs(out);
            }
        }
        tensor = out;
        activation(name, c.path("activation").asText("linear"));
    }

    private void activation(String layer, String function) throws TensorscopeException {
        String op = switch (function) {
            case "linear", "" -> null;
            case "relu" -> "Relu";
            case "sigmoid" -> "Sigmoid";
            case "tanh" -> "Tanh";
            case "softmax" -> "Softmax";
            default -> throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "activation '" + function
                    + "' of layer '" + layer + "' is not supported (relu, sigmoid, tanh, softmax, linear are)");
        };
        if (op == null) {
            return;
        }
        String out = layer + "/" + function;
        GraphBuilder.NodeBuilder node = graph.node(op, tensor).name(out).outputs(out);
        if (op.equals("Softmax")) {
            node.attr("axis", channelsFirst ? 1L : -1L);
        }
        tensor = out;
    }

    private void toChannelsFirst(String layer) {
        if (channelsFirst) {
            return;
        }
        String out = layer + "/to_nchw";
        graph.node("Transpose", tensor).name(out).outputs(out).attrInts("perm", 0, 3, 1, 2);
        tensor = out;
        channelsFirst = true;
    }

    private void toChannelsLast(String layer) {
        String out = layer + "/to_nhwc";
        graph.node("Transpose", tensor).name(out).outputs(out).attrInts("perm", 0, 2, 3, 1);
        tensor = out;
        channelsFirst = false;
    }

    /** Keras kernel [kH, kW, Cin, Cout] → ONNX [Cout, Cin, kH, kW]. */
    static float[] hwioToOihw(TfjsWeights.Weight kernel) {
        long[] s = kernel.shape();
        int kh = (int) s[0];
        int kw = (int) s[1];
        int cin = (int) s[2];
        int cout = (int) s[3];
        float[] in = kernel.values();
        float[] out = new float[in.length];
        for (int h = 0; h < kh; h++) {
            for (int w = 0; w < kw; w++) {
                for (int i = 0; i < cin; i++) {
                    for (int o = 0; o < cout; o++) {
                        out[((o * cin + i) * kh + h) * kw + w] = in[((h * kw + w) * cin + i) * cout + o];
                    }
                }
            }
        }
        return out;
    }

    private static String autoPad(JsonNode config) {
        return "same".equals(config.path("padding").asText("valid")) ? "SAME_UPPER" : "VALID";
    }

    private static long[] pair(JsonNode array, long fallback) {
        if (!array.isArray() || array.size() != 2) {
            return new long[] {fallback, fallback};
        }
        return new long[] {array.get(0).asLong(), array.get(1).asLong()};
    }

    /** @return the Keras batch input shape as an ONNX shape with a symbolic batch */
    static Shape inputShape(JsonNode batchInputShape) {
        long[] dims = new long[batchInputShape.size()];
        String[] symbols = new String[dims.length];
        for (int i = 0; i < dims.length; i++) {
            JsonNode d = batchInputShape.get(i);
            dims[i] = d.isNull() ? Shape.UNKNOWN : d.asLong();
            symbols[i] = d.isNull() ? (i == 0 ? "batch" : "dim" + i) : null;
        }
        return Shape.of(dims, symbols);
    }
}
