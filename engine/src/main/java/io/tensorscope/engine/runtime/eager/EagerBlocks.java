package io.tensorscope.engine.runtime.eager;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Matrices;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds a chain-structured ONNX model (each node reads the previous node's output plus weights) as DJL
 * blocks: {@code Conv} (2-D) → {@link Conv2d}, {@code Gemm} → {@link Linear}, pools, activations, reshapes.
 * Anything else is refused with the operator's name.
 */
public final class EagerBlocks {

    /** Operators the eager path rebuilds. */
    public static final Set<String> SUPPORTED = Set.of("Conv", "Gemm", "MaxPool", "AveragePool", "Relu", "Sigmoid",
            "Tanh", "Softmax", "Flatten", "Transpose", "Dropout", "Identity");

    private EagerBlocks() {
    }

    /**
     * @return the model as blocks, weights copied
     * @throws TensorscopeException {@code UNSUPPORTED_OPERATOR} naming the first node that is not a supported
     *                              operator or breaks the chain
     */
    public static EagerModel convert(Model model) throws TensorscopeException {
        Map<String, TensorProto> weights = new HashMap<>();
        model.graph().getInitializerList().forEach(t -> weights.put(t.getName(), t));
        if (model.inputs().size() != 1) {
            throw unsupported("the eager path needs a single-input model, " + model.name() + " has " + model.inputs().size());
        }
        String previous = model.inputs().get(0).name();
        List<EagerLayer> layers = new ArrayList<>();
        for (int i = 0; i < model.nodeCount(); i++) {
            NodeProto node = model.graph().getNode(i);
            if (!SUPPORTED.contains(node.getOpType())) {
                throw unsupported("operator " + node.getOpType() + " (node " + model.nodeName(i)
                        + ") is not supported on the eager path; supported: " + String.join(", ", SUPPORTED));
            }
            if (node.getInputCount() == 0 || !node.getInput(0).equals(previous)) {
                throw unsupported("node " + model.nodeName(i) + " does not read the previous node's output: the eager "
                        + "path runs chains only");
            }
            layers.add(layer(i, model.nodeName(i), node, weights));
            previous = node.getOutput(0);
        }
        return new EagerModel(model.name(), model.inputs().get(0).name(), previous, layers);
    }

    private static EagerLayer layer(int index, String name, NodeProto node, Map<String, TensorProto> weights)
            throws TensorscopeException {
        Map<String, float[]> params = new HashMap<>();
        Block block = switch (node.getOpType()) {
            case "Conv" -> conv(node, weights, params);
            case "Gemm" -> gemm(node, weights, params);
            case "MaxPool" -> Pool.maxPool2dBlock(window(node, "kernel_shape", 1), window(node, "strides", 1),
                    pads(node, window(node, "kernel_shape", 1)));
            case "AveragePool" -> Pool.avgPool2dBlock(window(node, "kernel_shape", 1), window(node, "strides", 1),
                    pads(node, window(node, "kernel_shape", 1)));
            case "Relu" -> Activation.reluBlock();
            case "Sigmoid" -> Activation.sigmoidBlock();
            case "Tanh" -> Activation.tanhBlock();
            case "Softmax" -> {
                int axis = (int) NodeAttributes.intOr(node, "axis", -1);
                yield new LambdaBlock(x -> new NDList(x.singletonOrThrow().softmax(axis)), "softmax");
            }
            case "Flatten" -> Blocks.batchFlattenBlock();
            case "Transpose" -> {
                int[] perm = Arrays.stream(NodeAttributes.ints(node, "perm")).mapToInt(Math::toIntExact).toArray();
                yield new LambdaBlock(x -> new NDList(x.singletonOrThrow().transpose(perm)), "transpose");
            }
            case "Dropout", "Identity" -> Blocks.identityBlock();
            default -> throw unsupported("operator " + node.getOpType());
        };
        return new EagerLayer(index, name, node.getOpType(), block, params);
    }

    private static Block conv(NodeProto node, Map<String, TensorProto> weights, Map<String, float[]> params)
            throws TensorscopeException {
        TensorProto kernel = weight(node, 1, weights);
        if (kernel.getDimsCount() != 4) {
            throw unsupported("only 2-D convolutions run on the eager path (node " + node.getName() + ")");
        }
        params.put("weight", InitializerData.floats(kernel));
        boolean bias = node.getInputCount() > 2 && !node.getInput(2).isEmpty();
        if (bias) {
            params.put("bias", InitializerData.floats(weight(node, 2, weights)));
        }
        return Conv2d.builder().setFilters(Math.toIntExact(kernel.getDims(0)))
                .setKernelShape(new Shape(kernel.getDims(2), kernel.getDims(3)))
                .optStride(window(node, "strides", 1)).optPadding(pads(node, new Shape(kernel.getDims(2), kernel.getDims(3))))
                .optDilation(window(node, "dilations", 1)).optGroups((int) NodeAttributes.intOr(node, "group", 1))
                .optBias(bias).build();
    }

    private static Block gemm(NodeProto node, Map<String, TensorProto> weights, Map<String, float[]> params)
            throws TensorscopeException {
        if (NodeAttributes.intOr(node, "transA", 0) != 0 || floatOr(node, "alpha") != 1f || floatOr(node, "beta") != 1f) {
            throw unsupported("Gemm with transA, alpha or beta (node " + node.getName() + ") is not supported on the eager path");
        }
        TensorProto b = weight(node, 1, weights);
        float[] values = InitializerData.floats(b);
        boolean transposed = NodeAttributes.intOr(node, "transB", 0) != 0;
        int rows = Math.toIntExact(b.getDims(0));
        int cols = Math.toIntExact(b.getDims(1));
        int units = transposed ? rows : cols;
        params.put("weight", transposed ? values : Matrices.transpose(values, rows, cols));
        boolean bias = node.getInputCount() > 2 && !node.getInput(2).isEmpty();
        if (bias) {
            params.put("bias", InitializerData.floats(weight(node, 2, weights)));
        }
        return Linear.builder().setUnits(units).optBias(bias).build();
    }

    private static TensorProto weight(NodeProto node, int input, Map<String, TensorProto> weights)
            throws TensorscopeException {
        TensorProto t = node.getInputCount() > input ? weights.get(node.getInput(input)) : null;
        if (t == null) {
            throw unsupported("input " + input + " of node " + node.getName() + " is not a constant weight");
        }
        return t;
    }

    /**
     * @return the 2-D padding: explicit symmetric pads, {@code VALID} (none), or {@code SAME_*} at stride 1 with odd
     * windows (half the window); other padding is refused (DJL pads symmetrically)
     */
    private static Shape pads(NodeProto node, Shape window) throws TensorscopeException {
        String autoPad = NodeAttributes.stringOr(node, "auto_pad", "NOTSET");
        long[] p = NodeAttributes.ints(node, "pads");
        if ("VALID".equals(autoPad)) {
            return new Shape(0, 0);
        }
        if (autoPad.startsWith("SAME")) {
            Shape strides = window(node, "strides", 1);
            if (strides.get(0) == 1 && strides.get(1) == 1 && window.get(0) % 2 == 1 && window.get(1) % 2 == 1) {
                return new Shape(window.get(0) / 2, window.get(1) / 2);
            }
        } else if (p == null || (p.length == 4 && p[0] == p[2] && p[1] == p[3])) {
            return p == null ? new Shape(0, 0) : new Shape(p[0], p[1]);
        }
        throw unsupported("node " + node.getName() + " pads asymmetrically (" + autoPad + "), which the eager path "
                + "does not support");
    }

    /** @return a 2-D window attribute such as kernel_shape, strides or dilations */
    private static Shape window(NodeProto node, String attribute, long fallback) {
        long[] values = NodeAttributes.ints(node, attribute);
        return values == null ? new Shape(fallback, fallback) : new Shape(values[0], values[1]);
    }

    private static float floatOr(NodeProto node, String attribute) {
        var a = NodeAttributes.find(node, attribute);
        return a == null ? 1f : a.getF();
    }

    private static TensorscopeException unsupported(String message) {
        return new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, message);
    }
}
