package io.tensorscope.app.workbench.settings;

import io.tensorscope.engine.TensorscopeException;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The model files opened lately, most recent first, at most {@value #MAX_FILES}; files that no longer exist are
 * dropped. Kept in {@value #FILE_NAME} in the {@link ConfigFolder}, rewritten atomically on every change; a missing or
 * corrupt file reads as an empty list.
 */
public final class RecentFiles {

    /** The longest the list gets. */
    public static final int MAX_FILES = 10;
    /** Name of the file in the config folder. */
    public static final String FILE_NAME = "recent-files.json";

    /** The file's JSON form: {@code {"files": ["/abs/path.onnx", ...]}}. */
    record Stored(List<String> files) {
    }

    private final Path file;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    /** Reads the list kept in {@code folder}. */
    public RecentFiles(ConfigFolder folder) {
        this.file = folder.file(FILE_NAME);
        List<Path> stored = new ArrayList<>();
        JsonFiles.read(file, Stored.class).map(Stored::files).orElse(List.of()).stream()
                .filter(Objects::nonNull).forEach(name -> {
                    try {
                        stored.add(Path.of(name));
                    } catch (InvalidPathException ignored) {
                        // a name this platform cannot hold is dropped like a missing file
                    }
                });
        files.setAll(existing(stored));
    }

    /** @return the files, most recent first (read-only; follows {@link #add} and {@link #clear}) */
    public ObservableList<Path> files() {
        return view;
    }

    /**
     * Puts {@code opened} first (moving it if listed), drops files that no longer exist and keeps the first
     * {@value #MAX_FILES}, then writes the list.
     *
     * @throws TensorscopeException if the list cannot be written (the list shown is updated all the same)
     */
    public void add(Path opened) throws TensorscopeException {
        List<Path> updated = new ArrayList<>();
        Path absolute = opened.toAbsolutePath().normalize();
        updated.add(absolute);
        files.stream().filter(p -> !p.equals(absolute)).forEach(updated::add);
        files.setAll(existing(updated));
        save();
    }

    /**
     * Empties the list and writes it.
     *
     * @throws TensorscopeException if the list cannot be written
     */
    public void clear() throws TensorscopeException {
        files.clear();
        save();
    }

    private void save() throws TensorscopeException {
        JsonFiles.write(file, new Stored(files.stream().map(Path::toString).toList()));
    }

    private static List<Path> existing(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).distinct().filter(Files::isRegularFile)
                .limit(MAX_FILES).toList();
    }
}
