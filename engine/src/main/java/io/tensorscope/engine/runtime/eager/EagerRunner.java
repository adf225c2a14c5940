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
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.runtime.Device;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.Runner;
import io.tensorscope.engine.runtime.Runners;
import io.tensorscope.engine.runtime.RuntimeErrors;
import io.tensorscope.engine.runtime.TensorData;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * The {@link Runner} for PyTorch eager: a chain-structured model rebuilt as DJL blocks ({@link EagerBlocks}) and run
 * on DJL's PyTorch engine (the CPU build), whole or block by block. The blocks are initialised, and the model's
 * weights loaded, for the shape of the first input they run. PyTorch's CPU kernels finish before a call returns, so
 * the wall time around one block's forward call is that block's time.
 */
public final class EagerRunner implements Runner {

    /** PyTorch eager through DJL (its CPU build here), for chain-structured models. */
    public static final Runners PYTORCH_EAGER = EagerRunner::open;

    private static final String ENGINE = "PyTorch";

    private final EagerModel model;
    private final NDManager manager;
    private final SequentialBlock network = new SequentialBlock();
    private final ParameterStore parameters;
    private boolean initialised;

    private EagerRunner(EagerModel model, NDManager manager) {
        this.model = model;
        this.manager = manager;
        this.parameters = new ParameterStore(manager, false);
        model.layers().forEach(l -> network.add(l.block()));
    }

    /**
     * @param model   a chain-structured model with one float32 input
     * @param options the device and PyTorch intra-op threads (a process-wide PyTorch setting); the optimisation
     *                level and ONNX Runtime's profiler do not apply
     * @return a runner whose blocks are built (weights load on the first run)
     * @throws TensorscopeException {@code DEVICE_UNAVAILABLE} for a CUDA device (the bundled PyTorch is the CPU build)
     *                              or if the PyTorch engine cannot start; {@code UNSUPPORTED_OPERATOR} if the model is
     *                              not a chain of supported blocks
     */
    public static EagerRunner open(Model model, RunOptions options) throws TensorscopeException {
        if (options.device().kind() != Device.Kind.CPU) {
            throw new TensorscopeException(ErrorCode.DEVICE_UNAVAILABLE, "PyTorch cannot run on " + options.device().name()
                    + ": the bundled PyTorch is its CPU build (no CUDA build of libtorch is available); run on the CPU");
        }
        EagerModel eager = EagerBlocks.convert(model);
        try {
            NDManager manager = Engine.getEngine(ENGINE).newBaseManager();
            JniUtils.setNumThreads(options.threads());
            return new EagerRunner(eager, manager);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new TensorscopeException(ErrorCode.DEVICE_UNAVAILABLE, "the PyTorch engine cannot start: "
                    + RuntimeErrors.firstLine(e), e);
        }
    }

    /** @return the blocks this runner runs, in execution order */
    public EagerModel model() {
        return model;
    }

    /**
     * @param inputs the model's one float32 input
     * @return its one output (float32)
     * @throws TensorscopeException {@code BAD_INPUT_SHAPE} if the blocks reject the input; {@code OUT_OF_MEMORY}
     */
    @Override
    public List<TensorData> run(List<TensorData> inputs) throws TensorscopeException {
        TensorData input = single(inputs);
        ready(input);
        try (NDManager scope = manager.newSubManager()) {
            NDArray out = network.forward(parameters, new NDList(array(scope, input)), false).singletonOrThrow();
            return List.of(TensorData.ofFloats(model.output(), out.toFloatArray(), out.getShape().getShape()));
        } catch (RuntimeException e) {
            throw rejected(input, e);
        } catch (OutOfMemoryError e) {
            throw new TensorscopeException(ErrorCode.OUT_OF_MEMORY, "out of memory while running the model", e);
        }
    }

    /**
     * Runs the blocks one at a time.
     *
     * @param inputs the model's one float32 input
     * @return the wall time of each block's forward call, µs, in layer order
     * @throws TensorscopeException {@code BAD_INPUT_SHAPE} if the blocks reject the input
     */
    public double[] timeBlocks(List<TensorData> inputs) throws TensorscopeException {
        TensorData checked = single(inputs);
        ready(checked);
        double[] micros = new double[model.layers().size()];
        try (NDManager scope = manager.newSubManager()) {
            NDList x = new NDList(array(scope, checked));
            for (int i = 0; i < micros.length; i++) {
                long start = System.nanoTime();
                x = model.layers().get(i).block().forward(parameters, x, false);
                micros[i] = (System.nanoTime() - start) / 1e3;
            }
        } catch (RuntimeException e) {
            throw rejected(checked, e);
        }
        return micros;
    }

    /** Initialises the blocks for {@code input}'s shape and loads the weights, once. */
    private void ready(TensorData input) throws TensorscopeException {
        if (initialised) {
            return;
        }
        try {
            network.initialize(manager, DataType.FLOAT32, new ai.djl.ndarray.types.Shape(input.shape().dims()));
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
            initialised = true;
        } catch (RuntimeException e) {
            throw new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, "cannot build " + model.name() + " for input "
                    + input.shape() + ": " + RuntimeErrors.firstLine(e), e);
        }
    }

    private TensorData single(List<TensorData> inputs) throws TensorscopeException {
        if (inputs.size() != 1 || inputs.get(0).floats() == null) {
            throw new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, model.name() + " on PyTorch eager takes one "
                    + "float32 input (" + model.input() + "), not " + inputs.size() + " tensors of "
                    + inputs.stream().map(t -> t.type().displayName()).distinct().toList());
        }
        return inputs.get(0);
    }

    private TensorscopeException rejected(TensorData input, RuntimeException e) {
        return new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, "PyTorch rejected input " + input.shape() + " of "
                + model.name() + ": " + RuntimeErrors.firstLine(e), e);
    }

    private static NDArray array(NDManager scope, TensorData input) {
        return scope.create(input.floats(), new ai.djl.ndarray.types.Shape(input.shape().dims()));
    }

    @Override
    public void close() {
        manager.close();
    }
}
