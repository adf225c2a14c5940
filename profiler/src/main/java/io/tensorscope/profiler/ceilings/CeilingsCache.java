package io.tensorscope.profiler.ceilings;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One JSON file per {@link MachineKey} in a folder; an unreadable or foreign file, or one whose figures fail
 * {@link CeilingsCheck}, counts as no cache.
 */
final class CeilingsCache {

    private final Path directory;

    CeilingsCache(Path directory) {
        this.directory = directory;
    }

    Optional<MachineCeilings> load(MachineKey key) {
        Path file = directory.resolve(key.fileName());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            MachineCeilings ceilings = CeilingsJson.fromJson(new ObjectMapper().readTree(file.toFile()));
            boolean usable = MachineKey.of(ceilings).equals(key)
                    && CeilingsCheck.problem(ceilings, Instant.now()).isEmpty();
            return usable ? Optional.of(ceilings) : Optional.empty();
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    void store(MachineCeilings ceilings) throws TensorscopeException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            return;
        }
        byte[] json = CeilingsJson.toJson(ceilings).toPrettyString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(directory.resolve(MachineKey.of(ceilings).fileName()), out -> out.write(json));
    }
}
