package io.tensorscope.engine.prune.channel;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.shape.InferredShapes;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the channel groups of a graph (the dependency graph of Torch-Pruning, on ONNX): from each prunable layer
 * (Conv with one group, Gemm, MatMul with a constant weight) it follows its output forward through the operators that
 * keep channels apart (element-wise activations, BatchNormalization, pools, Transpose, Flatten, per-channel
 * constants, depthwise Convs, Concat on the channel axis, Split and Slice) to the layers that read them, and ties in,
 * through residual Add / Sub / Mul, the layers whose channels are combined with them. A Concat joins the channels
 * with their offsets once every branch reaching it has been followed; a Split or a step-1 Slice on the channel axis
 * passes each output the channels of its segment ({@link AxisCut}), one on another axis passes them all. A group
 * that meets anything else (a graph output, a Reshape that mixes channels, a Softmax over them, a shared weight, a
 * Slice with another step or computed bounds) is refused with the reason.
 */
final class ChannelGroupFinder {

    /** Element-wise operators with one data input: channels pass through unchanged. */
    private static final Set<String> ELEMENT_WISE = Set.of("Relu", "LeakyRelu", "PRelu", "Sigmoid", "Tanh", "Elu",
            "Selu", "Celu", "HardSigmoid", "HardSwish", "Softplus", "Softsign", "Clip", "Dropout", "Identity", "Erf",
            "Gelu", "Abs", "Neg", "Sqrt", "Exp", "Log", "Mish", "ThresholdedRelu", "Cast", "Reciprocal", "Floor",
            "Ceil", "Round", "Sign");
    /** Pools: channels stay on axis 1. */
    private static final Set<String> POOLS = Set.of("MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool",
            "LpPool", "GlobalLpPool");
    /** Binary element-wise operators: both operands must carry the same channels (or be constants). */
    private static final Set<String> BINARY = Set.of("Add", "Sub", "Mul", "Div", "Pow", "Max", "Min");

    private final Model model;
    private final GraphIndex index;
    private final InferredShapes shapes;
    private final Set<Integer> allowed;
    private final Set<Integer> assigned = new HashSet<>();

    /**
     * @param model   the model
     * @param shapes  its inferred shapes (Flatten needs the spatial sizes)
     * @param allowed positions of the layers that may be pruned (all prunable layers, or those the user named)
     */
    ChannelGroupFinder(Model model, InferredShapes shapes, Set<Integer> allowed) {
        this.model = model;
        this.index = model.index();
        this.shapes = shapes;
        this.allowed = allowed;
    }

    /** What the finder found: the groups that can be pruned, and the layers that cannot, with why. */
    record Found(List<ChannelGroup> groups, List<Refusal> refusals) {
    }

    /** @return the groups of every allowed layer, in graph order, and the refusals */
    Found find() {
        List<ChannelGroup> groups = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (int seed : allowed.stream().sorted().toList()) {
            if (assigned.contains(seed)) {
                continue;
            }
            Build build = new Build();
            String refusal = build.grow(seed);
            assigned.addAll(build.roots);
            if (refusal == null) {
                groups.add(new ChannelGroup(build.roots, build.channels, build.touches, build.depthwise, build.cuts));
            } else {
                build.roots.forEach(r -> refusals.add(new Refusal(model.nodeName(r), refusal)));
            }
        }
        return new Found(groups, refusals);
    }

    /** @return whether node {@code i} is a layer whose output channels can be the root of a group */
    static boolean isPrunableLayer(NodeProto node, GraphIndex index) {
        String op = node.getOpType();
        if (node.getInputCount() < 2 || index.initializer(node.getInput(1)) == null) {
            return false;
        }
        TensorProto weight = index.initializer(node.getInput(1));
        return switch (op) {
            case "Conv" -> NodeAttributes.intOr(node, "group", 1) == 1 && weight.getDimsCount() >= 3;
            case "Gemm" -> NodeAttributes.intOr(node, "transA", 0) == 0 && weight.getDimsCount() == 2;
            case "MatMul" -> weight.getDimsCount() == 2;
            default -> false;
        };
    }

    /** @return output channels of a prunable layer */
    static int outputChannels(NodeProto node, GraphIndex index) {
        TensorProto weight = index.initializer(node.getInput(1));
        boolean channelFirst = node.getOpType().equals("Conv")
                || (node.getOpType().equals("Gemm") && NodeAttributes.intOr(node, "transB", 0) != 0);
        return Math.toIntExact(channelFirst ? weight.getDims(0) : weight.getDims(1));
    }

    /** @return the axis of a prunable layer's weight that holds its output channels */
    static int outputAxisOfWeight(NodeProto node) {
        boolean channelFirst = node.getOpType().equals("Conv")
                || (node.getOpType().equals("Gemm") && NodeAttributes.intOr(node, "transB", 0) != 0);
        return channelFirst ? 0 : 1;
    }

    /** One group being grown; {@link #grow} returns null when it is complete, else the reason it is refused. */
    private final class Build {
        private final List<Integer> roots = new ArrayList<>();
        private final List<Touch> touches = new ArrayList<>();
        private final List<Integer> depthwise = new ArrayList<>();
        private final List<AxisCut> cuts = new ArrayList<>();
        private final Map<String, ChannelMap> mapped = new LinkedHashMap<>();
        private final Deque<String> pending = new ArrayDeque<>();
        private final Set<Integer> handled = new HashSet<>();
        private final Set<Integer> waiting = new LinkedHashSet<>();
        private final Set<Integer> joins = new LinkedHashSet<>();
        private int channels;

        String grow(int seed) {
            NodeProto first = model.graph().getNode(seed);
            channels = outputChannels(first, index);
            String refused = addRoot(seed);
            while (refused == null) {
                refused = drain();
                if (refused != null || waiting.isEmpty()) {
                    return refused;
                }
                refused = tieInPartner();
            }
            return refused;
        }

        /**
         * Follows every pending tensor, then retries the binary nodes that waited for their other operand, then joins
         * the Concats reached (once nothing else moves, so each sees every branch that reaches it).
         */
        private String drain() {
            boolean progress = true;
            while (progress) {
                while (!pending.isEmpty()) {
                    String tensor = pending.poll();
                    if (index.isOutput(tensor)) {
                        return "its channels reach the graph output " + tensor;
                    }
                    for (int consumer : index.consumerIndices(tensor)) {
                        String refused = handle(consumer);
                        if (refused != null) {
                            return refused;
                        }
                    }
                }
                progress = false;
                for (int node : List.copyOf(waiting)) {
                    waiting.remove(node);
                    String refused = handle(node);
                    if (refused != null) {
                        return refused;
                    }
                    progress |= !waiting.contains(node);
                }
                if (!progress) {
                    for (int node : List.copyOf(joins)) {
                        joins.remove(node);
                        String refused = concat(node, model.graph().getNode(node));
                        if (refused != null) {
                            return refused;
                        }
                    }
                    progress = !pending.isEmpty();
                }
            }
            return null;
        }

        /** A binary node waits for an operand no root reaches: find the layer that makes it and add it as a root. */
        private String tieInPartner() {
            int node = waiting.iterator().next();
            NodeProto binary = model.graph().getNode(node);
            for (String operand : binary.getInputList()) {
                if (mapped.containsKey(operand) || index.constantValue(operand) != null) {
                    continue;
                }
                Optional<Integer> partner = rootBehind(operand);
                if (partner.isEmpty()) {
                    return binary.getOpType() + " " + label(node) + " combines the channels with " + operand
                            + ", which no prunable layer makes";
                }
                if (!allowed.contains(partner.get()) || assigned.contains(partner.get())) {
                    return binary.getOpType() + " " + label(node) + " ties the channels to " + label(partner.get())
                            + ", which is not pruned with them";
                }
                if (outputChannels(model.graph().getNode(partner.get()), index) != channels) {
                    return binary.getOpType() + " " + label(node) + " combines channel counts that differ";
                }
                return addRoot(partner.get());
            }
            return binary.getOpType() + " " + label(node) + " combines operands whose channels differ";
        }

        /** @return the prunable layer {@code tensor} comes from through channel-keeping operators, if any */
        private Optional<Integer> rootBehind(String tensor) {
            String current = tensor;
            for (int hops = 0; hops < model.nodeCount(); hops++) {
                Optional<Integer> producer = index.producerIndex(current);
                if (producer.isEmpty()) {
                    return Optional.empty();
                }
                NodeProto node = model.graph().getNode(producer.get());
                if (isPrunableLayer(node, index)) {
                    return producer;
                }
                if (!ELEMENT_WISE.contains(node.getOpType()) && !POOLS.contains(node.getOpType())
                        && !node.getOpType().equals("BatchNormalization")) {
                    return Optional.empty();
                }
                current = node.getInput(0);
            }
            return Optional.empty();
        }

        private String addRoot(int layer) {
            NodeProto node = model.graph().getNode(layer);
            String shared = sharedWeight(layer, 1);
            if (shared != null) {
                return shared;
            }
            roots.add(layer);
            handled.add(layer);
            touches.add(new Touch(layer, 1, outputAxisOfWeight(node), ChannelMap.identity(outputAxisOfWeight(node),
                    channels), Touch.Kind.PRODUCER));
            if (node.getInputCount() > 2 && !node.getInput(2).isEmpty()) {
                TensorProto bias = index.initializer(node.getInput(2));
                if (bias == null) {
                    return "the bias of " + label(layer) + " is computed, not a constant";
                }
                int axis = bias.getDimsCount() - 1;
                if (bias.getDims(axis) == channels) {
                    touches.add(new Touch(layer, 2, axis, ChannelMap.identity(axis, channels), Touch.Kind.PRODUCER));
                } else if (Tensors.elementCount(bias) != 1) {
                    return "the bias of " + label(layer) + " does not follow its channels";
                }
            }
            int axis = node.getOpType().equals("MatMul") ? rank(node.getOutput(0)) - 1 : 1;
            if (axis < 1) {
                return "the output shape of " + label(layer) + " is unknown";
            }
            return propagate(node.getOutput(0), ChannelMap.identity(axis, channels));
        }

        private String propagate(String tensor, ChannelMap map) {
            ChannelMap known = mapped.get(tensor);
            if (known != null) {
                return known.equals(map) ? null : tensor + " carries the channels at two different places";
            }
            mapped.put(tensor, map);
            pending.add(tensor);
            return null;
        }

        /** @return null when node {@code i} was followed (or must wait), else the reason the group is refused */
        private String handle(int i) {
            if (handled.contains(i)) {
                return null;
            }
            NodeProto node = model.graph().getNode(i);
            String op = node.getOpType();
            ChannelMap in = mapped.get(node.getInput(0));
            if (BINARY.contains(op)) {
                return binary(i, node);
            }
            if (op.equals("Concat")) {
                joins.add(i);
                return null;
            }
            for (int k = 1; k < node.getInputCount(); k++) {
                if (mapped.containsKey(node.getInput(k))) {
                    return label(i) + " (" + op + ") reads the channels as input " + k + ", not as data";
                }
            }
            handled.add(i);
            if (ELEMENT_WISE.contains(op)) {
                return propagate(node.getOutput(0), in);
            }
            if (POOLS.contains(op)) {
                return in.axis() == 1 ? propagate(node.getOutput(0), in) : label(i) + " pools over the channel axis";
            }
            return switch (op) {
                case "BatchNormalization" -> normalization(i, node, in);
                case "Conv" -> convolution(i, node, in);
                case "Gemm" -> gemm(i, node, in);
                case "MatMul" -> matMul(i, node, in);
                case "Transpose" -> transpose(node, in);
                case "Flatten" -> flatten(i, node, in, (int) NodeAttributes.intOr(node, "axis", 1));
                case "Reshape" -> reshape(i, node, in);
                case "Split", "Slice" -> cut(i, node, in);
                default -> label(i) + " (" + op + ") mixes or reorders the channels";
            };
        }

        private String binary(int i, NodeProto node) {
            ChannelMap map = null;
            for (int k = 0; k < node.getInputCount(); k++) {
                String operand = node.getInput(k);
                ChannelMap m = mapped.get(operand);
                if (m != null) {
                    if (map != null && !map.equals(m)) {
                        return label(i) + " (" + node.getOpType() + ") combines the channels at different places";
                    }
                    map = m;
                } else if (index.constantValue(operand) == null) {
                    waiting.add(i);
                    return null;
                }
            }
            int outputRank = rank(node.getOutput(0));
            for (int k = 0; k < node.getInputCount(); k++) {
                TensorProto constant = index.constantValue(node.getInput(k));
                if (constant == null) {
                    continue;
                }
                int axis = map.axis() - (outputRank - constant.getDimsCount());
                if (axis < 0 || constant.getDims(axis) == 1) {
                    continue;
                }
                if (index.initializer(node.getInput(k)) == null || !map.isSimple()) {
                    return label(i) + " (" + node.getOpType() + ") applies a per-channel constant we cannot shrink";
                }
                String shared = sharedWeight(i, k);
                if (shared != null) {
                    return shared;
                }
                touches.add(new Touch(i, k, axis, map, Touch.Kind.PER_CHANNEL));
            }
            handled.add(i);
            return propagate(node.getOutput(0), map);
        }

        /** Joins the channels of every input that carries them, each at its offset (a Split's outputs join back). */
        private String concat(int i, NodeProto node) {
            int rank = rank(node.getOutput(0));
            long axisAttribute = NodeAttributes.intOr(node, "axis", 0);
            int axis = (int) (axisAttribute < 0 ? axisAttribute + rank : axisAttribute);
            int offset = 0;
            ChannelMap result = null;
            for (int k = 0; k < node.getInputCount(); k++) {
                ChannelMap m = mapped.get(node.getInput(k));
                if (m != null) {
                    if (m.axis() != axis) {
                        return label(i) + " (Concat) joins the channels along another axis";
                    }
                    result = result == null ? m.shifted(offset) : result.union(m.shifted(offset));
                }
                long size = dim(node.getInput(k), axis);
                if (size < 0) {
                    return label(i) + " (Concat) has an input of unknown size";
                }
                offset += (int) size;
            }
            return propagate(node.getOutput(0), result);
        }

        /** A Split or Slice: each output gets the channels of its segment of the channel axis, or all of them. */
        private String cut(int i, NodeProto node, ChannelMap in) {
            int rank = rank(node.getInput(0));
            long size = dim(node.getInput(0), in.axis());
            if (size < 0) {
                return label(i) + " (" + node.getOpType() + ") has an input of unknown size";
            }
            AxisCutReader.Reading reading = node.getOpType().equals("Split")
                    ? AxisCutReader.split(node, index, model.opsetVersion(), in.axis(), rank, size)
                    : AxisCutReader.slice(node, index, model.opsetVersion(), in.axis(), rank, size);
            if (reading.refusal() != null) {
                return label(i) + " (" + node.getOpType() + ") " + reading.refusal();
            }
            int[] bounds = reading.bounds();
            if (bounds != null) {
                cuts.add(new AxisCut(i, reading.entry(), in, bounds));
            }
            for (int j = 0; j < node.getOutputCount(); j++) {
                ChannelMap part = bounds == null ? in : in.within(bounds[j], bounds[j + 1]);
                String refused = part.isEmpty() ? null : propagate(node.getOutput(j), part);
                if (refused != null) {
                    return refused;
                }
            }
            return null;
        }

        private String normalization(int i, NodeProto node, ChannelMap in) {
            if (in.axis() != 1 || !in.isSimple()) {
                return label(i) + " normalises another axis than the channels";
            }
            for (int k = 1; k <= 4 && k < node.getInputCount(); k++) {
                if (index.initializer(node.getInput(k)) == null) {
                    return label(i) + " has computed statistics";
                }
                String shared = sharedWeight(i, k);
                if (shared != null) {
                    return shared;
                }
                touches.add(new Touch(i, k, 0, in, Touch.Kind.NORMALIZATION));
            }
            return propagate(node.getOutput(0), in);
        }

        private String convolution(int i, NodeProto node, ChannelMap in) {
            TensorProto weight = index.initializer(node.getInput(1));
            if (weight == null || in.axis() != 1 || !in.isSimple()) {
                return label(i) + " is a Conv we cannot shrink (computed weight, or channels not on axis 1)";
            }
            long groups = NodeAttributes.intOr(node, "group", 1);
            String shared = sharedWeight(i, 1);
            if (shared != null) {
                return shared;
            }
            if (groups == 1) {
                touches.add(new Touch(i, 1, 1, in, Touch.Kind.CONSUMER));
                return null;
            }
            long inputChannels = dim(node.getInput(0), 1);
            if (groups != inputChannels || weight.getDims(0) != inputChannels || weight.getDims(1) != 1) {
                return label(i) + " is a grouped Conv (group " + groups + ") whose groups mix channels";
            }
            touches.add(new Touch(i, 1, 0, in, Touch.Kind.DEPTHWISE));
            if (node.getInputCount() > 2 && !node.getInput(2).isEmpty()) {
                touches.add(new Touch(i, 2, 0, in, Touch.Kind.DEPTHWISE));
            }
            depthwise.add(i);
            return propagate(node.getOutput(0), in);
        }

        private String gemm(int i, NodeProto node, ChannelMap in) {
            if (index.initializer(node.getInput(1)) == null || NodeAttributes.intOr(node, "transA", 0) != 0
                    || in.axis() != 1) {
                return label(i) + " is a Gemm we cannot shrink (computed weight or transposed input)";
            }
            String shared = sharedWeight(i, 1);
            if (shared != null) {
                return shared;
            }
            touches.add(new Touch(i, 1, NodeAttributes.intOr(node, "transB", 0) != 0 ? 1 : 0, in, Touch.Kind.CONSUMER));
            return null;
        }

        private String matMul(int i, NodeProto node, ChannelMap in) {
            TensorProto weight = index.initializer(node.getInput(1));
            if (weight == null || weight.getDimsCount() != 2 || in.axis() != rank(node.getInput(0)) - 1) {
                return label(i) + " is a MatMul we cannot shrink (computed or batched weight)";
            }
            String shared = sharedWeight(i, 1);
            if (shared != null) {
                return shared;
            }
            touches.add(new Touch(i, 1, 0, in, Touch.Kind.CONSUMER));
            return null;
        }

        private String transpose(NodeProto node, ChannelMap in) {
            long[] perm = NodeAttributes.ints(node, "perm");
            int rank = rank(node.getInput(0));
            for (int p = 0; p < perm.length; p++) {
                if (perm[p] == in.axis()) {
                    return propagate(node.getOutput(0), in.onAxis(p));
                }
            }
            return perm.length == 0 ? propagate(node.getOutput(0), in.onAxis(rank - 1 - in.axis()))
                    : "a Transpose drops the channel axis";
        }

        private String flatten(int i, NodeProto node, ChannelMap in, int axisAttribute) {
            Shape shape = shapes.shapeOf(node.getInput(0));
            int rank = shape.rank();
            int axis = axisAttribute < 0 ? axisAttribute + rank : axisAttribute;
            if (in.axis() < axis) {
                return label(i) + " folds the channels into the batch";
            }
            long[] dims = new long[rank - axis];
            for (int d = axis; d < rank; d++) {
                if (shape.dim(d) < 0) {
                    return label(i) + " flattens sizes that are unknown";
                }
                dims[d - axis] = shape.dim(d);
            }
            return propagate(node.getOutput(0), FlatPositions.of(in, axis, dims));
        }

        /** A Reshape to [batch, -1] is a Flatten from axis 1; any other regroups the channels. */
        private String reshape(int i, NodeProto node, ChannelMap in) {
            Shape input = shapes.shapeOf(node.getInput(0));
            TensorProto target = index.constantValue(node.getInput(1));
            long[] sizes;
            try {
                sizes = target == null ? null : InitializerData.longs(target);
            } catch (TensorscopeException e) {
                sizes = null;
            }
            boolean flattensFromOne = sizes != null && sizes.length == 2 && sizes[1] == -1 && input.hasRank()
                    && input.rank() > 2 && (sizes[0] == 0 || sizes[0] == input.dim(0));
            return flattensFromOne ? flatten(i, node, in, 1) : label(i) + " (Reshape) regroups the channels";
        }

        /** @return why input {@code k} of node {@code i} cannot be edited (another node reads it too), or null */
        private String sharedWeight(int i, int k) {
            String name = model.graph().getNode(i).getInput(k);
            return index.consumerIndices(name).size() > 1 ? label(i) + " shares " + name + " with another node" : null;
        }

        private int rank(String tensor) {
            Shape shape = shapes.shapeOf(tensor);
            return shape.hasRank() ? shape.rank() : -1;
        }

        private long dim(String tensor, int axis) {
            Shape shape = shapes.shapeOf(tensor);
            return shape.hasRank() && axis < shape.rank() ? shape.dim(axis) : -1;
        }

        private String label(int node) {
            return model.nodeName(node);
        }
    }
}
