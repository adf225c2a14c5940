package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder.NodeBuilder;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dynamic int8 quantization. Embedding tables read by {@code Gather} are stored in int8 and dequantized after the
 * lookup. Every {@code MatMul} whose second input is a constant 2-D float weight gets int8
 * weights (symmetric, per tensor or per output column) computed now, and uint8 activations quantized at run time,
 * as ONNX Runtime's own quantizer emits them: {@code DynamicQuantizeLinear} (one per activation tensor, shared by
 * the MatMuls that read it) → {@code MatMulInteger} → {@code Cast} → {@code Mul} by the product of both scales.
 * ONNX Runtime fuses that pattern into its {@code DynamicQuantizeMatMul} kernel (u8 × s8, VNNI on AVX-512).
 */
public final class DynamicInt8Pass {

    /** Pass name in reports. */
    public static final String NAME = "dynamic-int8";
    /** Opset that introduced {@code DynamicQuantizeLinear}; older models are refused, not silently upgraded. */
    static final long MIN_OPSET = 11;

    private DynamicInt8Pass() {
    }

    /**
     * A {@code Gather} from a float table (embeddings) reads an int8 table instead and dequantizes the rows it
     * gathered (symmetric, so dequantizing is {@code Cast → Mul} by the scale, at any opset); per channel, each
     * embedding dimension (last axis) has its own scale.
     */
    private static TensorQuantization quantizeGather(NodeProto node, TensorProto table, boolean perChannel,
                                                     List<NodeProto> nodes, List<TensorProto> added)
            throws TensorscopeException {
        long[] dims = table.getDimsList().stream().mapToLong(Long::longValue).toArray();
        int width = Math.toIntExact(dims[dims.length - 1]);
        WeightQuantizer.Quantized q = WeightQuantizer.quantize(InitializerData.floats(table), width, false, perChannel);
        String name = table.getName();
        float[] scales = new float[q.params().size()];
        for (int c = 0; c < scales.length; c++) {
            scales[c] = q.params().get(c).scale();
        }
        long[] scaleDims = perChannel ? new long[] {width} : new long[0];
        added.add(Tensors.bytes(name + "_quantized", ElementType.INT8, q.values(), dims));
        added.add(Tensors.floats(name + "_scale", scales, scaleDims));
        String output = node.getOutput(0);
        nodes.add(node.toBuilder().setInput(0, name + "_quantized").setOutput(0, output + "_quantized").build());
        nodes.add(NodeBuilder.of("Cast", node.getName() + "_dequantize_cast", output + "_quantized")
                .outputs(output + "_quantized_cast").attr("to", ElementType.FLOAT.onnxCode()).build());
        nodes.add(NodeBuilder.of("Mul", node.getName() + "_dequantize", output + "_quantized_cast", name + "_scale")
                .outputs(output).build());
        return new TensorQuantization(name, "weight", q.params(), q.min(), q.max());
    }

    /**
     * @param model      the float model (not modified)
     * @param perChannel one weight scale per output column
     * @param exclusions nodes to leave in float
     * @param progress   progress and cancellation
     * @return the quantized model and the report
     * @throws TensorscopeException {@code CANCELLED}; {@code UNSUPPORTED_OPERATOR} for weights in external files or
     *                              an opset older than 11
     */
    public static PassResult apply(Model model, boolean perChannel, Exclusions exclusions, ProgressListener progress)
            throws TensorscopeException {
        if (model.opsetVersion() < MIN_OPSET) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "dynamic int8 needs ONNX opset " + MIN_OPSET
                    + " or newer (DynamicQuantizeLinear); " + model.name() + " is opset " + model.opsetVersion());
        }
        GraphProto graph = model.graph();
        Map<String, TensorProto> initializers = new HashMap<>();
        graph.getInitializerList().forEach(t -> initializers.put(t.getName(), t));
        Map<String, Integer> readers = new HashMap<>();
        graph.getNodeList().forEach(n -> n.getInputList().forEach(i -> readers.merge(i, 1, Integer::sum)));

        List<NodeProto> nodes = new ArrayList<>();
        List<TensorProto> added = new ArrayList<>();
        Map<String, String[]> quantizedActivations = new HashMap<>();
        List<String> converted = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<TensorQuantization> tensors = new ArrayList<>();
        Map<String, Integer> weightsReplaced = new HashMap<>();
        Set<String> quantizedWeights = new HashSet<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            progress.checkCancelled();
            progress.onProgress((double) i / graph.getNodeCount(), "quantizing " + model.nodeName(i));
            NodeProto node = graph.getNode(i);
            TensorProto table = node.getOpType().equals("Gather") ? initializers.get(node.getInput(0)) : null;
            if (table != null && table.getDataType() == ElementType.FLOAT.onnxCode()
                    && NodeAttributes.intOr(node, "axis", 0) == 0) {
                if (exclusions.excludes(node)) {
                    excluded.add(node.getName());
                    nodes.add(node);
                } else {
                    tensors.add(quantizeGather(node, table, perChannel, nodes, added));
                    weightsReplaced.merge(table.getName(), 1, Integer::sum);
                    converted.add(node.getName());
                }
                continue;
            }
            TensorProto weight = node.getOpType().equals("MatMul") && node.getInputCount() == 2
                    ? initializers.get(node.getInput(1)) : null;
            if (weight == null || weight.getDimsCount() != 2 || weight.getDataType() != ElementType.FLOAT.onnxCode()) {
                nodes.add(node);
                continue;
            }
            if (exclusions.excludes(node)) {
                excluded.add(node.getName());
                nodes.add(node);
                continue;
            }
            String prefix = node.getName().isEmpty() ? "MatMul_" + i : node.getName();
            String activation = node.getInput(0);
            String[] q = quantizedActivations.get(activation);
            if (q == null) {
                q = new String[] {activation + "_quantized", activation + "_scale", activation + "_zero_point"};
                nodes.add(NodeBuilder.of("DynamicQuantizeLinear", activation + "_QuantizeLinear", activation)
                        .outputs(q).build());
                quantizedActivations.put(activation, q);
                tensors.add(new TensorQuantization(activation, "activation", List.of(), Float.NaN, Float.NaN));
            }
            int columns = Math.toIntExact(weight.getDims(1));
            WeightQuantizer.Quantized w = WeightQuantizer.quantize(InitializerData.floats(weight), columns, false, perChannel);
            String weightName = weight.getName() + "_quantized";
            if (quantizedWeights.add(weight.getName())) {
                added.add(Tensors.bytes(weightName, ElementType.INT8, w.values(), weight.getDims(0), weight.getDims(1)));
                float[] scales = new float[w.params().size()];
                for (int c = 0; c < scales.length; c++) {
                    scales[c] = w.params().get(c).scale();
                }
                long[] channelDims = perChannel ? new long[] {columns} : new long[0];
                added.add(Tensors.floats(weight.getName() + "_scale", scales, channelDims));
                added.add(Tensors.bytes(weight.getName() + "_zero_point", ElementType.INT8, new byte[scales.length], channelDims));
                tensors.add(new TensorQuantization(weight.getName(), "weight", w.params(), w.min(), w.max()));
            }
            weightsReplaced.merge(weight.getName(), 1, Integer::sum);
            String output = node.getOutput(0);
            nodes.add(NodeBuilder.of("MatMulInteger", prefix + "_quant", q[0], weightName, q[2], weight.getName() + "_zero_point")
                    .outputs(output + "_output_quantized").build());
            nodes.add(NodeBuilder.of("Cast", prefix + "_quant_cast", output + "_output_quantized")
                    .outputs(output + "_output_quantized_cast").attr("to", ElementType.FLOAT.onnxCode()).build());
            nodes.add(NodeBuilder.of("Mul", prefix + "_quant_scales_mul", q[1], weight.getName() + "_scale")
                    .outputs(prefix + "_quant_scales_mul:0").build());
            nodes.add(NodeBuilder.of("Mul", prefix + "_quant_output_scale_mul", output + "_output_quantized_cast",
                    prefix + "_quant_scales_mul:0").outputs(output).build());
            converted.add(node.getName());
        }
        GraphProto.Builder rewritten = graph.toBuilder().clearNode().addAllNode(nodes).clearInitializer();
        for (TensorProto t : graph.getInitializerList()) {
            boolean stillRead = readers.getOrDefault(t.getName(), 0) > weightsReplaced.getOrDefault(t.getName(), 0);
            if (stillRead || !weightsReplaced.containsKey(t.getName())) {
                rewritten.addInitializer(t);
            }
        }
        rewritten.addAllInitializer(added);
        Model result = model.withProto(model.proto().toBuilder().setGraph(rewritten).build());
        progress.onProgress(1, "quantized " + converted.size() + " MatMuls");
        return new PassResult(result, new PassReport(NAME, converted, excluded, tensors,
                model.proto().getSerializedSize(), result.proto().getSerializedSize(), List.of()));
    }
}
