package io.tensorscope.engine.shape;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TypeProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ONNX Runtime as the oracle of real shapes: every node output is made a graph output (typed with the
 * inferred element type, no shape), the model runs once on all-zero inputs of the inferred input sizes
 * (no graph optimisation), and each real shape is compared with the inferred one.
 */
final class OrtOracle {

    /**
     * @param compared   node outputs the runtime produced
     * @param mismatches one line per tensor whose inferred shape differs from the runtime's
     */
    record Comparison(int compared, List<String> mismatches) {
    }

    private OrtOracle() {
    }

    static Comparison compare(Model model, InputSizes sizes) throws TensorscopeException, OrtException {
        InferredShapes inferred = ShapeInference.infer(model, sizes);
        Map<String, long[]> real = run(model, inferred);
        List<String> mismatches = new ArrayList<>();
        real.forEach((name, dims) -> {
            if (!inferred.shapeOf(name).equals(Shape.of(dims))) {
                mismatches.add(name + ": inferred " + inferred.shapeOf(name) + ", runtime " + Shape.of(dims));
            }
        });
        mismatches.sort(null);
        return new Comparison(real.size(), mismatches);
    }

    private static Map<String, long[]> run(Model model, InferredShapes inferred) throws OrtException {
        GraphProto graph = model.graph();
        Set<String> outputs = new HashSet<>();
        graph.getOutputList().forEach(o -> outputs.add(o.getName()));
        GraphProto.Builder copy = graph.toBuilder();
        for (NodeProto node : graph.getNodeList()) {
            for (String out : node.getOutputList()) {
                if (!out.isEmpty() && outputs.add(out)) {
                    copy.addOutput(ValueInfoProto.newBuilder().setName(out).setType(TypeProto.newBuilder()
                            .setTensorType(TypeProto.Tensor.newBuilder().setElemType(inferred.typeOf(out).onnxCode()))));
                }
            }
        }
        byte[] bytes = model.proto().toBuilder().setGraph(copy).build().toByteArray();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(bytes, options)) {
                for (var input : model.inputs()) {
                    feeds.put(input.name(), zeros(env, inferred.typeOf(input.name()), inferred.shapeOf(input.name())));
                }
                Map<String, long[]> real = new HashMap<>();
                try (OrtSession.Result result = session.run(feeds)) {
                    for (Map.Entry<String, OnnxValue> e : result) {
                        real.put(e.getKey(), ((OnnxTensor) e.getValue()).getInfo().getShape());
                    }
                }
                return real;
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    private static OnnxTensor zeros(OrtEnvironment env, ElementType type, Shape shape) throws OrtException {
        ByteBuffer data = ByteBuffer.allocateDirect((int) type.bytesFor(shape.elementCount()))
                .order(ByteOrder.nativeOrder());
        ai.onnxruntime.OnnxJavaType javaType = switch (type) {
            case FLOAT -> ai.onnxruntime.OnnxJavaType.FLOAT;
            case INT64 -> ai.onnxruntime.OnnxJavaType.INT64;
            case INT32 -> ai.onnxruntime.OnnxJavaType.INT32;
            case BOOL -> ai.onnxruntime.OnnxJavaType.BOOL;
            case UINT8 -> ai.onnxruntime.OnnxJavaType.UINT8;
            default -> throw new IllegalArgumentException("no zero feed for " + type);
        };
        return OnnxTensor.createTensor(env, data, shape.dims(), javaType);
    }
}
