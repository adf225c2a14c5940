package io.tensorscope.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.ImageAccuracy;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tuning the bundled MNIST CNN with cross-entropy: a re-initialised head learns the digits again; frozen layers
 * keep their weights bit for bit; the same seed gives the same weights, and a run resumed from its checkpoint ends
 * where the uninterrupted one does; a head too small for the labels is refused.
 */
class FineTuningTest {

    private static Model cnn;
    private static LabelledImages train;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws TensorscopeException {
        cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        train = BundledDatasets.mnistTrain();
    }

    @Test
    void aReplacedHeadLearnsTheDigitsAgain() throws Exception {
        Model fresh = HeadReplacement.replace(cnn, 10, 7);
        LabelledImages test = BundledDatasets.mnistTest();
        double before = accuracy(fresh, test);
        TrainingResult result = GraphTrainer.train(fresh, null, train, options().samples(3200).learningRate(0.01)
                .freezeUntil("dense_1/relu").build(), GraphTrainer.Checkpoints.NONE, ProgressListener.NONE,
                EpochStats.Listener.NONE);
        double after = accuracy(result.model(), test);
        System.out.printf(Locale.ROOT, "replaced head of mnist-cnn: %.4f -> %.4f on 2,000 test digits (validation "
                + "%.4f, %.0f images/s)%n", before, after, result.finalValidationAccuracy(), result.imagesPerSecond());
        assertTrue(before < 0.3, "a random head scores near chance: " + before);
        assertTrue(after > 0.9, "the head trained on the frozen features: " + after);
    }

    @Test
    void frozenLayersKeepTheirWeightsBitForBit() throws Exception {
        TrainingResult result = GraphTrainer.train(cnn, null, train, options().freezeUntil("conv2d_2").build(),
                GraphTrainer.Checkpoints.NONE, ProgressListener.NONE, EpochStats.Listener.NONE);
        Map<String, TensorProto> before = initializers(cnn);
        Map<String, TensorProto> after = initializers(result.model());
        for (String conv : List.of("conv2d_1", "conv2d_2")) {
            List<String> names = before.keySet().stream().filter(n -> n.startsWith(conv)).toList();
            assertTrue(!names.isEmpty(), before.keySet().toString());
            names.forEach(n -> assertEquals(before.get(n), after.get(n), n + " is frozen"));
        }
        List<String> dense = before.keySet().stream().filter(n -> n.startsWith("dense_1")).toList();
        assertTrue(dense.stream().anyMatch(n -> !before.get(n).equals(after.get(n))), "dense_1 trains");
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> GraphTrainer.train(cnn, null, train,
                options().freezeUntil("no_such_node").build(), GraphTrainer.Checkpoints.NONE, ProgressListener.NONE,
                EpochStats.Listener.NONE));
        assertEquals("mnist-cnn has no node 'no_such_node' to freeze up to", e.getMessage());
    }

    @Test
    void aResumedRunEndsWithTheWeightsOfAnUninterruptedOne() throws Exception {
        TrainingOptions two = options().epochs(2).optimizer(TrainingOptions.OptimizerKind.ADAM).learningRate(0.001)
                .build();
        TrainingResult whole = GraphTrainer.train(cnn, null, train, two, GraphTrainer.Checkpoints.besides(
                dir.resolve("whole.onnx"), false), ProgressListener.NONE, EpochStats.Listener.NONE);
        TrainingResult again = GraphTrainer.train(cnn, null, train, two, GraphTrainer.Checkpoints.NONE,
                ProgressListener.NONE, EpochStats.Listener.NONE);
        assertEquals(initializers(whole.model()), initializers(again.model()), "same seed, same weights");
        GraphTrainer.Checkpoints split = GraphTrainer.Checkpoints.besides(dir.resolve("split.onnx"), false);
        GraphTrainer.train(cnn, null, train, options().epochs(1).optimizer(TrainingOptions.OptimizerKind.ADAM)
                .learningRate(0.001).build(), split, ProgressListener.NONE, EpochStats.Listener.NONE);
        assertTrue(Files.isRegularFile(split.folder().resolve(Checkpoint.MODEL)));
        TrainingResult resumed = GraphTrainer.train(cnn, null, train, two, GraphTrainer.Checkpoints.besides(
                dir.resolve("split.onnx"), true), ProgressListener.NONE, EpochStats.Listener.NONE);
        assertEquals(1, resumed.resumedEpochs());
        assertEquals(whole.steps(), resumed.steps());
        assertEquals(whole.epochs().stream().map(EpochStats::trainLoss).toList(),
                resumed.epochs().stream().map(EpochStats::trainLoss).toList());
        assertEquals(initializers(whole.model()), initializers(resumed.model()), "resumed = uninterrupted");
        assertNotEquals(initializers(cnn), initializers(whole.model()));
        TensorscopeException other = assertThrows(TensorscopeException.class, () -> GraphTrainer.train(cnn, null,
                train, options().epochs(3).seed(1).build(), GraphTrainer.Checkpoints.besides(dir.resolve("split.onnx"),
                        true), ProgressListener.NONE, EpochStats.Listener.NONE));
        assertTrue(other.getMessage().contains("resume with the same settings"), other.getMessage());
    }

    @Test
    void labelsBeyondTheHeadAreRefused() throws Exception {
        Model five = HeadReplacement.replace(cnn, 5, 1);
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> GraphTrainer.train(five, null, train,
                options().build(), GraphTrainer.Checkpoints.NONE, ProgressListener.NONE, EpochStats.Listener.NONE));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertTrue(e.getMessage().endsWith("(--replace-head 10)"), e.getMessage());
    }

    /** Five batches of 64 digits (plus 35 held out), two threads. */
    private static TrainingOptions.Builder options() {
        return TrainingOptions.builder().samples(355).batchSize(64).threads(2);
    }

    private static Map<String, TensorProto> initializers(Model model) {
        return model.graph().getInitializerList().stream().collect(Collectors.toMap(TensorProto::getName, t -> t));
    }

    private static double accuracy(Model model, LabelledImages test) throws TensorscopeException {
        return ImageAccuracy.evaluate(model, test, BundledDatasets.MNIST, 0, 2000, 2, ProgressListener.NONE).value();
    }
}
