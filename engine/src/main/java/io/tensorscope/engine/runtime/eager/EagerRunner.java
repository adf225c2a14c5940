package io.tensorscope.engine.runtime.eager;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.SequentialBlock;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.runtime.RuntimeErrors;
import io.tensorscope.engine.runtime.TensorData;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * Runs an {@link EagerModel} on the CPU with DJL's PyTorch engine, whole or block by block. PyTorch's CPU kernels
 * finish before a call returns, so the wall time around one block's forward call is that block's time.
 */
public final class EagerRunner implements AutoCloseable {

    private static final String ENGINE = "PyTorch";

    private final EagerModel model;
    private final NDManager manager;
    private final SequentialBlock network;
    private final ParameterStore parameters;

    private EagerRunner(EagerModel model, NDManager manager, SequentialBlock network) {
        this.model = model;
        this.manager = manager;
        this.network = network;
        this.parameters = new ParameterStore(manager, false);
    }

    /**
     * @param model      the blocks
     * @param inputShape the input's shape
     * @param threads    PyTorch intra-op threads (a process-wide PyTorch setting)
     * @return a runner with the model's weights loaded
     * @throws TensorscopeException {@code DEVICE_UNAVAILABLE} if the PyTorch engine cannot start;
     *                              {@code BAD_INPUT_SHAPE} if the blocks reject the shape
     */
    public static EagerRunner open(EagerModel model, Shape inputShape, int threads) throws TensorscopeException {
        NDManager manager;
        try {
            manager = Engine.getEngine(ENGINE).newBaseManager();
            JniUtils.setNumThreads(threads);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new TensorscopeException(ErrorCode.DEVICE_UNAVAILABLE, "the PyTorch engine cannot start: "
                    + RuntimeErrors.firstLine(e), e);
        }
        SequentialBlock network = new SequentialBlock();
        model.layers().forEach(l -> network.add(l.block()));
        try {
            network.initialize(manager, DataType.FLOAT32, new ai.djl.ndarray.types.Shape(inputShape.dims()));
            for (EagerLayer layer : model.layers()) {
                for (Map.Entry<String, float[]> w : layer.weights().entrySet()) {
                    NDArray array = layer.block().getParameters().get(w.getKey()).getArray();
                    if (array.size() != w.getValue().length) {
                        throw new IllegalArgumentException(layer.nodeName() + "." + w.getKey() + " holds " + array.size()
                                + " values, the model has " + w.getValue().length);
                    }
                    array.set(FloatBuffer.wrap(w.getValue()));
                }
            }
            return new EagerRunner(model, manager, network);
        } catch (RuntimeException e) {
            manager.close();
            throw new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, "cannot build " + model.name() + " for input "
                    + inputShape + ": " + RuntimeErrors.firstLine(e), e);
        }
    }

    /** @return the model's output for {@code input} (float32) */
    public TensorData run(TensorData input) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray out = network.forward(parameters, new NDList(array(scope, input)), false).singletonOrThrow();
            return TensorData.ofFloats("output", out.toFloatArray(), out.getShape().getShape());
        }
    }

    /**
     * Runs the blocks one at a time.
     *
     * @return the wall time of each block's forward call, µs, in layer order
     */
    public double[] timeBlocks(TensorData input) {
        double[] micros = new double[model.layers().size()];
        try (NDManager scope = manager.newSubManager()) {
            NDList x = new NDList(array(scope, input));
            for (int i = 0; i < micros.length; i++) {
                long start = System.nanoTime();
                x = model.layers().get(i).block().forward(parameters, x, false);
                micros[i] = (System.nanoTime() - start) / 1e3;
            }
        }
        return micros;
    }

    private static NDArray array(NDManager scope, TensorData input) {
        return scope.create(input.floats(), new ai.djl.ndarray.types.Shape(input.shape().dims()));
    }

    @Override
    public void close() {
        manager.close();
    }
}
