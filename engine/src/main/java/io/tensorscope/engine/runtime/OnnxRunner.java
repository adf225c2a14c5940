package io.tensorscope.engine.runtime;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.engine.Engine;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.io.AtomicFiles;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link Runner} for ONNX Runtime: runs a model on the CPU through DJL's ONNX Runtime engine. Session options DJL does not expose as
 * strings (intra-op spinning off, so ORT threads do not starve the UI on small machines) are passed as
 * an {@link OrtSession.SessionOptions} load option, which DJL's {@code OrtModel} honours when the model is loaded
 * directly (a {@code Criteria} passes only string options). A model built in
 * memory or imported from another format is written to a temporary {@code .onnx} file, deleted on close.
 */
public final class OnnxRunner implements Runner {

    /** File-name prefix of ONNX Runtime's profile in {@link RunOptions#profileDirectory()}. */
    public static final String PROFILE_PREFIX = "ort-profile";

    private static final String ENGINE = "OnnxRuntime";

    static {
        // With the PyTorch engine on the class path, DJL would route some ONNX Runtime array operations through
        // it (loading libtorch): keep ONNX Runtime sessions self-contained.
        if (System.getProperty("ai.djl.onnx.disable_alternative") == null) {
            System.setProperty("ai.djl.onnx.disable_alternative", "true");
        }
    }

    private final ai.djl.Model djlModel;
    private final Predictor<NDList, NDList> predictor;
    private final NDManager manager;
    private final Path temporary;

    private OnnxRunner(ai.djl.Model djlModel, Path temporary) {
        this.djlModel = djlModel;
        this.predictor = djlModel.newPredictor(new NoopTranslator());
        this.manager = djlModel.getNDManager().newSubManager();
        this.temporary = temporary;
    }

    /** @return the runtime and its version, e.g. {@code ONNX Runtime 1.21.1} */
    public static String runtimeVersion() {
        return "ONNX Runtime " + Engine.getEngine(ENGINE).getVersion();
    }

    /**
     * Creates an ONNX Runtime session for the model.
     *
     * @throws TensorscopeException {@code INVALID_MODEL} if ONNX Runtime rejects the model,
     *                              {@code UNSUPPORTED_OPERATOR} if it lacks a kernel, {@code OUT_OF_MEMORY},
     *                              {@code DEVICE_UNAVAILABLE} for a CUDA device (this build bundles the CPU runtime)
     */
    public static OnnxRunner open(Model model, RunOptions options) throws TensorscopeException {
        if (options.device().kind() != Device.Kind.CPU) {
            throw new TensorscopeException(ErrorCode.DEVICE_UNAVAILABLE, "ONNX Runtime cannot run on "
                    + options.device().name() + ": this build bundles its CPU build, not the CUDA one; run on the CPU");
        }
        Path temporary = null;
        try {
            Path file = model.location().filter(p -> "onnx".equals(model.sourceFormat())
                    && p.getFileName().toString().endsWith(".onnx")).orElse(null);
            if (file == null) {
                temporary = Files.createTempFile("tensorscope-", ".onnx");
                ModelWriter.write(model, temporary);
                file = temporary;
            }
            OrtSession.SessionOptions session = new OrtSession.SessionOptions();
            session.addConfigEntry("session.intra_op.allow_spinning", "0");
            // the session's own log records would precede our one-line error, which carries the same message
            session.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
            if (options.profileDirectory().isPresent()) {
                session.enableProfiling(options.profileDirectory().get().resolve(PROFILE_PREFIX).toString());
            }
            if (options.optimizedModelFile().isPresent()) {
                session.setOptimizedModelFilePath(options.optimizedModelFile().get().toString());
            }
            ai.djl.Model djlModel = Engine.getEngine(ENGINE).newModel(model.name(), ai.djl.Device.cpu());
            try {
                djlModel.load(file, null, Map.of("sessionOptions", session,
                        "intraOpNumThreads", Integer.toString(options.threads()), "interOpNumThreads", "1",
                        "optLevel", options.optimization().ortName()));
            } catch (IOException | MalformedModelException | RuntimeException e) {
                djlModel.close();
                throw e;
            }
            return new OnnxRunner(djlModel, temporary);
        } catch (OutOfMemoryError e) {
            AtomicFiles.deleteQuietly(temporary);
            throw new TensorscopeException(ErrorCode.OUT_OF_MEMORY, "not enough memory to load " + model.name(), e);
        } catch (MalformedModelException | IOException | OrtException | RuntimeException e) {
            AtomicFiles.deleteQuietly(temporary);
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, "ONNX Runtime cannot load " + model.name() + ": "
                    + RuntimeErrors.firstLine(e), e);
        }
    }

    /**
     * Runs the model once.
     *
     * @param inputs one tensor per model input, in the model's input order
     * @return the outputs, float32 as floats and int64 as longs, in the model's output order
     * @throws TensorscopeException {@code BAD_INPUT_SHAPE} if ONNX Runtime rejects the inputs
     */
    @Override
    public List<TensorData> run(List<TensorData> inputs) throws TensorscopeException {
        try (NDManager scope = manager.newSubManager()) {
            NDList list = new NDList();
            for (TensorData t : inputs) {
                ai.djl.ndarray.types.Shape shape = new ai.djl.ndarray.types.Shape(t.shape().dims());
                NDArray array = t.floats() != null ? scope.create(t.floats(), shape) : scope.create(t.longs(), shape);
                array.setName(t.name());
                list.add(array);
            }
            NDList out = predictor.predict(list);
            List<TensorData> result = new ArrayList<>();
            for (NDArray a : out) {
                long[] dims = a.getShape().getShape();
                result.add(a.getDataType() == DataType.INT64
                        ? new TensorData(a.getName(), Shape.of(dims), null, a.toLongArray())
                        : new TensorData(a.getName(), Shape.of(dims), a.toType(DataType.FLOAT32, false).toFloatArray(), null));
            }
            out.close();
            return result;
        } catch (TranslateException | RuntimeException e) {
            throw new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, "ONNX Runtime rejected the inputs: "
                    + RuntimeErrors.firstLine(e), e);
        } catch (OutOfMemoryError e) {
            throw new TensorscopeException(ErrorCode.OUT_OF_MEMORY, "out of memory while running the model", e);
        }
    }

    @Override
    public void close() {
        manager.close();
        predictor.close();
        djlModel.close();
        AtomicFiles.deleteQuietly(temporary);
    }
}
