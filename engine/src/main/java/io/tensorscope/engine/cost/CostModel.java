package io.tensorscope.engine.cost;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.shape.InferredShapes;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Static cost of every node for fixed shapes. One multiply-add counts as 2 FLOPs; integer operations
 * (MatMulInteger, ConvInteger, QLinear*) are counted the same way as their float counterparts.
 *
 * <table>
 * <caption>FLOPs per op type (out = output elements of output 0, in = elements of input 0)</caption>
 * <tr><th>op types</th><th>FLOPs</th></tr>
 * <tr><td>MatMul, MatMulInteger, QLinearMatMul</td><td>2·out·K (K = last dim of A), i.e. 2·M·N·K per batch</td></tr>
 * <tr><td>Gemm</td><td>2·M·N·K, + M·N when C (bias) is given</td></tr>
 * <tr><td>Conv, ConvInteger, QLinearConv</td><td>2·(Cin/group)·k1·…·kn per output element, + out for a bias</td></tr>
 * <tr><td>ConvTranspose</td><td>2·in·(Cout/group)·k1·…·kn, + out for a bias</td></tr>
 * <tr><td>MaxPool, AveragePool, LpPool</td><td>out·(kernel elements)</td></tr>
 * <tr><td>Einsum</td><td>2 per index combination (every subscript's size multiplied) for two or more operands,
 *     1 for one</td></tr>
 * <tr><td>RNN, GRU, LSTM (1, 3, 4 gates)</td><td>per step, direction and batch row: gates·2·hidden·(input + hidden),
 *     + 1, 3, 6 operations per hidden unit</td></tr>
 * <tr><td>GlobalAveragePool, GlobalMaxPool, Reduce*, ArgMax, ArgMin, TopK (comparisons)</td><td>in (one op per
 *     input element)</td></tr>
 * <tr><td>Add, Sub, Mul, Div, Pow, Min, Max, Sum, Mean, Mod, Neg, Abs, Sqrt, Reciprocal, Exp, Log, Erf,
 *     Sigmoid, Tanh, Relu, LeakyRelu, PRelu, Elu, Selu, Softplus, Sin, Cos, Floor, Ceil, Round, Sign, Clip,
 *     comparisons, logic, Where, CumSum</td><td>1·out (a transcendental function counts as one operation)</td></tr>
 * <tr><td>BatchNormalization (inference: x·a + b), QuantizeLinear, DequantizeLinear, HardSigmoid</td><td>2·out</td></tr>
 * <tr><td>HardSwish</td><td>3·out</td></tr>
 * <tr><td>DynamicQuantizeLinear (min/max scan + quantize)</td><td>4·out</td></tr>
 * <tr><td>Softmax, LogSoftmax (max, subtract, exp, sum, divide); Gelu (divide, erf, add, 2 multiplies); Mish
 *     (softplus, tanh, multiply)</td><td>5·out</td></tr>
 * <tr><td>LayerNormalization, InstanceNormalization, GroupNormalization (mean, subtract, square, sum, normalise,
 *     scale, shift)</td><td>7·out</td></tr>
 * <tr><td>Resize, Upsample</td><td>nearest 0 (bytes only), linear 8·out, cubic 32·out</td></tr>
 * <tr><td>Reshape, Flatten, Squeeze, Unsqueeze, Transpose, Gather, Slice, Concat, Split, Expand, Identity,
 *     Dropout, Cast, Shape, Size, Constant, ConstantOfShape, Range, Pad, Tile, DepthToSpace, SpaceToDepth,
 *     GatherElements, GatherND, ScatterND, ScatterElements, OneHot</td><td>0 (data movement: bytes only)</td></tr>
 * </table>
 *
 * <p>For every node with a known cost: {@code params} = elements of the initializers (and weights held by
 * {@code Constant} nodes) it reads that are parameters ({@link Parameters}); {@code bytesRead} = bytes of every input at its element type (0 for
 * Shape and Size, which read only metadata); {@code bytesWritten} = bytes of every output. An op type not
 * in the table (or in {@link ContribCosts} for ONNX Runtime's {@code com.microsoft} operators), an op of another domain,
 * or a node with an input or output of unknown shape or type gets
 * {@code costKnown = false} and zeros — it must be reported as unknown, never as free.
 */
public final class CostModel {

    private static final Map<String, CostRule> RULES = rules();
    private static final Map<String, CostRule> CONTRIB = contrib();
    private static final Set<String> METADATA_ONLY = Set.of("Shape", "Size");
    private static final int CANCEL_CHECK_INTERVAL = 256;

    private CostModel() {
    }

    private static Map<String, CostRule> rules() {
        Map<String, CostRule> rules = new HashMap<>();
        ProductCosts.register(rules);
        ElementwiseCosts.register(rules);
        return Map.copyOf(rules);
    }

    private static Map<String, CostRule> contrib() {
        Map<String, CostRule> rules = new HashMap<>();
        ContribCosts.register(rules);
        return Map.copyOf(rules);
    }

    /** @return the op types of the default ONNX domain with a cost rule, sorted */
    public static Set<String> supportedOpTypes() {
        return new TreeSet<>(RULES.keySet());
    }

    /**
     * Computes the cost of every node, in graph order.
     *
     * @param shapes shapes inferred for the same model
     * @throws TensorscopeException {@code CANCELLED} if the listener asks to stop
     */
    public static List<NodeCost> nodeCosts(Model model, InferredShapes shapes, ProgressListener progress)
            throws TensorscopeException {
        GraphProto graph = model.graph();
        Set<String> initializers = new HashSet<>();
        graph.getInitializerList().forEach(t -> initializers.add(t.getName()));
        initializers.addAll(Parameters.constantWeights(model).keySet());
        List<NodeCost> result = new ArrayList<>(graph.getNodeCount());
        for (int i = 0; i < graph.getNodeCount(); i++) {
            if (i % CANCEL_CHECK_INTERVAL == 0) {
                progress.checkCancelled();
            }
            result.add(nodeCost(i, model.nodeName(i), graph.getNode(i), shapes, initializers));
        }
        return result;
    }

    /**
     * @return the rule's FLOPs, or unknown for a node whose inputs, outputs or attributes do not fit its operator (too
     * few of them, sizes whose product overflows): a malformed node is reported as not costed, never a crash
     */
    private static long flops(CostRule rule, NodeShapes shapes) {
        try {
            return rule.flops(shapes);
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            return CostRule.UNKNOWN;
        }
    }

    private static NodeCost nodeCost(int index, String name, NodeProto node, InferredShapes shapes,
                                     Set<String> initializers) {
        boolean defaultDomain = node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx");
        if (defaultDomain && node.getOpType().equals("If")) {
            return ifCost(index, name, node, shapes, initializers);
        }
        String opType = defaultDomain ? node.getOpType() : node.getDomain() + "." + node.getOpType();
        List<Shape> inputShapes = shapesOf(node.getInputList(), shapes);
        List<Shape> outputShapes = shapesOf(node.getOutputList(), shapes);
        CostRule rule = defaultDomain ? RULES.get(node.getOpType())
                : node.getDomain().equals("com.microsoft") ? CONTRIB.get(node.getOpType()) : null;
        boolean known = rule != null && allKnown(node.getInputList(), shapes) && allKnown(node.getOutputList(), shapes);
        long flops = known ? flops(rule, new NodeShapes(node, inputShapes, outputShapes)) : CostRule.UNKNOWN;
        List<Shape> reported = outputShapes.stream().map(s -> s == null ? Shape.unknownRank() : s).toList();
        if (flops < 0) {
            return new NodeCost(index, name, opType, node.getInputList(), node.getOutputList(), reported, false,
                    0, 0, 0, 0);
        }
        long params = 0;
        long bytesRead = 0;
        for (String input : node.getInputList()) {
            if (input.isEmpty()) {
                continue;
            }
            ElementType type = shapes.typeOf(input);
            long elements = shapes.shapeOf(input).elementCount();
            if (initializers.contains(input) && Parameters.isParameterType(type)) {
                params += elements;
            }
            bytesRead += METADATA_ONLY.contains(opType) ? 0 : type.bytesFor(elements);
        }
        long bytesWritten = 0;
        for (String output : node.getOutputList()) {
            if (!output.isEmpty()) {
                bytesWritten += shapes.typeOf(output).bytesFor(shapes.shapeOf(output).elementCount());
            }
        }
        return new NodeCost(index, name, opType, node.getInputList(), node.getOutputList(), reported, true,
                flops, params, bytesRead, bytesWritten);
    }

    /** @return the shape of each named tensor, null for an omitted (empty) name */
    /**
     * An {@code If} costs its larger branch (an upper bound: which branch runs is known only at run time): the sums of
     * its nodes' FLOPs, parameters and bytes; unknown when a node of that branch is.
     */
    private static NodeCost ifCost(int index, String name, NodeProto node, InferredShapes shapes,
                                   Set<String> outer) {
        List<Shape> reported = shapesOf(node.getOutputList(), shapes).stream()
                .map(s -> s == null ? Shape.unknownRank() : s).toList();
        NodeCost larger = null;
        for (io.tensorscope.onnx.Onnx.AttributeProto attribute : node.getAttributeList()) {
            if (!attribute.hasG()) {
                continue;
            }
            GraphProto branch = attribute.getG();
            Set<String> weights = new HashSet<>(outer);
            branch.getInitializerList().forEach(t -> weights.add(t.getName()));
            long flops = 0;
            long params = 0;
            long read = 0;
            long written = 0;
            for (int i = 0; i < branch.getNodeCount(); i++) {
                NodeCost c = nodeCost(i, branch.getNode(i).getName(), branch.getNode(i), shapes, weights);
                if (!c.costKnown()) {
                    return new NodeCost(index, name, "If", node.getInputList(), node.getOutputList(), reported, false,
                            0, 0, 0, 0);
                }
                flops += c.flops();
                params += c.params();
                read += c.bytesRead();
                written += c.bytesWritten();
            }
            if (larger == null || flops > larger.flops()) {
                larger = new NodeCost(index, name, "If", node.getInputList(), node.getOutputList(), reported, true,
                        flops, params, read, written);
            }
        }
        return larger != null ? larger : new NodeCost(index, name, "If", node.getInputList(), node.getOutputList(),
                reported, false, 0, 0, 0, 0);
    }

    private static List<Shape> shapesOf(List<String> tensors, InferredShapes shapes) {
        List<Shape> result = new ArrayList<>(tensors.size());
        for (String t : tensors) {
            result.add(t.isEmpty() ? null : shapes.shapeOf(t));
        }
        return result;
    }

    private static boolean allKnown(List<String> tensors, InferredShapes shapes) {
        for (String t : tensors) {
            if (!t.isEmpty() && (!shapes.shapeOf(t).isKnown() || shapes.typeOf(t) == ElementType.UNDEFINED)) {
                return false;
            }
        }
        return true;
    }
}
