package io.tensorscope.engine.importer;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.ContainedPaths;
import io.tensorscope.engine.io.FileSizes;
import io.tensorscope.engine.model.ExternalLocation;
import io.tensorscope.engine.model.StoredTensors;
import io.tensorscope.onnx.Onnx.ModelProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Weights kept outside the {@code .onnx} file ({@code data_location = EXTERNAL}), in an initializer, a Constant's
 * value or a subgraph ({@link StoredTensors}): checks that every referenced file lies inside the model's folder
 * (no absolute path, {@code ..} or link out), exists, is a regular file and is long enough, so a missing file is reported at load
 * time and not as a crash at run time.
 */
public final class ExternalData {

    private ExternalData() {
    }

    /**
     * @param proto     the parsed model
     * @param modelFile the {@code .onnx} file; external locations are relative to its folder
     * @return bytes on disk of the model file plus every distinct external data file
     * @throws TensorscopeException {@code INVALID_MODEL} naming the tensor and file that are missing or short
     */
    public static long checkAndMeasure(ModelProto proto, Path modelFile) throws TensorscopeException {
        Path folder = modelFile.toAbsolutePath().getParent();
        Set<Path> files = new LinkedHashSet<>();
        for (TensorProto t : StoredTensors.of(proto.getGraph())) {
            if (t.getDataLocation() != TensorProto.DataLocation.EXTERNAL) {
                continue;
            }
            ExternalLocation external = ExternalLocation.of(t);
            String location = external.location();
            long offset = external.offset();
            long length = external.length();
            if (location == null || location.isEmpty()) {
                throw invalid("weights '" + t.getName() + "' are marked external but name no file");
            }
            Path data = ContainedPaths.resolve(folder, location, ErrorCode.INVALID_MODEL,
                    "the external data of weights '" + t.getName() + "'");
            if (!Files.isRegularFile(data)) {
                throw invalid("weights '" + t.getName() + "' live in external file '" + location
                        + "', which is missing beside " + modelFile.getFileName());
            }
            long fileSize = FileSizes.of(data);
            if (length >= 0 && offset + length > fileSize) {
                throw invalid("external file '" + location + "' is truncated: weights '" + t.getName()
                        + "' need bytes up to " + (offset + length) + ", the file has " + fileSize);
            }
            files.add(data);
        }
        long total = FileSizes.of(modelFile);
        for (Path f : files) {
            total += FileSizes.of(f);
        }
        return total;
    }

    private static TensorscopeException invalid(String message) {
        return new TensorscopeException(ErrorCode.INVALID_MODEL, message);
    }
}
