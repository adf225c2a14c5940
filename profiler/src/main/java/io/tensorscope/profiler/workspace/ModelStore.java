package io.tensorscope.profiler.workspace;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Model files kept by content: {@code models/<sha256>.onnx}, each written once (atomically, then synced to disk), so
 * a model shared by experiments is stored once and a file's name says what it holds.
 */
final class ModelStore {

    private static final Pattern STORED = Pattern.compile("[0-9a-f]{64}\\.onnx");
    private static final String EXTENSION = ".onnx";

    private final Path folder;

    /** @param folder the {@code models/} folder beside the database (created on the first write) */
    ModelStore(Path folder) {
        this.folder = folder;
    }

    /** @return the folder */
    Path folder() {
        return folder;
    }

    /** @return where the model of digest {@code sha256} is (or would be) stored */
    Path file(String sha256) {
        return folder.resolve(sha256 + EXTENSION);
    }

    /**
     * Stores {@code bytes}, the serialized model of digest {@code sha256}, unless a file of that digest and size is
     * there already.
     *
     * @return bytes written, 0 when the model was stored already
     * @throws TensorscopeException {@code UNREADABLE_FILE} or {@code DISK_FULL} when it cannot be written
     */
    long put(String sha256, byte[] bytes) throws TensorscopeException {
        Path target = file(sha256);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                return 0;
            }
            Files.createDirectories(folder);
            AtomicFiles.write(target, out -> out.write(bytes));
            sync(target);
            sync(folder);
            return bytes.length;
        } catch (IOException e) {
            throw new TensorscopeException(AtomicFiles.isDiskFull(e) ? ErrorCode.DISK_FULL : ErrorCode.UNREADABLE_FILE,
                    "cannot store the model in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** @return every stored model file by digest, with its size in bytes */
    Map<String, Long> stored() throws IOException {
        Map<String, Long> files = new LinkedHashMap<>();
        for (Path file : entries()) {
            String name = file.getFileName().toString();
            if (STORED.matcher(name).matches()) {
                files.put(name.substring(0, name.length() - EXTENSION.length()), Files.size(file));
            }
        }
        return files;
    }

    /** @return temporary files a killed write left ({@code .NAME.part}) */
    List<Path> leftovers() throws IOException {
        List<Path> parts = new ArrayList<>();
        for (Path file : entries()) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") && name.endsWith(".part")) {
                parts.add(file);
            }
        }
        return parts;
    }

    private List<Path> entries() throws IOException {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        return entries;
    }

    /** Forces a file's (or a folder's entries') bytes to disk; folders that cannot be opened are skipped. */
    private static void sync(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(path)) {
                throw e;
            }
        }
    }
}
