package io.tensorscope.app.workbench.settings;

import io.tensorscope.profiler.timing.ProfileSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The preferences store: defaults, round trip, damaged and out-of-range files, the folder it picks. */
class PreferencesTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @TempDir
    Path dir;

    @Test
    void defaultsAreAllCoresTheProfileDefaultsAndFidelity098() {
        Preferences defaults = Preferences.load(new ConfigFolder(dir));
        assertDefaults(defaults);
        assertEquals(Theme.LIGHT, defaults.themeProperty().get());
    }

    @Test
    void savedValuesReadBack() throws Exception {
        ConfigFolder config = new ConfigFolder(dir.resolve("nested/config"));
        Preferences preferences = Preferences.load(config);
        preferences.threadsProperty().set(1);
        preferences.warmupRunsProperty().set(3);
        preferences.runsProperty().set(77);
        preferences.fidelityThresholdProperty().set(0.95);
        preferences.themeProperty().set(Theme.DARK);
        preferences.save();
        Preferences read = Preferences.load(config);
        assertEquals(1, read.threadsProperty().get());
        assertEquals(3, read.warmupRunsProperty().get());
        assertEquals(77, read.runsProperty().get());
        assertEquals(0.95, read.fidelityThresholdProperty().get());
        assertEquals(Theme.DARK, read.themeProperty().get());
        try (Stream<Path> files = Files.list(config.path())) {
            assertEquals(List.of(Preferences.FILE_NAME), files.map(p -> p.getFileName().toString()).toList(),
                    "the file, and no temporary file beside it");
        }
        String json = Files.readString(config.file(Preferences.FILE_NAME));
        assertEquals(true, json.contains("\"fidelity_threshold\" : 0.95") && json.contains("\"theme\" : \"DARK\""), json);
    }

    @Test
    void aCopyIsDetachedUntilSetAll() {
        Preferences preferences = Preferences.load(new ConfigFolder(dir));
        Preferences draft = preferences.copy();
        draft.runsProperty().set(5);
        draft.themeProperty().set(Theme.DARK);
        assertEquals(ProfileSettings.DEFAULT_RUNS, preferences.runsProperty().get());
        preferences.setAll(draft);
        assertEquals(5, preferences.runsProperty().get());
        assertEquals(Theme.DARK, preferences.themeProperty().get());
    }

    @Test
    void corruptFilesAndOutOfRangeValuesReadAsDefaults() throws Exception {
        Path file = dir.resolve(Preferences.FILE_NAME);
        for (String content : new String[] {"{oops", "", "null", "[]", "{\"threads\": \"many\"}",
                "{\"threads\": 0, \"warmup_runs\": -1, \"runs\": 0, \"fidelity_threshold\": 1.5, \"theme\": \"PURPLE\"}",
                "{\"threads\": " + (CORES + 1) + ", \"runs\": " + (ProfileSettings.MAX_RUNS + 1) + "}"}) {
            Files.writeString(file, content);
            Preferences read = Preferences.load(new ConfigFolder(dir));
            assertDefaults(read);
            assertEquals(Theme.LIGHT, read.themeProperty().get(), content);
        }
    }

    @Test
    void unknownKeysAreIgnoredAndKnownOnesKept() throws Exception {
        Files.writeString(dir.resolve(Preferences.FILE_NAME), "{\"runs\": 9, \"written_by\": \"a later version\"}");
        Preferences read = Preferences.load(new ConfigFolder(dir));
        assertEquals(9, read.runsProperty().get());
        assertEquals(CORES, read.threadsProperty().get());
    }

    @Test
    void theFolderIsThePropertyThenXdgThenHome() {
        assertEquals(Path.of("/tmp/override"), ConfigFolder.of("/tmp/override", "/x", "/home/u").path());
        assertEquals(Path.of("/x/tensorscope"), ConfigFolder.of(null, "/x", "/home/u").path());
        assertEquals(Path.of("/x/tensorscope"), ConfigFolder.of(" ", "/x", "/home/u").path());
        assertEquals(Path.of("/home/u/.config/tensorscope"), ConfigFolder.of(null, "", "/home/u").path());
        assertNotEquals(Path.of(System.getProperty("user.home"), ".config", "tensorscope"), ConfigFolder.standard().path(),
                "the build points tests at a folder under target/");
    }

    private static void assertDefaults(Preferences read) {
        assertEquals(CORES, read.threadsProperty().get());
        assertEquals(ProfileSettings.DEFAULT_WARMUP_RUNS, read.warmupRunsProperty().get());
        assertEquals(ProfileSettings.DEFAULT_RUNS, read.runsProperty().get());
        assertEquals(Preferences.DEFAULT_FIDELITY_THRESHOLD, read.fidelityThresholdProperty().get());
        assertEquals(0.98, Preferences.DEFAULT_FIDELITY_THRESHOLD);
    }
}
