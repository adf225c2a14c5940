package io.tensorscope.profiler.experiment;

import io.tensorscope.assets.AssetStore;
import io.tensorscope.engine.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of what experiments are made of: models and users' data set files. */
public final class Digests {

    private Digests() {
    }

    /** @return hex SHA-256 of the model's serialized ONNX message (weights in external files are not included) */
    public static String ofModel(Model model) {
        return of(model.proto().toByteArray());
    }

    /** @return hex SHA-256 of {@code bytes} (of a serialized model: the same as {@link #ofModel} of the model) */
    public static String of(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    /**
     * @return hex SHA-256 of a data set given as a path (a CSV file, or a folder's {@code labels.csv}); null for a
     * bundled id or {@code random}, or when the file cannot be read
     */
    public static String ofDataset(String dataset) {
        if (dataset == null || dataset.isBlank()) {
            return null;
        }
        Path path = Path.of(dataset);
        Path file = Files.isDirectory(path) ? path.resolve("labels.csv") : path;
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return AssetStore.sha256Of(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
