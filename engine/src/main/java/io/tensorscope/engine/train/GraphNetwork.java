package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.GraphValidator;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ONNX graph (any DAG of supported operators) rebuilt as a trainable DJL block for the PyTorch engine. Each
 * learnable float32 initializer ({@link WeightRole#TRAINED}) is a DJL {@link Parameter} with gradients, each
 * BatchNormalization running statistic ({@link WeightRole#STATE}) a parameter without; other initializers and
 * {@code Constant} nodes are constants. {@link #forward} interprets the nodes in topological order with NDArray ops,
 * so autograd (a DJL {@code GradientCollector} or {@code Trainer}) flows through it; every array a forward pass
 * creates belongs to the manager of its first input, so closing that manager frees them. {@link #withTrainedWeights()}
 * writes the current values back into the ONNX model.
 */
public final class GraphNetwork extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Model model;
    private final NDManager manager;
    private final List<String> inputNames;
    private final List<String> outputNames;
    private final List<BoundNode> nodes;
    private final Map<String, Parameter> weights;
    private final Map<String, WeightRole> roles;
    private final Map<String, NDArray> constants;
    /** Positions (graph order) of the frozen nodes: they run in evaluation mode and their weights get no gradient. */
    private final Set<Integer> frozen = new HashSet<>();

    /** One node of the graph bound to its op; {@code position} is its index in the graph's node list. */
    private record BoundNode(int position, List<String> inputs, String output, NodeOp op) {
    }

    private GraphNetwork(Model model, NDManager manager, List<String> outputNames, List<BoundNode> nodes, Map<String, Parameter> weights,
            Map<String, WeightRole> roles, Map<String, NDArray> constants) {
        super(VERSION);
        this.model = model;
        this.manager = manager;
        this.inputNames = List.copyOf(model.index().inputs());
        this.outputNames = List.copyOf(outputNames);
        this.nodes = nodes;
        this.weights = weights;
        this.roles = Map.copyOf(roles);
        this.constants = constants;
        weights.values().forEach(this::addParameter);
    }

    /**
     * @param model   the ONNX model
     * @param manager a PyTorch-engine manager that owns the weights and constants (close it to free them)
     * @return the network computing the model's graph outputs
     * @throws TensorscopeException {@code UNSUPPORTED_OPERATOR} naming the first node (and its op) the trainer cannot
     *                              rebuild; {@code INVALID_MODEL} if the graph is not a DAG
     */
    public static GraphNetwork of(Model model, NDManager manager) throws TensorscopeException {
        return of(model, manager, List.copyOf(model.index().outputs()));
    }

    /**
     * @param outputs the tensors the network returns, in this order (e.g. the logits before a final Softmax); only
     *                the nodes they need are rebuilt
     * @return the network computing {@code outputs}
     * @throws TensorscopeException as {@link #of(Model, NDManager)}, and {@code BAD_ARGUMENT} for a tensor the graph
     *                              does not compute
     */
    public static GraphNetwork of(Model model, NDManager manager, List<String> outputs) throws TensorscopeException {
        GraphIndex index = model.index();
        List<Integer> needed = needed(model, outputs);
        Map<String, WeightRole> roles = WeightRole.of(index);
        List<BoundNode> nodes = new ArrayList<>();
        Set<String> initializers = new LinkedHashSet<>();
        for (int i : needed) {
            NodeProto node = model.graph().getNode(i);
            node.getInputList().stream().filter(t -> index.initializer(t) != null).forEach(initializers::add);
            if (!node.getOpType().equals("Constant")) {
                nodes.add(bind(model, i, outputsUsed(index, node, outputs)));
            }
        }
        Map<String, Parameter> weights = new LinkedHashMap<>();
        Map<String, NDArray> constants = new HashMap<>();
        for (String name : initializers) {
            NDArray values = OnnxArrays.of(index.initializer(name), manager);
            WeightRole role = roles.get(name);
            if (role == null) {
                constants.put(name, values);
            } else {
                values.setRequiresGradient(role == WeightRole.TRAINED);
                weights.put(name, Parameter.builder().setName(name).setType(role == WeightRole.TRAINED
                        ? Parameter.Type.WEIGHT : Parameter.Type.OTHER).optRequiresGrad(role == WeightRole.TRAINED)
                        .optArray(values).build());
            }
        }
        for (int i : needed) {
            NodeProto node = model.graph().getNode(i);
            if (node.getOpType().equals("Constant")) {
                TensorProto value = index.constant(node.getOutput(0));
                if (value == null) {
                    throw new NodeSpec(node, model.nodeName(i), model.opsetVersion(), index)
                            .refuse("only Constant nodes with a tensor 'value' are supported");
                }
                constants.put(node.getOutput(0), OnnxArrays.of(value, manager));
            }
        }
        roles.keySet().retainAll(weights.keySet());
        return new GraphNetwork(model, manager, outputs, nodes, weights, roles, constants);
    }

    /** @return the positions of the nodes {@code outputs} depend on, in a topological order */
    private static List<Integer> needed(Model model, List<String> outputs) throws TensorscopeException {
        GraphIndex index = model.index();
        Set<Integer> marked = new HashSet<>();
        List<String> pending = new ArrayList<>(outputs);
        while (!pending.isEmpty()) {
            String tensor = pending.remove(pending.size() - 1);
            Integer producer = index.producerIndex(tensor).orElse(null);
            if (producer == null) {
                if (outputs.contains(tensor) && !index.inputs().contains(tensor) && index.initializer(tensor) == null) {
                    throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "tensor '" + tensor + "' is not computed "
                            + "by " + model.name());
                }
            } else if (marked.add(producer)) {
                model.graph().getNode(producer).getInputList().stream().filter(t -> !t.isEmpty()).forEach(pending::add);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i : GraphValidator.topologicalOrder(model.graph())) {
            if (marked.contains(i)) {
                order.add(i);
            }
        }
        return order;
    }

    /** @return whether any output but the first is read by a node or returned */
    private static boolean outputsUsed(GraphIndex index, NodeProto node, List<String> outputs) {
        return node.getOutputList().stream().skip(1).filter(t -> !t.isEmpty())
                .anyMatch(t -> !index.consumerIndices(t).isEmpty() || outputs.contains(t));
    }

    private static BoundNode bind(Model model, int i, boolean extraOutputsUsed) throws TensorscopeException {
        NodeProto node = model.graph().getNode(i);
        NodeSpec spec = new NodeSpec(node, model.nodeName(i), model.opsetVersion(), model.index());
        OpBinder binder = node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx")
                ? TrainableOps.binder(node.getOpType()) : null;
        if (binder == null) {
            throw spec.refuse("the operator is not supported for training (supported: "
                    + String.join(", ", TrainableOps.supported()) + ")");
        }
        if (extraOutputsUsed) {
            throw spec.refuse("only its first output can be computed, and the graph reads another");
        }
        return new BoundNode(i, node.getInputList(), node.getOutput(0), binder.bind(spec));
    }

    /**
     * Runs the graph. Weights and constants enter the pass as views owned by the first input's manager, so every
     * array the pass creates (results, temporaries, autograd history) is freed with that manager.
     *
     * @param inputs the graph inputs a caller feeds, in the model's order
     * @return the requested outputs, in order
     */
    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDManager scope = inputs.head().getManager();
        Map<String, NDArray> values = new HashMap<>();
        constants.forEach((name, array) -> values.put(name, inScope(array, scope)));
        weights.forEach((name, p) -> values.put(name, inScope(store.getValue(p, scope.getDevice(), training), scope)));
        for (int i = 0; i < inputNames.size(); i++) {
            values.put(inputNames.get(i), inputs.get(i));
        }
        for (BoundNode node : nodes) {
            List<NDArray> args = Arrays.asList(new NDArray[node.inputs().size()]);
            for (int i = 0; i < args.size(); i++) {
                args.set(i, node.inputs().get(i).isEmpty() ? null : values.get(node.inputs().get(i)));
            }
            boolean mode = training && !frozen.contains(node.position());
            values.put(node.output(), node.op().apply(new OpInputs(args, mode, scope)));
        }
        NDList out = new NDList(outputNames.size());
        outputNames.forEach(name -> out.add(values.get(name)));
        return out;
    }

    /** @return a view of {@code array} (same storage, gradients flow to it) owned by {@code scope} */
    private static NDArray inScope(NDArray array, NDManager scope) {
        NDArray view = array.reshape(array.getShape());
        view.attach(scope);
        return view;
    }

    /** @return the output shapes for {@code inputShapes}, found by running the graph once on zeros */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        try (NDManager scope = manager.newSubManager()) {
            NDList zeros = new NDList();
            List<TensorInfo> declared = model.inputs();
            for (int i = 0; i < inputShapes.length; i++) {
                boolean integer = declared.get(i).type() == ElementType.INT64;
                zeros.add(scope.zeros(inputShapes[i], integer ? DataType.INT64 : DataType.FLOAT32));
            }
            NDList out = forward(new ParameterStore(scope, false), zeros, false);
            return out.stream().map(NDArray::getShape).toArray(Shape[]::new);
        }
    }

    /** @return the graph inputs the network takes, in order */
    public List<String> inputNames() {
        return inputNames;
    }

    /** @return the tensors the network returns, in order */
    public List<String> outputNames() {
        return outputNames;
    }

    /** @return the role of each initializer the network holds as a parameter (trained weight or running state) */
    public Map<String, WeightRole> roles() {
        return roles;
    }

    /**
     * @return the model this network was built from with every parameter's current value (trained weights and
     * BatchNormalization running statistics) in its initializer — same names, shapes, nodes and everything else
     */
    public Model withTrainedWeights() {
        GraphProto.Builder graph = model.graph().toBuilder();
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            TensorProto old = graph.getInitializer(i);
            Parameter p = weights.get(old.getName());
            if (p != null) {
                long[] dims = old.getDimsList().stream().mapToLong(Long::longValue).toArray();
                graph.setInitializer(i, Tensors.floats(old.getName(), p.getArray().toFloatArray(), dims));
            }
        }
        return model.withProto(model.proto().toBuilder().setGraph(graph).build());
    }

    /**
     * Freezes node {@code name} and every node before it in the graph's node list: their trained weights get no
     * gradient (the optimiser leaves them bit for bit) and they run in evaluation mode (BatchNormalization keeps its
     * running statistics, Dropout passes everything).
     *
     * @return the names of the parameters frozen
     * @throws TensorscopeException {@code BAD_ARGUMENT} if the model has no node {@code name}
     */
    public Set<String> freezeThrough(String name) throws TensorscopeException {
        int last = -1;
        for (int i = 0; i < model.nodeCount(); i++) {
            last = model.nodeName(i).equals(name) ? i : last;
        }
        if (last < 0) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, model.name() + " has no node '" + name + "' to "
                    + "freeze up to");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i <= last; i++) {
            frozen.add(i);
            model.graph().getNode(i).getInputList().stream().filter(weights::containsKey).forEach(names::add);
        }
        names.forEach(n -> weights.get(n).freeze(true));
        return names;
    }

    /** @return the model the network was built from */
    public Model model() {
        return model;
    }
}
