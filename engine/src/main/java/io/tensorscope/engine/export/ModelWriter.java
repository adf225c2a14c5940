package io.tensorscope.engine.export;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.StringStringEntryProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Saves a model as an ONNX file, atomically. Weights kept in external data files are copied next
 * to the new file when it goes to another folder, so the saved model is complete on its own.
 */
public final class ModelWriter {

    private ModelWriter() {
    }

    /**
     * @param model  the model to save
     * @param target the {@code .onnx} file to create or replace
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the file or its external data cannot be written
     */
    public static void write(Model model, Path target) throws TensorscopeException {
        copyExternalData(model, target.toAbsolutePath().getParent());
        AtomicFiles.write(target, out -> model.proto().writeTo(out));
    }

    private static void copyExternalData(Model model, Path targetFolder) throws TensorscopeException {
        Path sourceFolder = model.location().map(p -> p.toAbsolutePath().getParent()).orElse(null);
        Set<String> locations = new LinkedHashSet<>();
        for (TensorProto t : model.graph().getInitializerList()) {
            if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
                t.getExternalDataList().stream().filter(e -> e.getKey().equals("location"))
                        .map(StringStringEntryProto::getValue).forEach(locations::add);
            }
        }
        if (locations.isEmpty() || targetFolder == null || targetFolder.equals(sourceFolder)) {
            return;
        }
        if (sourceFolder == null) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL,
                    "the model refers to external weight files but has no folder to read them from");
        }
        for (String location : locations) {
            Path from = sourceFolder.resolve(location);
            AtomicFiles.write(targetFolder.resolve(location), out -> Files.copy(from, out));
        }
    }

    /** @return the serialized size in bytes the model would have on disk (without external data) */
    public static long serializedSizeBytes(Model model) {
        return model.proto().getSerializedSize();
    }
}
