package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.Provenance;
import io.tensorscope.engine.model.GraphBuilder.NodeBuilder;
import io.tensorscope.engine.model.Half;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.shape.InferredShapes;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.engine.shape.ShapeInference;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts a model to float16: float weights, {@code Constant}s, {@code Cast}s to float and every float tensor in
 * between become float16, while the model's inputs and outputs keep their float32 type (a {@code Cast} at each).
 * Excluded nodes keep computing in float32 with casts around them (mixed precision).
 */
public final class Fp16Pass implements Pass {

    /** The pass's id. */
    public static final String ID = "fp16";
    /** Operators of int8 quantization, whose scales and float side stay float32 (no float16 kernels before opset 19). */
    private static final Set<String> FLOAT32_ONLY = Set.of("QuantizeLinear", "DequantizeLinear",
            "DynamicQuantizeLinear", "MatMulInteger", "ConvInteger", "QLinearConv", "QLinearMatMul");
    /** What a user should know about fp16 on a CPU. */
    public static final String CPU_NOTE = "fp16 halves the size of float weights. On CPUs without native fp16 arithmetic, ONNX Runtime "
            + "runs most operators in float32 and inserts Casts around them, so fp16 can be slower than fp32 here.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "fp16";
    }

    @Override
    public String description() {
        return "float16 weights and compute: half the size; on CPUs without fp16 arithmetic it may run slower";
    }

    @Override
    public List<PassOption> options() {
        return QuantizationOptions.withExclusions();
    }

    @Override
    public PassResult apply(Model model, PassOptions options, PassContext context) throws TensorscopeException {
        return apply(model, QuantizationOptions.exclusions(options, model), context.progress());
    }

    /**
     * @param model      the float32 model (not modified)
     * @param exclusions nodes that stay in float32
     * @param progress   progress and cancellation
     * @return the float16 model and the report
     * @throws TensorscopeException if shapes (types) cannot be inferred; {@code CANCELLED}
     */
    static PassResult apply(Model model, Exclusions exclusions, ProgressListener progress) throws TensorscopeException {
        GraphProto graph = model.graph();
        InferredShapes types = ShapeInference.infer(model, InputSizes.defaults());
        Map<String, Integer> floatReaders = new HashMap<>();
        Map<String, Integer> excludedReaders = new HashMap<>();
        long opset = model.opsetVersion();
        for (NodeProto node : graph.getNodeList()) {
            for (int k = 0; k < node.getInputCount(); k++) {
                floatReaders.merge(node.getInput(k), 1, Integer::sum);
                if (staysFloat32(node, exclusions) || Float32Inputs.contains(node, k, opset)) {
                    excludedReaders.merge(node.getInput(k), 1, Integer::sum);
                }
            }
        }
        Set<String> keptFloat = new HashSet<>();
        List<TensorProto> initializers = new ArrayList<>();
        for (TensorProto t : graph.getInitializerList()) {
            boolean onlyExcluded = excludedReaders.getOrDefault(t.getName(), 0).equals(floatReaders.get(t.getName()));
            if (t.getDataType() != ElementType.FLOAT.onnxCode() || onlyExcluded) {
                initializers.add(t);
                keptFloat.add(t.getName());
            } else {
                initializers.add(toHalf(t));
            }
        }
        Map<String, String> renamed = new HashMap<>();
        List<NodeProto> nodes = new ArrayList<>();
        GraphIndex index = model.index();
        for (ValueInfoProto input : graph.getInputList()) {
            if (isFloat(input) && !keptFloat.contains(input.getName())) {
                String half = input.getName() + "_fp16";
                NodeProto cast = cast(input.getName() + "_to_fp16", input.getName(), half, ElementType.FLOAT16);
                List<NodeProto> readers = index.consumers(input.getName());
                nodes.add(readers.isEmpty() ? cast : Provenance.serving(cast, readers.get(0)));
                renamed.put(input.getName(), half);
            }
        }
        Set<String> outputs = new HashSet<>();
        graph.getOutputList().stream().filter(Fp16Pass::isFloat).forEach(o -> outputs.add(o.getName()));
        List<String> converted = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        int quantizationNodes = 0;
        for (int i = 0; i < graph.getNodeCount(); i++) {
            progress.checkCancelled();
            NodeProto node = graph.getNode(i);
            int mark = nodes.size();
            NodeProto.Builder b = node.toBuilder();
            for (int k = 0; k < b.getInputCount(); k++) {
                b.setInput(k, renamed.getOrDefault(b.getInput(k), b.getInput(k)));
            }
            if (staysFloat32(node, exclusions)) {
                if (exclusions.excludes(node)) {
                    excluded.add(node.getName());
                } else {
                    quantizationNodes++;
                }
                for (int k = 0; k < b.getInputCount(); k++) {
                    readAsFloat32(nodes, node, b, k, i, types, keptFloat);
                }
                for (int k = 0; k < b.getOutputCount(); k++) {
                    String out = b.getOutput(k);
                    if (types.typeOf(out) == ElementType.FLOAT && !outputs.contains(out)) {
                        b.setOutput(k, out + "_fp32");
                        nodes.add(b.build());
                        b = null;
                        nodes.add(cast(node.getName() + "_out" + k + "_to_fp16", out + "_fp32", out, ElementType.FLOAT16));
                        break;
                    }
                }
                if (b != null) {
                    nodes.add(b.build());
                }
                Provenance.markServing(nodes, mark, node);
                continue;
            }
            convertNode(b);
            for (int k = 0; k < b.getInputCount(); k++) {
                if (Float32Inputs.contains(node, k, opset)) {
                    readAsFloat32(nodes, node, b, k, i, types, keptFloat);
                }
            }
            for (int k = 0; k < b.getOutputCount(); k++) {
                if (outputs.contains(b.getOutput(k))) {
                    String out = b.getOutput(k);
                    b.setOutput(k, out + "_fp16");
                    renamed.put(out, out + "_fp16");
                    nodes.add(b.build());
                    nodes.add(cast(out + "_to_fp32", out + "_fp16", out, ElementType.FLOAT));
                    b = null;
                    break;
                }
            }
            if (b != null) {
                nodes.add(b.build());
            }
            Provenance.markServing(nodes, mark, node);
            converted.add(node.getName());
        }
        GraphProto.Builder rewritten = graph.toBuilder().clearNode().addAllNode(nodes).clearInitializer()
                .addAllInitializer(initializers).clearValueInfo();
        Model result = model.withProto(model.proto().toBuilder().setGraph(rewritten).build());
        return new PassResult(result, PassReport.of(ID, graph, model.proto().getSerializedSize(), result.graph(),
                result.proto().getSerializedSize(), converted, excluded, quantizationNodes == 0 ? List.of(CPU_NOTE)
                        : List.of(CPU_NOTE, quantizationNodes + " quantization nodes (an int8 pass's) keep their float32 "
                        + "scales and inputs: their operators take no float16"), List.of(), List.of()));
    }

    /** @return whether {@code node} keeps computing in float32: excluded, or an operator of int8 quantization */
    private static boolean staysFloat32(NodeProto node, Exclusions exclusions) {
        return exclusions.excludes(node) || FLOAT32_ONLY.contains(node.getOpType());
    }

    /** Float {@code Constant} values and {@code Cast}-to-float targets become float16. */
    private static void convertNode(NodeProto.Builder b) throws TensorscopeException {
        for (int a = 0; a < b.getAttributeCount(); a++) {
            AttributeProto attribute = b.getAttribute(a);
            if (b.getOpType().equals("Constant") && attribute.getName().equals("value")
                    && attribute.getT().getDataType() == ElementType.FLOAT.onnxCode()) {
                b.setAttribute(a, attribute.toBuilder().setT(toHalf(attribute.getT())));
            } else if (b.getOpType().equals("Cast") && attribute.getName().equals("to")
                    && attribute.getI() == ElementType.FLOAT.onnxCode()) {
                b.setAttribute(a, attribute.toBuilder().setI(ElementType.FLOAT16.onnxCode()));
            }
        }
    }

    /**
     * Float weights and constants in float16, clamped to ±65504: a mask constant such as −3.4e38 must stay finite,
     * or {@code 0 × −inf} turns attention into NaN.
     */
    private static TensorProto toHalf(TensorProto t) throws TensorscopeException {
        float[] values = InitializerData.floats(t);
        short[] half = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            half[i] = Half.fromFloat(Math.max(-Half.MAX_VALUE, Math.min(Half.MAX_VALUE, values[i])));
        }
        return Tensors.halves(t.getName(), half, t.getDimsList().stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Makes input {@code k} of {@code b} (node {@code i} of the graph) read float32: a float tensor that became float16
     * is cast back in front of it; an empty input, a non-float one or an initializer kept in float32 is left alone.
     */
    private static void readAsFloat32(List<NodeProto> nodes, NodeProto node, NodeProto.Builder b, int k, int i,
                                      InferredShapes types, Set<String> keptFloat) {
        String in = b.getInput(k);
        if (!in.isEmpty() && types.typeOf(node.getInput(k)) == ElementType.FLOAT && !keptFloat.contains(in)) {
            nodes.add(cast(node.getName() + "_in" + k + "_to_fp32", in, in + "_fp32_for_" + i, ElementType.FLOAT));
            b.setInput(k, in + "_fp32_for_" + i);
        }
    }

    private static NodeProto cast(String name, String input, String output, ElementType to) {
        return NodeBuilder.of("Cast", name, input).outputs(output).attr("to", to.onnxCode()).build();
    }

    private static boolean isFloat(ValueInfoProto value) {
        return value.getType().getTensorType().getElemType() == ElementType.FLOAT.onnxCode();
    }
}
