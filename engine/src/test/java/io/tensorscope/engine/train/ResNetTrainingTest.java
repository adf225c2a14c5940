package io.tensorscope.engine.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.zoo.ResNet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated ResNet-18 (width 16) trains on the PyTorch engine: a few SGD steps on real Fashion-MNIST training
 * images lower the cross-entropy, and the trained graph runs on ONNX Runtime as the network does in evaluation mode.
 */
class ResNetTrainingTest {

    private static final int BATCH = 32;
    private static final int BATCHES = 4;
    private static final int STEPS = 12;

    @Test
    void sgdOnFashionMnistLowersTheLossAndOnnxRuntimeAgrees() throws Exception {
        Model model = ResNet.resnet18(16, 10, 42);
        LabelledImages train = BundledDatasets.fashionMnistTrain();
        try (ai.djl.Model holder = ai.djl.Model.newInstance("resnet18", Device.cpu(), "PyTorch")) {
            GraphNetwork network = GraphNetwork.of(model, holder.getNDManager(), List.of(Logits.of(model)));
            holder.setBlock(network);
            Loss loss = Loss.softmaxCrossEntropyLoss();
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optDevices(new Device[] {Device.cpu()})
                    .optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.05f)).optMomentum(0.9f).build());
            try (Trainer trainer = holder.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, 1, 28, 28));
                double before = meanLoss(network, holder.getNDManager(), train, loss);
                long start = System.nanoTime();
                for (int step = 0; step < STEPS; step++) {
                    int from = (step % BATCHES) * BATCH;
                    try (NDManager batch = holder.getNDManager().newSubManager()) {
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDArray logits = trainer.forward(new NDList(images(batch, train, from))).head();
                            collector.backward(loss.evaluate(new NDList(labels(batch, train, from)), new NDList(logits)));
                        }
                        trainer.step();
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double after = meanLoss(network, holder.getNDManager(), train, loss);
                System.out.printf("resnet18 w16 cross-entropy on %d Fashion-MNIST training images: %.4f before, %.4f "
                        + "after %d SGD steps of %d (%.1f images/s)%n", BATCH * BATCHES, before, after, STEPS, BATCH,
                        STEPS * BATCH / seconds);
                assertTrue(after < 0.7 * before, "loss " + before + " → " + after);
                assertRunsOnOnnxRuntimeAsInEvaluationMode(network.withTrainedWeights(), holder.getNDManager(), train);
            }
        }
    }

    /** Trained weights and running statistics, run by ONNX Runtime and by a network rebuilt from them, agree. */
    private static void assertRunsOnOnnxRuntimeAsInEvaluationMode(Model trained, NDManager manager, LabelledImages images)
            throws Exception {
        List<TensorData> input = List.of(TensorData.ofFloats(ResNet.INPUT, images.batch(0, BATCH), BATCH, 1, 28, 28));
        Model withLogits = trained.exposing(List.of(ResNet.LOGITS));
        double logits = Torch.maxAbsDiff(Torch.onnxRuntime(withLogits, input, ResNet.LOGITS),
                Torch.eval(GraphNetwork.of(trained, manager, List.of(ResNet.LOGITS)), manager, input));
        double probabilities = Torch.maxAbsDiff(Torch.onnxRuntime(trained, input, ResNet.OUTPUT),
                Torch.eval(GraphNetwork.of(trained, manager), manager, input));
        System.out.printf("trained resnet18 w16, evaluation mode: max |PyTorch − ONNX Runtime| = %.3g (logits), %.3g "
                + "(probabilities)%n", logits, probabilities);
        assertTrue(logits <= 1e-4, "logits differ by " + logits);
        assertTrue(probabilities <= 1e-4, "probabilities differ by " + probabilities);
    }

    /** @return the mean cross-entropy over the training batches, batch statistics as in training */
    private static double meanLoss(GraphNetwork network, NDManager manager, LabelledImages images, Loss loss) {
        double sum = 0;
        for (int b = 0; b < BATCHES; b++) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray logits = network.forward(new ParameterStore(scope, false),
                        new NDList(images(scope, images, b * BATCH)), true).head();
                sum += loss.evaluate(new NDList(labels(scope, images, b * BATCH)), new NDList(logits)).getFloat();
            }
        }
        return sum / BATCHES;
    }

    private static NDArray images(NDManager manager, LabelledImages images, int from) {
        return manager.create(images.batch(from, BATCH), new Shape(BATCH, 1, 28, 28));
    }

    private static NDArray labels(NDManager manager, LabelledImages images, int from) {
        float[] labels = new float[BATCH];
        for (int i = 0; i < BATCH; i++) {
            labels[i] = images.labels()[from + i];
        }
        return manager.create(labels);
    }
}
