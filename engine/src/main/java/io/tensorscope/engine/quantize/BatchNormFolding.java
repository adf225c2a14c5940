package io.tensorscope.engine.quantize;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.model.UniqueNames;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds every inference-mode {@code BatchNormalization} that directly follows a {@code Conv} into that convolution's
 * weight and bias: with s = γ / √(σ² + ε), W'[o] = W[o] · s[o] and b'[o] = (b[o] − μ[o]) · s[o] + β[o], so the Conv
 * alone computes what both did (exact up to float rounding). The quantization passes fold first: a Conv whose output
 * is normalized in float cannot run as one int8 kernel, and its {@code Relu} could not fuse.
 *
 * <p>Folded only where it is safe: the BN's scale, bias, mean and variance are float initializers with one value per
 * output channel, the BN has a single output (not training mode), and the Conv's output is read by that BN alone and
 * is not a graph output. A weight or bias shared with other nodes is copied under a new name, never changed for them.
 * The folded Conv keeps its node name and writes the BN's output tensor.
 */
final class BatchNormFolding {

    /**
     * @param model the folded model (the input itself when nothing folded)
     * @param folds the BatchNormalization nodes folded, by name, each mapped to the Conv it went into
     */
    record Result(Model model, Map<String, String> folds) {
    }

    private BatchNormFolding() {
    }

    /** @return {@code model} with every foldable Conv → BatchNormalization pair folded (the input is not modified) */
    static Result fold(Model model) throws TensorscopeException {
        GraphProto graph = model.graph();
        GraphIndex index = model.index();
        Map<Integer, Integer> bnOfConv = new HashMap<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto conv = graph.getNode(i);
            if (!conv.getOpType().equals("Conv") || conv.getOutputCount() != 1 || index.isOutput(conv.getOutput(0))) {
                continue;
            }
            List<Integer> readers = index.consumerIndices(conv.getOutput(0));
            if (readers.size() == 1 && foldable(graph.getNode(readers.get(0)), conv, index)) {
                bnOfConv.put(i, readers.get(0));
            }
        }
        if (bnOfConv.isEmpty()) {
            return new Result(model, Map.of());
        }
        Set<Integer> folded = new HashSet<>(bnOfConv.values());
        Map<String, String> folds = new LinkedHashMap<>();
        UniqueNames names = index.newNames();
        Map<String, TensorProto> replaced = new HashMap<>();
        List<TensorProto> added = new ArrayList<>();
        GraphProto.Builder out = graph.toBuilder().clearNode();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            if (folded.contains(i)) {
                continue;
            }
            NodeProto node = graph.getNode(i);
            Integer bn = bnOfConv.get(i);
            if (bn == null) {
                out.addNode(node);
                continue;
            }
            NodeProto norm = graph.getNode(bn);
            out.addNode(foldInto(node, norm, index, names, replaced, added));
            folds.put(norm.getName(), node.getName());
        }
        List<TensorProto> initializers = new ArrayList<>();
        for (TensorProto t : graph.getInitializerList()) {
            initializers.add(replaced.getOrDefault(t.getName(), t));
        }
        initializers.addAll(added);
        Set<String> read = new HashSet<>();
        out.getNodeList().forEach(n -> read.addAll(n.getInputList()));
        out.clearInitializer();
        initializers.stream().filter(t -> read.contains(t.getName()) || index.isOutput(t.getName()))
                .forEach(out::addInitializer);
        return new Result(model.withProto(model.proto().toBuilder().setGraph(out).build()), folds);
    }

    private static boolean foldable(NodeProto bn, NodeProto conv, GraphIndex index) throws TensorscopeException {
        if (!bn.getOpType().equals("BatchNormalization") || bn.getOutputCount() != 1 || bn.getInputCount() != 5
                || !bn.getInput(0).equals(conv.getOutput(0)) || conv.getInputCount() < 2
                || NodeAttributes.intOr(bn, "training_mode", 0) != 0) {
            return false;
        }
        TensorProto weight = index.initializer(conv.getInput(1));
        if (!isFloat(weight) || weight.getDimsCount() < 3) {
            return false;
        }
        long channels = weight.getDims(0);
        for (int i = 1; i < 5; i++) {
            TensorProto t = index.initializer(bn.getInput(i));
            if (!isFloat(t) || Tensors.elementCount(t) != channels) {
                return false;
            }
        }
        return conv.getInputCount() < 3 || conv.getInput(2).isEmpty()
                || isFloat(index.initializer(conv.getInput(2)));
    }

    private static boolean isFloat(TensorProto t) {
        return t != null && t.getDataType() == ElementType.FLOAT.onnxCode();
    }

    /** @return the Conv computing Conv → BN, its new weight and bias in {@code replaced} or {@code added} */
    private static NodeProto foldInto(NodeProto conv, NodeProto bn, GraphIndex index, UniqueNames names,
            Map<String, TensorProto> replaced, List<TensorProto> added) throws TensorscopeException {
        TensorProto weight = index.initializer(conv.getInput(1));
        float[] w = InitializerData.floats(weight).clone();
        float[] gamma = InitializerData.floats(index.initializer(bn.getInput(1)));
        float[] beta = InitializerData.floats(index.initializer(bn.getInput(2)));
        float[] mean = InitializerData.floats(index.initializer(bn.getInput(3)));
        float[] variance = InitializerData.floats(index.initializer(bn.getInput(4)));
        double epsilon = epsilon(bn);
        boolean hasBias = conv.getInputCount() > 2 && !conv.getInput(2).isEmpty();
        float[] bias = hasBias ? InitializerData.floats(index.initializer(conv.getInput(2))) : new float[gamma.length];
        int channels = gamma.length;
        int perChannel = w.length / channels;
        float[] b = new float[channels];
        for (int o = 0; o < channels; o++) {
            double s = gamma[o] / Math.sqrt(variance[o] + epsilon);
            for (int k = o * perChannel; k < (o + 1) * perChannel; k++) {
                w[k] = (float) (w[k] * s);
            }
            b[o] = (float) ((bias[o] - mean[o]) * s + beta[o]);
        }
        long[] dims = weight.getDimsList().stream().mapToLong(Long::longValue).toArray();
        String weightName = own(weight.getName(), conv, index, names);
        String biasName = hasBias ? own(conv.getInput(2), conv, index, names) : names.next(conv.getName() + "_bias");
        put(Tensors.floats(weightName, w, dims), weight.getName(), replaced, added);
        put(Tensors.floats(biasName, b, channels), hasBias ? conv.getInput(2) : null, replaced, added);
        NodeProto.Builder folded = conv.toBuilder().setOutput(0, bn.getOutput(0)).setInput(1, weightName);
        if (hasBias) {
            folded.setInput(2, biasName);
        } else {
            folded.addInput(biasName);
        }
        return folded.build();
    }

    /** @return {@code tensor}'s name when only {@code conv} reads it, else a fresh one (the others keep theirs) */
    private static String own(String tensor, NodeProto conv, GraphIndex index, UniqueNames names) {
        boolean onlyThisConv = index.consumers(tensor).stream().allMatch(n -> n == conv || n.equals(conv))
                && !index.isOutput(tensor);
        return onlyThisConv ? tensor : names.next(tensor + "_folded_" + conv.getName());
    }

    private static void put(TensorProto tensor, String original, Map<String, TensorProto> replaced,
            List<TensorProto> added) {
        if (tensor.getName().equals(original)) {
            replaced.put(original, tensor);
        } else {
            added.add(tensor);
        }
    }

    private static double epsilon(NodeProto bn) {
        for (AttributeProto a : bn.getAttributeList()) {
            if (a.getName().equals("epsilon")) {
                return a.getF();
            }
        }
        return 1e-5;
    }
}
