package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.GraphBuilder.NodeBuilder;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Matrices;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dynamic int8 quantization. Embedding tables read by {@code Gather} are stored in int8 and dequantized after the
 * lookup. Every {@code MatMul} (and plain {@code Gemm}, its bias added after) whose second input is a constant 2-D
 * float weight gets int8
 * weights (symmetric, per tensor or per output column) computed now, and uint8 activations quantized at run time,
 * as ONNX Runtime's own quantizer emits them: {@code DynamicQuantizeLinear} (one per activation tensor, shared by
 * the MatMuls that read it) → {@code MatMulInteger} → {@code Cast} → {@code Mul} by the product of both scales.
 * ONNX Runtime fuses that pattern into its {@code DynamicQuantizeMatMul} kernel (u8 × s8, VNNI on AVX-512).
 */
public final class DynamicInt8Pass implements Pass {

    /** The pass's id. */
    public static final String ID = "dynamic-int8";
    /** Opset that introduced {@code DynamicQuantizeLinear}; older models are refused, not silently upgraded. */
    static final long MIN_OPSET = 11;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Dynamic int8";
    }

    @Override
    public String description() {
        return "int8 weights now, activations quantized at run time: no calibration data needed (MatMul, Gemm, Gather)";
    }

    @Override
    public List<PassOption> options() {
        return QuantizationOptions.withExclusions(QuantizationOptions.PER_CHANNEL);
    }

    @Override
    public PassResult apply(Model model, PassOptions options, PassContext context) throws TensorscopeException {
        return apply(model, options.bool(QuantizationOptions.PER_CHANNEL_NAME),
                QuantizationOptions.exclusions(options, model), context.progress());
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
        float[] scales = q.scales();
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
     * @return the constant, non-empty 2-D float weight of a {@code MatMul}, or of a plain {@code Gemm} (no transA,
     * alpha = beta = 1); null for any other node
     */
    private static TensorProto productWeight(NodeProto node, GraphIndex index) {
        boolean matMul = node.getOpType().equals("MatMul") && node.getInputCount() == 2;
        boolean gemm = node.getOpType().equals("Gemm") && NodeAttributes.intOr(node, "transA", 0) == 0
                && floatAttribute(node, "alpha") == 1f && floatAttribute(node, "beta") == 1f;
        TensorProto weight = matMul || gemm ? index.initializer(node.getInput(1)) : null;
        return weight != null && weight.getDimsCount() == 2 && weight.getDataType() == ElementType.FLOAT.onnxCode()
                && Tensors.elementCount(weight) > 0 ? weight : null;
    }

    private static float floatAttribute(NodeProto node, String name) {
        var attribute = NodeAttributes.find(node, name);
        return attribute == null ? 1f : attribute.getF();
    }

    /** Adds {@code base_quantized} [K, N] int8, {@code base_scale} and {@code base_zero_point} for a product weight. */
    private static TensorQuantization quantizeWeight(TensorProto weight, boolean transposed, String base,
                                                     boolean perChannel, List<TensorProto> added)
            throws TensorscopeException {
        float[] values = InitializerData.floats(weight);
        int rows = Math.toIntExact(weight.getDims(0));
        int columns = Math.toIntExact(weight.getDims(1));
        if (transposed) {
            values = Matrices.transpose(values, rows, columns);
            int swap = rows;
            rows = columns;
            columns = swap;
        }
        WeightQuantizer.Quantized w = WeightQuantizer.quantize(values, columns, false, perChannel);
        float[] scales = w.scales();
        long[] channelDims = perChannel ? new long[] {columns} : new long[0];
        added.add(Tensors.bytes(base + "_quantized", ElementType.INT8, w.values(), rows, columns));
        added.add(Tensors.floats(base + "_scale", scales, channelDims));
        added.add(Tensors.bytes(base + "_zero_point", ElementType.INT8, new byte[scales.length], channelDims));
        return new TensorQuantization(weight.getName(), "weight", w.params(), w.min(), w.max());
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
    static PassResult apply(Model model, boolean perChannel, Exclusions exclusions, ProgressListener progress)
            throws TensorscopeException {
        if (model.opsetVersion() < MIN_OPSET) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "dynamic int8 needs ONNX opset " + MIN_OPSET
                    + " or newer (DynamicQuantizeLinear); " + model.name() + " is opset " + model.opsetVersion());
        }
        GraphProto graph = model.graph();
        GraphIndex index = model.index();
        GraphRewrite rewrite = new GraphRewrite();
        Map<String, String[]> quantizedActivations = new HashMap<>();
        Set<String> quantizedWeights = new HashSet<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            progress.checkCancelled();
            progress.onProgress((double) i / graph.getNodeCount(), "quantizing " + model.nodeName(i));
            NodeProto node = graph.getNode(i);
            int mark = rewrite.mark();
            TensorProto table = embeddingTable(node, index);
            TensorProto weight = table == null ? productWeight(node, index) : null;
            if ((table == null && weight == null) || exclusions.excludes(node)) {
                rewrite.keep(node, table != null || weight != null);
            } else if (table != null) {
                rewrite.tensors.add(quantizeGather(node, table, perChannel, rewrite.nodes, rewrite.added));
                rewrite.converted.add(node.getName());
            } else {
                quantizeProduct(node, weight, perChannel, rewrite, quantizedActivations, quantizedWeights);
            }
            rewrite.served(mark, node);
        }
        if (rewrite.converted.isEmpty() && rewrite.excluded.isEmpty()) {
            rewrite.warnings.add("dynamic int8 rewrites MatMul, Gemm and Gather nodes with constant float weights only; "
                    + "static int8 also converts Conv");
        }
        progress.onProgress(1, "quantized " + rewrite.converted.size() + " nodes");
        return rewrite.finish(model, ID, List.of());
    }

    /** @return the float table a {@code Gather} along axis 0 reads from an initializer, or null */
    private static TensorProto embeddingTable(NodeProto node, GraphIndex index) {
        TensorProto table = node.getOpType().equals("Gather") ? index.initializer(node.getInput(0)) : null;
        return table != null && table.getDataType() == ElementType.FLOAT.onnxCode()
                && NodeAttributes.intOr(node, "axis", 0) == 0 && Tensors.elementCount(table) > 0 ? table : null;
    }

    /**
     * Replaces a MatMul/Gemm by {@code DynamicQuantizeLinear} (shared per activation) → {@code MatMulInteger} →
     * {@code Cast} → {@code Mul} by both scales (→ {@code Add} of a Gemm's bias), keeping its output name.
     */
    private static void quantizeProduct(NodeProto node, TensorProto weight, boolean perChannel, GraphRewrite rewrite,
                                        Map<String, String[]> quantizedActivations, Set<String> quantizedWeights)
            throws TensorscopeException {
        List<NodeProto> nodes = rewrite.nodes;
        String activation = node.getInput(0);
        String[] q = quantizedActivations.get(activation);
        if (q == null) {
            q = new String[] {activation + "_quantized", activation + "_scale", activation + "_zero_point"};
            nodes.add(NodeBuilder.of("DynamicQuantizeLinear", activation + "_QuantizeLinear", activation)
                    .outputs(q).build());
            quantizedActivations.put(activation, q);
            rewrite.tensors.add(new TensorQuantization(activation, "activation", List.of(), Float.NaN, Float.NaN));
        }
        boolean transposed = node.getOpType().equals("Gemm") && NodeAttributes.intOr(node, "transB", 0) != 0;
        String base = weight.getName() + (transposed ? "_transposed" : "");
        if (quantizedWeights.add(base)) {
            rewrite.tensors.add(quantizeWeight(weight, transposed, base, perChannel, rewrite.added));
        }
        String prefix = node.getName().isEmpty() ? node.getOutput(0) : node.getName();
        String bias = node.getOpType().equals("Gemm") && node.getInputCount() > 2 ? node.getInput(2) : "";
        String output = node.getOutput(0);
        String scaled = bias.isEmpty() ? output : output + "_unbiased";
        nodes.add(NodeBuilder.of("MatMulInteger", prefix + "_quant", q[0], base + "_quantized", q[2], base + "_zero_point")
                .outputs(output + "_output_quantized").build());
        nodes.add(NodeBuilder.of("Cast", prefix + "_quant_cast", output + "_output_quantized")
                .outputs(output + "_output_quantized_cast").attr("to", ElementType.FLOAT.onnxCode()).build());
        nodes.add(NodeBuilder.of("Mul", prefix + "_quant_scales_mul", q[1], base + "_scale")
                .outputs(prefix + "_quant_scales_mul:0").build());
        nodes.add(NodeBuilder.of("Mul", prefix + "_quant_output_scale_mul", output + "_output_quantized_cast",
                prefix + "_quant_scales_mul:0").outputs(scaled).build());
        if (!bias.isEmpty()) {
            nodes.add(NodeBuilder.of("Add", prefix + "_quant_bias_add", scaled, bias).outputs(output).build());
        }
        rewrite.converted.add(node.getName());
    }
}
