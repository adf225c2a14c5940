package io.tensorscope.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.ImageAccuracy;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.prune.channel.ChannelPrunePass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Distilling the bundled MNIST CNN, channel-pruned to half its channels, back from the original on a sixth of the
 * training digits raises its test accuracy; progress arrives per batch and per epoch (validation accuracy on the
 * held-out tenth), Cancel stops the run, bad settings and values an op cannot honour are refused.
 */
class GraphTrainerTest {

    private static final int TEST_DIGITS = 2000;
    private static Model teacher;
    private static Model pruned;
    private static LabelledImages train;

    @BeforeAll
    static void models() throws TensorscopeException {
        teacher = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        ChannelPrunePass pass = new ChannelPrunePass();
        pruned = pass.apply(teacher, PassOptions.parse(pass.id(), pass.options(), Map.of("sparsity", "0.5")),
                PassContext.of(ProgressListener.NONE)).model();
        train = BundledDatasets.mnistTrain();
    }

    @Test
    void distillingTheChannelPrunedCnnRaisesItsTestAccuracy() throws Exception {
        LabelledImages test = BundledDatasets.mnistTest();
        double before = accuracy(pruned, test);
        List<String> messages = new ArrayList<>();
        TrainingOptions options = TrainingOptions.builder().samples(9600).batchSize(64).threads(2).build();
        long start = System.nanoTime();
        List<EpochStats> epochs = new ArrayList<>();
        TrainingResult result = GraphTrainer.train(pruned, teacher(), train, options, GraphTrainer.Checkpoints.NONE,
                (fraction, message) -> messages.add(message), (stats, total) -> epochs.add(stats));
        double seconds = (System.nanoTime() - start) / 1e9;
        double after = accuracy(result.model(), test);
        System.out.printf(Locale.ROOT, "prune-channel 0.5 mnist-cnn, top-1 on %d test digits: %.4f pruned -> %.4f "
                + "distilled (%d steps on %d digits, final loss %.4f, %.0f images/s, %.1f s); teacher %.4f%n", TEST_DIGITS,
                before, after, result.steps(), result.images(), result.finalLoss(), result.imagesPerSecond(), seconds,
                accuracy(teacher, test));
        assertTrue(after > before, "accuracy " + before + " → " + after);
        assertEquals(135, result.steps(), "9,600 digits less the 960 held out, 64 a batch");
        assertEquals(960, result.validationImages());
        assertEquals(result.epochs(), epochs);
        assertTrue(result.finalValidationAccuracy() > 0.9, "validation " + result.finalValidationAccuracy());
        assertEquals(pruned.graph().getNodeList(), result.model().graph().getNodeList());
        assertTrue(messages.stream().anyMatch(m -> m.matches("epoch 1/1, batch 135/135: loss [0-9.]+, [0-9]+ images/s")),
                messages.get(messages.size() - 1));
        assertTrue(messages.get(0).startsWith("teacher logits"), messages.get(0));
        assertTrue(messages.stream().anyMatch(m -> m.matches("epoch 1/1: train loss [0-9.]+, validation accuracy [0-9.]+ %")),
                String.join("\n", messages));
    }

    @Test
    void cancellingStopsBetweenBatches() throws Exception {
        TrainingOptions options = TrainingOptions.builder().samples(640).batchSize(64).threads(2).build();
        int[] batches = {0};
        ProgressListener cancelAfterThree = new ProgressListener() {
            @Override
            public void onProgress(double fraction, String message) {
                batches[0] += message.contains(", batch ") ? 1 : 0;
            }

            @Override
            public boolean isCancelled() {
                return batches[0] >= 3;
            }
        };
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> GraphTrainer.train(pruned, teacher(), train, options, GraphTrainer.Checkpoints.NONE, cancelAfterThree,
                        EpochStats.Listener.NONE));
        assertEquals(ErrorCode.CANCELLED, e.code());
        assertEquals(3, batches[0]);
    }

    @Test
    void aValueAnOpCannotHonourStopsTheRunWithTheNodeNamed() throws Exception {
        GraphBuilder g = GraphBuilder.create("reversed").opset(13);
        g.input("x", ElementType.FLOAT, Shape.of(new long[] {Shape.UNKNOWN, 28, 28, 1}, new String[] {"N", null, null,
                null}));
        g.initializerInts("starts", new long[] {-1}, 1);
        g.initializerInts("ends", new long[] {Long.MIN_VALUE}, 1);
        g.initializerInts("axes", new long[] {1}, 1);
        g.initializerInts("steps", new long[] {-1}, 1);
        g.initializer("fc", TrainGraphs.random(784 * 10, 1, 0.1f), 784, 10);
        g.node("Slice", "x", "starts", "ends", "axes", "steps").name("flip_rows").outputs("s");
        g.node("Flatten", "s").name("flatten").outputs("f");
        g.node("Gemm", "f", "fc").name("fc").outputs("y");
        Model reversed = g.output("y", ElementType.FLOAT).build();
        TrainingOptions options = TrainingOptions.builder().samples(64).threads(2).build();
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> GraphTrainer.train(reversed, teacher(), train, options, GraphTrainer.Checkpoints.NONE,
                        ProgressListener.NONE, EpochStats.Listener.NONE));
        assertEquals(ErrorCode.UNSUPPORTED_OPERATOR, e.code());
        assertTrue(e.getMessage().contains("node flip_rows (Slice) steps by -1"), e.getMessage());
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> TrainingOptions.builder().learningRate(0).build());
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertEquals("the learning rate must be > 0, not 0.0", e.getMessage());
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(TensorscopeException.class,
                () -> TrainingOptions.builder().epochs(0).build()).code());
        assertEquals("alpha must be within 0..1, not 1.5", assertThrows(TensorscopeException.class,
                () -> Teacher.of(teacher, 4, 1.5)).getMessage());
    }

    private static Teacher teacher() throws TensorscopeException {
        return Teacher.of(teacher, Teacher.DEFAULT_TEMPERATURE, Teacher.DEFAULT_ALPHA);
    }

    private static double accuracy(Model model, LabelledImages test) throws TensorscopeException {
        return ImageAccuracy.evaluate(model, test, BundledDatasets.MNIST, 0, TEST_DIGITS, 2, ProgressListener.NONE)
                .value();
    }
}
