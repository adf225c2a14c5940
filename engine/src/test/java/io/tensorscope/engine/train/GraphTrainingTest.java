package io.tensorscope.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.BaseNDManager;
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
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Autograd flows through a rebuilt network: SGD on real MNIST training digits lowers the loss, BatchNormalization's
 * running statistics move in training mode, steps leave no arrays behind, and the trained values go back into the same ONNX graph, which ONNX
 * Runtime then runs to the network's outputs (1e-4).
 */
class GraphTrainingTest {

    private static final int BATCH = 64;
    private static final int DIGITS = 256;

    @Test
    void sgdOnRealDigitsLowersTheLossAndOnlyInitializersChange() throws Exception {
        Model model = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        LabelledImages train = BundledDatasets.mnistTrain();
        String input = model.inputs().get(0).name();
        String logits = Logits.of(model);
        try (ai.djl.Model holder = ai.djl.Model.newInstance("mnist-cnn", Device.cpu(), "PyTorch")) {
            GraphNetwork network = GraphNetwork.of(model, holder.getNDManager(), List.of(logits));
            holder.setBlock(network);
            Loss loss = Loss.softmaxCrossEntropyLoss();
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optDevices(new Device[] {Device.cpu()})
                    .optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.01f)).optMomentum(0.9f).build());
            try (Trainer trainer = holder.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, 28, 28, 1));
                double before = meanLoss(network, holder.getNDManager(), train, loss);
                int arraysAfterFirstStep = 0;
                for (int step = 0; step < 12; step++) {
                    int from = (step * BATCH) % DIGITS;
                    try (NDManager batch = holder.getNDManager().newSubManager()) {
                        NDArray x = batch.create(train.batch(from, BATCH), new Shape(BATCH, 28, 28, 1));
                        NDArray y = batch.create(labels(train, from, BATCH));
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDArray predicted = trainer.forward(new NDList(x)).head();
                            collector.backward(loss.evaluate(new NDList(y), new NDList(predicted)));
                        }
                        trainer.step();
                    }
                    arraysAfterFirstStep = step == 0 ? managedArrays(holder) : arraysAfterFirstStep;
                }
                assertEquals(arraysAfterFirstStep, managedArrays(holder), "arrays left behind by training steps");
                double after = meanLoss(network, holder.getNDManager(), train, loss);
                System.out.printf("mnist-cnn cross-entropy on %d training digits: %.5f before, %.5f after 12 SGD steps%n",
                        DIGITS, before, after);
                assertTrue(after < 0.8 * before, "loss " + before + " → " + after);

                Model trained = network.withTrainedWeights();
                assertEquals(model.graph().getNodeList(), trained.graph().getNodeList());
                assertEquals(model.graph().getInputList(), trained.graph().getInputList());
                assertEquals(model.graph().getOutputList(), trained.graph().getOutputList());
                assertEquals(model.graph().getInitializerCount(), trained.graph().getInitializerCount());
                int changed = 0;
                for (int i = 0; i < model.graph().getInitializerCount(); i++) {
                    TensorProto old = model.graph().getInitializer(i);
                    TensorProto now = trained.graph().getInitializer(i);
                    assertEquals(old.getName(), now.getName());
                    assertEquals(old.getDimsList(), now.getDimsList());
                    changed += Arrays.equals(InitializerData.floats(old), InitializerData.floats(now)) ? 0 : 1;
                }
                assertEquals(model.graph().getInitializerCount(), changed, "every weight of the CNN is trained");

                TensorData digits = TensorData.ofFloats(input, train.batch(0, BATCH), BATCH, 28, 28, 1);
                float[] onnx = Torch.onnxRuntime(trained, List.of(digits), model.outputs().get(0).name());
                float[] torch;
                try (NDManager scope = holder.getNDManager().newSubManager()) {
                    torch = network.forward(new ParameterStore(scope, false), new NDList(Torch.array(scope, digits)),
                            false).head().softmax(-1).toFloatArray();
                }
                double diff = Torch.maxAbsDiff(onnx, torch);
                System.out.printf("trained mnist-cnn: max |PyTorch − ONNX Runtime| = %.3g%n", diff);
                assertTrue(diff <= 1e-4, "trained weights run differently on ONNX Runtime: " + diff);
            }
        }
    }

    @Test
    void batchNormRunningStatisticsMoveInTrainingModeAndAreWrittenBack() throws Exception {
        Model model = TrainGraphs.residual();
        LabelledImages train = BundledDatasets.mnistTrain();
        TensorData digits = TensorData.ofFloats("x", train.batch(0, BATCH), BATCH, 1, 28, 28);
        try (NDManager manager = Torch.manager()) {
            float[] convOut = Torch.eval(GraphNetwork.of(model, manager, List.of("c1")), manager, List.of(digits));
            GraphNetwork network = GraphNetwork.of(model, manager);
            assertEquals(WeightRole.STATE, network.roles().get("bn1_mean"));
            assertEquals(WeightRole.TRAINED, network.roles().get("bn1_scale"));
            try (NDManager scope = manager.newSubManager()) {
                network.forward(new ParameterStore(scope, false), new NDList(Torch.array(scope, digits)), true);
            }
            Model updated = network.withTrainedWeights();
            float[] oldMean = InitializerData.floats(model.index().initializer("bn1_mean"));
            float[] newMean = InitializerData.floats(updated.index().initializer("bn1_mean"));
            float[] expected = new float[8];
            int plane = 14 * 14;
            for (int c = 0; c < 8; c++) {
                double sum = 0;
                for (int n = 0; n < BATCH; n++) {
                    for (int p = 0; p < plane; p++) {
                        sum += convOut[(n * 8 + c) * plane + p];
                    }
                }
                expected[c] = (float) (0.9 * oldMean[c] + 0.1 * sum / (BATCH * plane));
            }
            assertArrayEquals(expected, newMean, 1e-5f, "running mean = 0.9·old + 0.1·batch mean");
            assertNotEquals(Arrays.toString(InitializerData.floats(model.index().initializer("bn2_var"))),
                    Arrays.toString(InitializerData.floats(updated.index().initializer("bn2_var"))));
            assertArrayEquals(InitializerData.floats(model.index().initializer("bn1_scale")),
                    InitializerData.floats(updated.index().initializer("bn1_scale")), "no step, no change to weights");

            float[] onnx = Torch.onnxRuntime(updated, List.of(digits), "y");
            double diff = Torch.maxAbsDiff(onnx, Torch.eval(network, manager, List.of(digits)));
            assertTrue(diff <= 1e-4, "written-back statistics run differently on ONNX Runtime: " + diff);
        }
    }

    /** @return the arrays the model's manager and its sub-managers still hold */
    private static int managedArrays(ai.djl.Model holder) {
        return ((BaseNDManager) holder.getNDManager()).getManagedArrays().size();
    }

    private static double meanLoss(GraphNetwork network, NDManager manager, LabelledImages images, Loss loss) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray x = scope.create(images.batch(0, DIGITS), new Shape(DIGITS, 28, 28, 1));
            NDArray logits = network.forward(new ParameterStore(scope, false), new NDList(x), false).head();
            return loss.evaluate(new NDList(scope.create(labels(images, 0, DIGITS))), new NDList(logits)).getFloat();
        }
    }

    private static float[] labels(LabelledImages images, int from, int n) {
        float[] labels = new float[n];
        for (int i = 0; i < n; i++) {
            labels[i] = images.labels()[from + i];
        }
        return labels;
    }
}
