package io.tensorscope.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.Tokenizers;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.runtime.TextInputs;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rebuilt network computes what ONNX Runtime computes (1e-4) on real inputs — MNIST digits for the CNN and graphs
 * built in code, sentences for the MiniLM transformer; what it cannot rebuild it names.
 */
class GraphNetworkTest {

    private static final int BATCH = 32;
    private static LabelledImages digits;

    @BeforeAll
    static void digits() throws TensorscopeException {
        digits = BundledDatasets.mnistTest();
    }

    @Test
    void theMnistCnnMatchesOnnxRuntime() throws Exception {
        Model model = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        TensorData input = TensorData.ofFloats(model.inputs().get(0).name(), digits.batch(0, BATCH), BATCH, 28, 28, 1);
        assertMatchesOnnxRuntime(model, input);
    }

    @Test
    void aResidualModelMatchesOnnxRuntime() throws Exception {
        assertMatchesOnnxRuntime(TrainGraphs.residual(), nchw("x"));
    }

    @Test
    void theOtherOperatorsMatchOnnxRuntimeAtEveryStage() throws Exception {
        Model model = TrainGraphs.operators();
        for (String stage : List.of("e", "mp", "ap", "d", "ln", "hg", "hsl")) {
            assertMatchesOnnxRuntime(model.exposing(List.of(stage)), List.of(nchw("x")), stage);
        }
    }

    @Test
    void theMiniLmTransformerMatchesOnnxRuntimeOnRealSentences() throws Exception {
        Model model = new ModelSource().open("minilm", ProgressListener.NONE);
        try (TextInputs text = new TextInputs(Tokenizers.forModel(model), 32)) {
            List<TensorData> inputs = text.encode(List.of("The quick brown fox jumps over the lazy dog.",
                    "Pruning costs accuracy; distillation brings it back."));
            assertMatchesOnnxRuntime(model, inputs, model.outputs().get(0).name());
        }
    }

    @Test
    void anEmbeddingWithAShapeSubgraphMatchesOnnxRuntime() throws Exception {
        Random random = new Random(3);
        long[] ids = new long[BATCH * 5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = random.nextInt(20);
        }
        Model model = TrainGraphs.embedding();
        assertMatchesOnnxRuntime(model, TensorData.ofLongs("ids", ids, BATCH, 5));
        try (NDManager manager = Torch.manager()) {
            assertEquals(WeightRole.TRAINED, GraphNetwork.of(model, manager).roles().get("table"));
        }
    }

    @Test
    void dropoutDropsAndRescalesInTrainingModeOnlyAndCountsAsIdentityOtherwise() throws Exception {
        GraphBuilder g = GraphBuilder.create("dropout").opset(13).input("x", ElementType.FLOAT, 1, 1000);
        g.constantScalar("ratio", 0.25f);
        g.node("Dropout", "x", "ratio").name("drop").outputs("y");
        Model model = g.output("y", ElementType.FLOAT).build();
        float[] ones = new float[1000];
        Arrays.fill(ones, 1f);
        TensorData input = TensorData.ofFloats("x", ones, 1, 1000);
        try (NDManager manager = Torch.manager(); NDManager scope = manager.newSubManager()) {
            GraphNetwork network = GraphNetwork.of(model, manager);
            assertArrayEquals(ones, Torch.eval(network, manager, List.of(input)));
            float[] dropped = network.forward(new ParameterStore(scope, false), new NDList(Torch.array(scope, input)),
                    true).head().toFloatArray();
            long zeros = IntStream.range(0, 1000).filter(i -> dropped[i] == 0f).count();
            long kept = IntStream.range(0, 1000).filter(i -> Math.abs(dropped[i] - 1 / 0.75f) < 1e-6).count();
            assertEquals(1000, zeros + kept, "each value dropped or scaled by 1/(1 − ratio)");
            assertTrue(zeros > 180 && zeros < 320, zeros + " of 1000 dropped at ratio 0.25");
        }
    }

    @Test
    void anUnsupportedOperatorIsRefusedInOneLineNamingTheNodeAndOp() {
        GraphBuilder g = GraphBuilder.create("nms").opset(13).input("x", ElementType.FLOAT, 1, 4);
        g.node("Relu", "x").name("relu").outputs("r");
        g.node("Hardmax", "r").name("pick_one").outputs("y");
        Model model = g.output("y", ElementType.FLOAT).build();
        try (NDManager manager = Torch.manager()) {
            TensorscopeException e = assertThrows(TensorscopeException.class, () -> GraphNetwork.of(model, manager));
            assertEquals(ErrorCode.UNSUPPORTED_OPERATOR, e.code());
            assertTrue(e.getMessage().startsWith("cannot train node pick_one (Hardmax): "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    /** The first {@link #BATCH} test digits as an N×1×28×28 input named {@code name}. */
    private static TensorData nchw(String name) {
        return TensorData.ofFloats(name, digits.batch(0, BATCH), BATCH, 1, 28, 28);
    }

    private static void assertMatchesOnnxRuntime(Model model, TensorData input) throws Exception {
        assertMatchesOnnxRuntime(model, List.of(input), model.outputs().get(0).name());
    }

    /** Compares {@code tensor}, one of the model's outputs. */
    private static void assertMatchesOnnxRuntime(Model model, List<TensorData> inputs, String tensor) throws Exception {
        float[] expected = Torch.onnxRuntime(model, inputs, tensor);
        try (NDManager manager = Torch.manager()) {
            float[] actual = Torch.eval(GraphNetwork.of(model, manager, List.of(tensor)), manager, inputs);
            double diff = Torch.maxAbsDiff(expected, actual);
            System.out.printf("%s/%s: max |PyTorch − ONNX Runtime| = %.3g over %d values%n", model.name(), tensor, diff,
                    expected.length);
            assertTrue(diff <= 1e-4, model.name() + " differs from ONNX Runtime by " + diff + " on " + tensor);
        }
    }
}
