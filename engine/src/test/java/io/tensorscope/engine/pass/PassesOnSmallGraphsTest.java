package io.tensorscope.engine.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Provenance;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered pass on every small graph: the result loads in ONNX Runtime, its outputs stay close to the float
 * model's on random inputs, node names stay unique, and every node the pass added names the original node it serves.
 */
class PassesOnSmallGraphsTest {

    /**
     * Largest difference allowed, relative to the largest output magnitude, for passes meant to keep the outputs
     * (int8 keeps about two digits); pruning passes change them by design and are checked for loading and provenance.
     */
    private static final Map<String, Double> TOLERANCE = Map.of("dynamic-int8", 0.05, "static-int8", 0.08, "fp16", 0.005);

    static Stream<Arguments> cases() {
        List<Model> graphs = List.of(SmallGraphs.classifierEndingInLogits(), SmallGraphs.sharedWeightsResidualConcat(),
                SmallGraphs.matMulOfThreeDimensionalActivation());
        return PassRegistry.standard().all().stream()
                .flatMap(pass -> graphs.stream().map(g -> Arguments.of(pass.id(), g)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void passResultLoadsStaysCloseAndRecordsProvenance(String passId, Model model) throws Exception {
        Pass pass = PassRegistry.standard().find(passId);
        PassContext context = PassContext.of(ProgressListener.NONE).withDataset(PassContext.RANDOM_DATA);
        PassOptions options = PassOptions.parse(passId, pass.options(), pass.needsData() ? Map.of("samples", "20") : Map.of());
        PassResult result = pass.apply(model, options, context);

        List<TensorData> inputs = RandomInputs.forModel(model, InputSizes.defaults(), 3);
        float[] expected = run(model, inputs);
        float[] actual = run(result.model(), inputs);
        assertEquals(expected.length, actual.length);
        Double tolerance = TOLERANCE.get(passId);
        if (tolerance != null) {
            double largest = 0;
            double worst = 0;
            for (int i = 0; i < expected.length; i++) {
                largest = Math.max(largest, Math.abs(expected[i]));
                worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
            }
            assertTrue(worst <= tolerance * largest, passId + " on " + model.name() + ": worst difference "
                    + worst + " against outputs up to " + largest);
            assertTrue(!result.report().changed().isEmpty(), passId + " changed nothing in " + model.name());
        }

        Set<String> originalNodes = new HashSet<>();
        model.graph().getNodeList().forEach(n -> originalNodes.add(n.getName()));
        Set<String> names = new HashSet<>();
        for (NodeProto node : result.model().graph().getNodeList()) {
            assertTrue(names.add(node.getName()), "duplicate node name " + node.getName());
            String origin = Provenance.rootOf(node);
            assertTrue(originalNodes.contains(origin), node.getName() + " (" + node.getOpType() + ") serves " + origin
                    + ", not a node of the original");
        }
        Set<String> initializers = new HashSet<>();
        result.model().graph().getInitializerList().forEach(t -> assertTrue(initializers.add(t.getName()),
                "duplicate initializer " + t.getName()));
    }

    private static float[] run(Model model, List<TensorData> inputs) throws Exception {
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            return runner.run(inputs).get(0).floats();
        }
    }
}
