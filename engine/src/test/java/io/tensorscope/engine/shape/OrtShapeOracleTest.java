package io.tensorscope.engine.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TestModels;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TypeProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime as the oracle of real shapes: every intermediate tensor is made a graph output, the model
 * runs once, and each real shape must equal the inferred one.
 */
class OrtShapeOracleTest {

    @TempDir
    Path temp;

    @Test
    void fp32MiniLmAt1x128() throws Exception {
        assertMatchesRuntime(new ModelSource().open("minilm", ProgressListener.NONE), 1, 128);
    }

    @Test
    void fp32MiniLmAt2x16() throws Exception {
        assertMatchesRuntime(new ModelSource().open("minilm", ProgressListener.NONE), 2, 16);
    }

    @Test
    void int8MiniLmAt1x128() throws Exception {
        assertMatchesRuntime(TestModels.int8MiniLm(temp), 1, 128);
    }

    private static void assertMatchesRuntime(Model model, int batch, int sequence) throws Exception {
        InputSizes sizes = InputSizes.parse(List.of("input_ids=" + batch + "x" + sequence));
        InferredShapes inferred = ShapeInference.infer(model, sizes);
        Map<String, long[]> real = runWithEveryTensorAsOutput(model, inferred, batch, sequence);
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, long[]> e : real.entrySet()) {
            Shape ours = inferred.shapeOf(e.getKey());
            if (!ours.equals(Shape.of(e.getValue()))) {
                mismatches.add(e.getKey() + ": inferred " + ours + ", runtime " + Shape.of(e.getValue()));
            }
        }
        System.out.printf("ORT oracle %s at %dx%d: %d tensors compared, %d mismatches%n", model.name(), batch,
                sequence, real.size(), mismatches.size());
        assertEquals(List.of(), mismatches);
        long nodeOutputs = model.graph().getNodeList().stream().mapToLong(NodeProto::getOutputCount).sum();
        assertEquals(nodeOutputs, real.size(), "every node output was compared");
    }

    /** @return the runtime shape of every node output (graph outputs included), by tensor name */
    private static Map<String, long[]> runWithEveryTensorAsOutput(Model model, InferredShapes inferred, int batch,
                                                                  int sequence) throws Exception {
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
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(bytes, options)) {
                Map<String, OnnxTensor> feeds = new HashMap<>();
                long[] shape = {batch, sequence};
                long[] ids = new long[batch * sequence];
                Arrays.fill(ids, 1000);
                long[] mask = new long[ids.length];
                Arrays.fill(mask, 1);
                try {
                    feeds.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
                    feeds.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
                    feeds.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
                    Map<String, long[]> real = new HashMap<>();
                    try (OrtSession.Result result = session.run(feeds)) {
                        for (Map.Entry<String, OnnxValue> e : result) {
                            real.put(e.getKey(), ((OnnxTensor) e.getValue()).getInfo().getShape());
                        }
                    }
                    return real;
                } finally {
                    feeds.values().forEach(OnnxTensor::close);
                }
            }
        }
    }
}
