package io.tensorscope.engine.shape;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphValidator;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Shape inference for fixed input sizes. Visits the nodes in topological order and applies the rule of
 * each op type (see {@link #supportedOpTypes()}), folding small integer tensors on the way so that shape
 * subgraphs (Shape → Gather → Unsqueeze → Concat → Reshape) resolve to concrete sizes. An op without a
 * rule (or in another domain) leaves its outputs unknown unless the file declares them in
 * {@code value_info} or the graph outputs, whose symbols are then resolved from the input sizes.
 */
public final class ShapeInference {

    private ShapeInference() {
    }

    /**
     * Infers the type and shape of every tensor for the given input sizes.
     *
     * @return facts for graph inputs, initializers and every node output that could be inferred
     * @throws TensorscopeException {@code BAD_INPUT_SHAPE} if a fixed size contradicts the model (declared
     *                              rank or fixed size, or shapes that no longer fit at some node);
     *                              {@code INVALID_MODEL} if the graph is not a DAG
     */
    public static InferredShapes infer(Model model, InputSizes sizes) throws TensorscopeException {
        InputBinding binding = InputBinding.resolve(model, sizes);
        GraphProto graph = model.graph();
        Map<String, TensorFacts> facts = new HashMap<>();
        for (TensorInfo input : model.inputs()) {
            facts.put(input.name(), new TensorFacts(input.type(), binding.inputs().get(input.name()), null));
        }
        for (TensorProto initializer : graph.getInitializerList()) {
            facts.put(initializer.getName(), TensorValues.facts(initializer));
        }
        Map<String, TensorInfo> declared = new HashMap<>();
        graph.getValueInfoList().forEach(v -> declared.put(v.getName(), Model.tensorInfo(v)));
        graph.getOutputList().forEach(v -> declared.put(v.getName(), Model.tensorInfo(v)));
        long opset = model.opsetVersion();
        Map<String, float[]> floats = SmallFloats.of(model);
        for (int index : GraphValidator.topologicalOrder(graph)) {
            NodeProto node = graph.getNode(index);
            inferNode(node, opset, facts, floats, model.nodeName(index));
            for (String output : node.getOutputList()) {
                TensorInfo info = declared.get(output);
                if (!output.isEmpty() && info != null && !isKnown(facts.get(output))) {
                    facts.put(output, new TensorFacts(info.type(), binding.resolveDeclared(info.shape()), null));
                }
            }
        }
        Map<String, TensorInfo> result = new HashMap<>();
        facts.forEach((name, f) -> result.put(name, new TensorInfo(name, f.type(), f.shape())));
        return new InferredShapes(result);
    }

    /** @return the op types of the default ONNX domain that have a shape rule, sorted */
    public static Set<String> supportedOpTypes() {
        Set<String> ops = new java.util.TreeSet<>(ShapeRules.opTypes());
        ops.add("If");
        return ops;
    }

    private static void inferNode(NodeProto node, long opset, Map<String, TensorFacts> facts,
                                  Map<String, float[]> floats, String name) throws TensorscopeException {
        boolean defaultDomain = node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx");
        if (defaultDomain && node.getOpType().equals("If")) {
            inferIf(node, opset, facts, floats);
            return;
        }
        ShapeRule rule = ShapeRules.forOp(node.getDomain(), node.getOpType());
        if (rule == null) {
            return;
        }
        try {
            rule.infer(new NodeContext(node, opset, facts, floats));
        } catch (NodeContext.NotKnown e) {
            // an input is not known: the outputs not set so far stay unknown
        } catch (ShapeMismatchException | ArithmeticException e) {
            throw new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, "node '" + name + "' (" + node.getOpType()
                    + "): " + e.getMessage() + "; check the input sizes (NAME=D1xD2...)", e);
        }
    }

    /**
     * Infers both branches of an {@code If} (their tensors join the facts: subgraph names are unique in a model, and a
     * branch sees the outer scope) and gives the node the outputs of the branch its condition selects when the
     * condition is folded, else those both branches agree on (or the one branch that fits the sizes given); outputs the
     * branches disagree on stay unknown. A branch that does not fit fails the node only when it is the one taken, or
     * when neither fits.
     */
    private static void inferIf(NodeProto node, long opset, Map<String, TensorFacts> facts, Map<String, float[]> floats)
            throws TensorscopeException {
        GraphProto then = branch(node, "then_branch");
        GraphProto otherwise = branch(node, "else_branch");
        if (then == null || otherwise == null) {
            return;
        }
        TensorFacts condition = node.getInputCount() > 0 ? facts.get(node.getInput(0)) : null;
        long[] cond = condition == null ? null : condition.values();
        boolean decided = cond != null && cond.length == 1;
        TensorscopeException thenFailed = inferBranchOrNull(then, opset, facts, floats);
        TensorscopeException elseFailed = inferBranchOrNull(otherwise, opset, facts, floats);
        TensorscopeException taken = decided ? (cond[0] != 0 ? thenFailed : elseFailed) : null;
        if (taken != null || thenFailed != null && elseFailed != null) {
            throw taken != null ? taken : thenFailed;
        }
        for (int i = 0; i < node.getOutputCount() && i < then.getOutputCount() && i < otherwise.getOutputCount(); i++) {
            TensorFacts a = thenFailed == null ? facts.get(then.getOutput(i).getName()) : null;
            TensorFacts b = elseFailed == null ? facts.get(otherwise.getOutput(i).getName()) : null;
            TensorFacts chosen = decided ? (cond[0] != 0 ? a : b) : a == null ? b : b == null ? a
                    : a.shape().equals(b.shape()) && a.type() == b.type() ? a : null;
            if (chosen != null && !node.getOutput(i).isEmpty()) {
                facts.put(node.getOutput(i), new TensorFacts(chosen.type(), chosen.shape(), chosen.values()));
            }
        }
    }

    private static GraphProto branch(NodeProto node, String name) {
        AttributeProto attribute = NodeAttributes.find(node, name);
        return attribute == null || !attribute.hasG() ? null : attribute.getG();
    }

    /**
     * @return why the branch does not fit the sizes given (a branch that is not taken may not: a model for two sample
     * rates expects other lengths in each), or null when it was inferred
     */
    private static TensorscopeException inferBranchOrNull(GraphProto graph, long opset, Map<String, TensorFacts> facts,
                                                          Map<String, float[]> floats) {
        try {
            inferBranch(graph, opset, facts, floats);
            return null;
        } catch (TensorscopeException e) {
            return e;
        }
    }

    /** Infers a subgraph's nodes in their order (ONNX requires subgraph nodes to be sorted), nested Ifs included. */
    private static void inferBranch(GraphProto graph, long opset, Map<String, TensorFacts> facts,
                                    Map<String, float[]> floats) throws TensorscopeException {
        for (TensorProto initializer : graph.getInitializerList()) {
            facts.put(initializer.getName(), TensorValues.facts(initializer));
        }
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto node = graph.getNode(i);
            inferNode(node, opset, facts, floats, node.getName().isEmpty() ? node.getOpType() + "_" + i : node.getName());
        }
    }

    private static boolean isKnown(TensorFacts f) {
        return f != null && f.shape().isKnown() && f.type() != ElementType.UNDEFINED;
    }
}
