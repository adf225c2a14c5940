package io.tensorscope.engine.train;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.onnx.Onnx.TensorShapeProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.util.Optional;
import java.util.Random;

/**
 * Replaces a classifier's head — the last Gemm or MatMul, the one whose output (or its bias Add's) is the logits
 * ({@link Logits}) — by a freshly initialised one with another number of classes: weight Glorot-uniform
 * (±√(6 / (inputs + classes)), seeded), bias zero. Only that layer's initializers and the first graph output's last
 * dimension change.
 */
public final class HeadReplacement {

    private HeadReplacement() {
    }

    /**
     * @param classes outputs of the new head, ≥ 1
     * @param seed    seeds the new weights
     * @return the model with the new head
     * @throws TensorscopeException {@code BAD_ARGUMENT} for classes &lt; 1; {@code UNSUPPORTED_OPERATOR} when no Gemm or
     *                              MatMul with a constant 2-D weight writes the logits
     */
    public static Model replace(Model model, int classes, long seed) throws TensorscopeException {
        TrainingOptions.require(classes >= 1, "the new head needs at least 1 class, not " + classes);
        GraphIndex index = model.index();
        String logits = Logits.of(model);
        NodeProto head = head(index, logits).orElseThrow(() -> new TensorscopeException(
                ErrorCode.UNSUPPORTED_OPERATOR, "cannot replace the head of " + model.name() + ": no Gemm or MatMul "
                + "with a constant weight writes its logits '" + logits + "'"));
        TensorProto weight = index.initializer(head.getInput(1));
        boolean outputsFirst = head.getOpType().equals("Gemm") && NodeAttributes.intOr(head, "transB", 0) != 0;
        long inputs = weight.getDims(outputsFirst ? 1 : 0);
        long[] dims = outputsFirst ? new long[] {classes, inputs} : new long[] {inputs, classes};
        float bound = (float) Math.sqrt(6.0 / (inputs + classes));
        Random random = new Random(seed);
        float[] values = new float[Math.toIntExact(inputs * classes)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (random.nextFloat() * 2 - 1) * bound;
        }
        GraphProto.Builder graph = model.graph().toBuilder();
        replaceInitializer(graph, Tensors.floats(weight.getName(), values, dims));
        bias(index, head, logits).ifPresent(b -> replaceInitializer(graph, Tensors.floats(b, new float[classes],
                classes)));
        if (graph.getOutputCount() > 0) {
            graph.setOutput(0, withLastDim(graph.getOutput(0), classes));
        }
        return model.withProto(model.proto().toBuilder().setGraph(graph).build());
    }

    /** @return the Gemm or MatMul with a 2-D constant weight that writes the logits, directly or through a bias Add */
    private static Optional<NodeProto> head(GraphIndex index, String logits) {
        Optional<NodeProto> producer = index.producer(logits);
        if (producer.filter(n -> n.getOpType().equals("Add")).isPresent()) {
            NodeProto add = producer.get();
            producer = add.getInputList().stream().map(index::producer).flatMap(Optional::stream)
                    .filter(HeadReplacement::isLinear).findFirst();
        }
        return producer.filter(HeadReplacement::isLinear).filter(n -> {
            TensorProto w = n.getInputCount() > 1 ? index.initializer(n.getInput(1)) : null;
            return w != null && w.getDimsCount() == 2;
        });
    }

    private static boolean isLinear(NodeProto node) {
        return node.getOpType().equals("Gemm") || node.getOpType().equals("MatMul");
    }

    /** @return the head's bias initializer: Gemm's C, or the other operand of the Add on a MatMul's output */
    private static Optional<String> bias(GraphIndex index, NodeProto head, String logits) {
        if (head.getOpType().equals("Gemm")) {
            return head.getInputCount() > 2 && index.initializer(head.getInput(2)) != null
                    ? Optional.of(head.getInput(2)) : Optional.empty();
        }
        return index.producer(logits).filter(n -> n.getOpType().equals("Add")).flatMap(add -> add.getInputList()
                .stream().filter(t -> index.initializer(t) != null).findFirst());
    }

    private static void replaceInitializer(GraphProto.Builder graph, TensorProto tensor) {
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            if (graph.getInitializer(i).getName().equals(tensor.getName())) {
                graph.setInitializer(i, tensor);
            }
        }
    }

    private static ValueInfoProto withLastDim(ValueInfoProto value, int classes) {
        if (!value.getType().hasTensorType() || value.getType().getTensorType().getShape().getDimCount() == 0) {
            return value;
        }
        ValueInfoProto.Builder b = value.toBuilder();
        TensorShapeProto.Builder shape = b.getTypeBuilder().getTensorTypeBuilder().getShapeBuilder();
        shape.setDim(shape.getDimCount() - 1, TensorShapeProto.Dimension.newBuilder().setDimValue(classes));
        return b.build();
    }
}
