package io.tensorscope.engine.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Provenance;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
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
 * model's on random inputs (pruning passes, which change outputs by design, instead only zero weights, exactly as many
 * as their sparsity says), node names stay unique, and every node the pass added names the original node it serves.
 */
class PassesOnSmallGraphsTest {

    /** Largest difference allowed, relative to the largest output magnitude: int8 keeps about two digits. */
    private static final Map<String, Double> TOLERANCE = Map.of("dynamic-int8", 0.05, "static-int8", 0.08, "fp16", 0.005);
    /**
     * Sparsity the default options of each pruning pass give a weight it changes: round(sparsity × n) zeros and
     * nothing else changed, rather than outputs close to the original's.
     */
    private static final Map<String, Double> SPARSITY = Map.of("prune-magnitude", 0.5, "prune-nm", 0.5);
    /**
     * Passes that reshape the graph and so change the outputs by design; checked for loading, unique names and
     * provenance here, for exactness on graphs built for them elsewhere (ChannelPrunePassTest).
     */
    private static final Set<String> RESHAPING = Set.of("prune-channel");
    /**
     * Passes that train on labelled images (not random inputs) from the pipeline's input model: tested in a pipeline on
     * the real CNN instead (DistilPassTest).
     */
    private static final Set<String> TRAINING = Set.of("distil");

    static Stream<Arguments> cases() {
        List<Model> graphs = List.of(SmallGraphs.classifierEndingInLogits(), SmallGraphs.sharedWeightsResidualConcat(),
                SmallGraphs.matMulOfThreeDimensionalActivation());
        return PassRegistry.standard().all().stream().filter(pass -> !TRAINING.contains(pass.id()))
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
        if (SPARSITY.containsKey(passId)) {
            assertOnlyZeroed(model, result.model(), SPARSITY.get(passId), passId);
        } else if (!RESHAPING.contains(passId)) {
            assertClose(expected, actual, TOLERANCE.get(passId), passId + " on " + model.name());
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
        assertTrue(RESHAPING.contains(passId) || !result.report().changed().isEmpty(), passId + " changed nothing in "
                + model.name());
    }

    private static void assertClose(float[] expected, float[] actual, double tolerance, String what) {
        double largest = 0;
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            largest = Math.max(largest, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst <= tolerance * largest, what + ": worst difference " + worst + " against outputs up to " + largest);
    }

    /**
     * Asserts that {@code pruned} has the nodes and initializers of {@code original} and that each initializer is
     * either unchanged or has values set to zero only, round(sparsity × n) of its n values zero in all.
     */
    private static void assertOnlyZeroed(Model original, Model pruned, double sparsity, String passId) throws Exception {
        assertEquals(original.graph().getNodeList(), pruned.graph().getNodeList(), passId + " changes no node");
        assertEquals(original.graph().getInitializerCount(), pruned.graph().getInitializerCount());
        for (int t = 0; t < original.graph().getInitializerCount(); t++) {
            TensorProto before = original.graph().getInitializer(t);
            TensorProto after = pruned.graph().getInitializer(t);
            if (before.equals(after)) {
                continue;
            }
            assertEquals(before.getName(), after.getName());
            assertEquals(before.getDimsList(), after.getDimsList());
            float[] from = InitializerData.floats(before);
            float[] to = InitializerData.floats(after);
            long zeros = 0;
            for (int i = 0; i < to.length; i++) {
                assertTrue(to[i] == 0 || to[i] == from[i], passId + " changed " + before.getName() + "[" + i + "]");
                zeros += to[i] == 0 ? 1 : 0;
            }
            assertEquals(Math.round(sparsity * to.length), zeros, passId + ": zeros of " + before.getName());
        }
    }

    private static float[] run(Model model, List<TensorData> inputs) throws Exception {
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            return runner.run(inputs).get(0).floats();
        }
    }
}
