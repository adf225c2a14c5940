package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.UniqueNames;
import io.tensorscope.engine.model.GraphBuilder.NodeBuilder;
import io.tensorscope.engine.model.InitializerData;
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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Static int8 quantization in QDQ form. Every {@code Conv}, {@code Gemm} and {@code MatMul} with a constant weight
 * reads its activation through {@code QuantizeLinear → DequantizeLinear} (uint8, asymmetric, range calibrated on
 * real samples), its weight through {@code DequantizeLinear} of int8 values (symmetric, per output channel or per
 * tensor) and its bias as int32 at scale input × weight; its output is quantized the same way — after the
 * {@code Relu} that follows it, when one does, so the activation fuses into the kernel. ONNX Runtime fuses
 * these node units into {@code QLinearConv} / {@code QGemm} / {@code QLinearMatMul}. The graph stays plain ONNX.
 */
public final class StaticQdqPass implements Pass {

    /** The pass's id. */
    public static final String ID = "static-int8";
    /** Option: how activation ranges are chosen. */
    public static final String CALIBRATION = "calibration";
    /** Option: calibration samples. */
    public static final String SAMPLES = "samples";
    /** Default calibration samples. */
    public static final int DEFAULT_SAMPLES = 500;
    /** Option: fold BatchNormalization into the Conv before it first. */
    public static final String FOLD_BATCHNORM = "fold-batchnorm";
    private static final Set<String> TARGETS = Set.of("Conv", "Gemm", "MatMul");
    private static final long MIN_OPSET = 10;
    private static final long PER_CHANNEL_OPSET = 13;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Static int8";
    }

    @Override
    public String description() {
        return "int8 weights and activations in QDQ form (Conv, Gemm, MatMul); activation ranges calibrated on sample "
                + "inputs";
    }

    @Override
    public List<PassOption> options() {
        return QuantizationOptions.withExclusions(QuantizationOptions.PER_CHANNEL,
                PassOption.choice(CALIBRATION, "minmax", Arrays.stream(CalibrationMethod.values())
                        .map(m -> m.name().toLowerCase(Locale.ROOT)).toList(), "How activation ranges are chosen. "
                        + "minmax: no clipping; percentile: clips rare outliers; entropy: KL-divergence threshold"),
                PassOption.integer(SAMPLES, DEFAULT_SAMPLES, 1, 100_000, "samples", "Calibration samples"),
                PassOption.bool(FOLD_BATCHNORM, true, "Fold each BatchNormalization into the Conv before it first, "
                        + "so the pair runs as one int8 kernel (and a Relu after it fuses)"));
    }

    @Override
    public boolean needsData() {
        return true;
    }

    @Override
    public PassResult apply(Model model, PassOptions options, PassContext context) throws TensorscopeException {
        String dataset = context.datasetName().orElseThrow(() -> new TensorscopeException(ErrorCode.BAD_ARGUMENT,
                "static int8 calibrates on sample inputs: name a data set (an id, a path, or random)"));
        Exclusions exclusions = QuantizationOptions.exclusions(options, model);
        CalibrationMethod method = CalibrationMethod.valueOf(options.text(CALIBRATION).toUpperCase(Locale.ROOT));
        BatchNormFolding.Result folding = options.bool(FOLD_BATCHNORM) ? BatchNormFolding.fold(model)
                : new BatchNormFolding.Result(model, Map.of());
        try (CalibrationData data = CalibrationData.of(model, dataset, Math.toIntExact(options.integer(SAMPLES)))) {
            PassResult result = apply(folding.model(), method, options.bool(QuantizationOptions.PER_CHANNEL_NAME), exclusions,
                    new CalibrationRun(data.batches(), data.count(), context.runners()), context.progress());
            result = folding.folds().isEmpty() ? result : new PassResult(result.model(), result.report().withRemoved(
                    List.copyOf(folding.folds().keySet()), "folded " + folding.folds().size() + " BatchNormalization "
                            + "node(s) into the Conv before each first"));
            return data.warning().isEmpty() ? result : new PassResult(result.model(), result.report().withWarning(
                    data.warning()));
        }
    }

    /**
     * @param model      the float model (not modified), opset 10 or newer (13 or newer per channel)
     * @param method     how activation ranges are chosen
     * @param perChannel one weight scale per output channel
     * @param exclusions nodes left in float
     * @param data       calibration inputs and the runtime to run them on
     * @param progress   progress and cancellation
     */
    static PassResult apply(Model model, CalibrationMethod method, boolean perChannel, Exclusions exclusions,
                            CalibrationRun data, ProgressListener progress)
            throws TensorscopeException {
        long needed = perChannel ? PER_CHANNEL_OPSET : MIN_OPSET;
        if (model.opsetVersion() < needed) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, perChannel
                    ? "per-channel QDQ needs ONNX opset " + needed + " or newer (per-axis DequantizeLinear); " + model.name()
                    + " is opset " + model.opsetVersion() + ": quantize per tensor (per-channel off)"
                    : "QDQ quantization needs ONNX opset " + needed + " or newer; " + model.name() + " is opset "
                    + model.opsetVersion());
        }
        GraphProto graph = model.graph();
        GraphIndex index = model.index();
        List<Integer> targets = new ArrayList<>();
        GraphRewrite rewrite = new GraphRewrite();
        List<String> excluded = rewrite.excluded;
        Set<String> activations = new LinkedHashSet<>();
        Map<Integer, Integer> reluOf = new HashMap<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto node = graph.getNode(i);
            if (!isTarget(node, index)) {
                continue;
            }
            if (exclusions.excludes(node)) {
                excluded.add(node.getName());
                continue;
            }
            targets.add(i);
            activations.add(node.getInput(0));
            List<Integer> readers = index.consumerIndices(node.getOutput(0));
            if (readers.size() == 1 && graph.getNode(readers.get(0)).getOpType().equals("Relu")) {
                reluOf.put(i, readers.get(0));
                activations.add(graph.getNode(readers.get(0)).getOutput(0));
            } else {
                activations.add(node.getOutput(0));
            }
        }
        Map<String, float[]> ranges = Calibrator.calibrate(model, List.copyOf(activations), data, method, progress);
        Map<String, QuantParams> params = new HashMap<>();
        List<TensorQuantization> report = rewrite.tensors;
        List<TensorProto> added = rewrite.added;
        for (String tensor : activations) {
            float[] range = ranges.get(tensor);
            QuantParams p = QuantParams.asymmetricUint8(range[0], range[1]);
            params.put(tensor, p);
            added.add(Tensors.floats(tensor + "_scale", new float[] {p.scale()}));
            added.add(Tensors.bytes(tensor + "_zero_point", ElementType.UINT8, new byte[] {(byte) p.zeroPoint()}));
            report.add(new TensorQuantization(tensor, "activation", List.of(p), range[0], range[1]));
        }
        Set<Integer> targetSet = new HashSet<>(targets);
        Set<String> producedByTarget = new HashSet<>();
        targets.forEach(i -> producedByTarget.add(graph.getNode(reluOf.getOrDefault(i, i)).getOutput(0)));
        Set<Integer> absorbingRelus = new HashSet<>(reluOf.values());
        Set<String> inputQdqDone = new HashSet<>();
        Set<String> weightsReplaced = new HashSet<>();
        Map<String, QuantizedBias> biases = new HashMap<>();
        UniqueNames names = index.newNames();
        List<NodeProto> nodes = rewrite.nodes;
        List<String> converted = rewrite.converted;
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto node = graph.getNode(i);
            int mark = rewrite.mark();
            if (absorbingRelus.contains(i)) {
                String r = node.getOutput(0);
                nodes.add(node.toBuilder().setOutput(0, r + "_float").build());
                qdq(r, r + "_float", r, nodes);
                rewrite.served(mark, node);
                continue;
            }
            if (!targetSet.contains(i)) {
                nodes.add(node);
                continue;
            }
            NodeProto.Builder b = node.toBuilder();
            String x = node.getInput(0);
            if (!producedByTarget.contains(x)) {
                if (inputQdqDone.add(x)) {
                    qdq(x, x, x + "_dequantized", nodes);
                }
                b.setInput(0, x + "_dequantized");
            }
            TensorProto weight = index.initializer(node.getInput(1));
            boolean channelFirst = node.getOpType().equals("Conv")
                    || (node.getOpType().equals("Gemm") && NodeAttributes.intOr(node, "transB", 0) != 0);
            int channels = Math.toIntExact(channelFirst ? weight.getDims(0) : weight.getDims(weight.getDimsCount() - 1));
            WeightQuantizer.Quantized w = WeightQuantizer.quantize(InitializerData.floats(weight), channels, channelFirst,
                    perChannel);
            String wName = weight.getName();
            if (weightsReplaced.add(wName)) {
                float[] scales = w.scales();
                long[] channelDims = perChannel ? new long[] {channels} : new long[0];
                added.add(Tensors.bytes(wName + "_quantized", ElementType.INT8, w.values(), dims(weight)));
                added.add(Tensors.floats(wName + "_scale", scales, channelDims));
                added.add(Tensors.bytes(wName + "_zero_point", ElementType.INT8, new byte[scales.length], channelDims));
                NodeBuilder dq = NodeBuilder.of("DequantizeLinear", wName + "_DequantizeLinear", wName + "_quantized",
                        wName + "_scale", wName + "_zero_point").outputs(wName + "_dequantized");
                nodes.add((perChannel ? dq.attr("axis", channelFirst ? 0 : 1) : dq).build());
                report.add(new TensorQuantization(wName, "weight", w.params(), w.min(), w.max()));
            }
            b.setInput(1, wName + "_dequantized");
            TensorProto bias = node.getInputCount() > 2 ? index.initializer(node.getInput(2)) : null;
            if (bias != null) {
                float[] scales = biasScales(params.get(x).scale(), w.scales(), perChannel, InitializerData.floats(bias).length);
                QuantizedBias done = biases.get(bias.getName());
                if (done == null || !Arrays.equals(done.scales(), scales)) {
                    done = quantizeBias(bias, scales, perChannel, done == null ? bias.getName()
                            : names.next(bias.getName() + "_for_" + node.getName()), added, nodes);
                    biases.putIfAbsent(bias.getName(), done);
                }
                b.setInput(2, done.dequantized());
            }
            String y = node.getOutput(0);
            if (reluOf.containsKey(i)) {
                nodes.add(b.build());
            } else {
                b.setOutput(0, y + "_float");
                nodes.add(b.build());
                qdq(y, y + "_float", y, nodes);
            }
            converted.add(node.getName());
            rewrite.served(mark, node);
        }
        return rewrite.finish(model, ID, List.of("calibrated with " + method.name().toLowerCase(Locale.ROOT) + " on "
                + data.count() + " batches"));
    }

    private static boolean isTarget(NodeProto node, GraphIndex index) {
        if (!TARGETS.contains(node.getOpType()) || node.getInputCount() < 2) {
            return false;
        }
        TensorProto weight = index.initializer(node.getInput(1));
        if (weight == null || weight.getDataType() != ElementType.FLOAT.onnxCode() || index.initializer(node.getInput(0)) != null
                || Tensors.elementCount(weight) == 0) {
            return false; // an empty weight has nothing to quantize
        }
        return switch (node.getOpType()) {
            case "Gemm" -> weight.getDimsCount() == 2 && NodeAttributes.intOr(node, "transA", 0) == 0;
            case "MatMul" -> weight.getDimsCount() == 2;
            default -> weight.getDimsCount() >= 3;
        };
    }

    /** Adds {@code QuantizeLinear(from) → DequantizeLinear → to} with {@code tensor}'s calibrated scale and zero point. */
    private static void qdq(String tensor, String from, String to, List<NodeProto> nodes) {
        nodes.add(NodeBuilder.of("QuantizeLinear", tensor + "_QuantizeLinear", from, tensor + "_scale",
                tensor + "_zero_point").outputs(tensor + "_quantized").build());
        nodes.add(NodeBuilder.of("DequantizeLinear", tensor + "_DequantizeLinear", tensor + "_quantized",
                tensor + "_scale", tensor + "_zero_point").outputs(to).build());
    }

    /** A bias quantized once: its scales and the tensor its {@code DequantizeLinear} writes. */
    private record QuantizedBias(float[] scales, String dequantized) {
    }

    /** @return the scales of a bias at input_scale × weight_scale, one per channel or one in all */
    private static float[] biasScales(float inputScale, float[] weightScales, boolean perChannel, int channels) {
        float[] scales = new float[perChannel ? channels : 1];
        for (int c = 0; c < scales.length; c++) {
            scales[c] = inputScale * weightScales[perChannel ? c : 0];
        }
        return scales;
    }

    /**
     * Bias as int32 at {@code scales} (zero point 0), as QLinearConv expects, its tensors named after {@code name}
     * (the bias's own name, or a unique one when the bias is shared by nodes at other scales).
     */
    private static QuantizedBias quantizeBias(TensorProto bias, float[] scales, boolean perChannel, String name,
                                              List<TensorProto> added, List<NodeProto> nodes) throws TensorscopeException {
        float[] values = InitializerData.floats(bias);
        ByteBuffer q = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int c = 0; c < values.length; c++) {
            q.putInt((int) Math.round(values[c] / scales[perChannel ? c : 0]));
        }
        long[] channelDims = perChannel ? new long[] {values.length} : new long[0];
        added.add(Tensors.raw(name + "_quantized", ElementType.INT32, q.array(), dims(bias)));
        added.add(Tensors.floats(name + "_scale", scales, channelDims));
        added.add(Tensors.raw(name + "_zero_point", ElementType.INT32, new byte[scales.length * Integer.BYTES], channelDims));
        NodeBuilder dq = NodeBuilder.of("DequantizeLinear", name + "_DequantizeLinear", name + "_quantized", name + "_scale",
                name + "_zero_point").outputs(name + "_dequantized");
        nodes.add((perChannel ? dq.attr("axis", 0) : dq).build());
        return new QuantizedBias(scales, name + "_dequantized");
    }

    private static long[] dims(TensorProto t) {
        return t.getDimsList().stream().mapToLong(Long::longValue).toArray();
    }
}
