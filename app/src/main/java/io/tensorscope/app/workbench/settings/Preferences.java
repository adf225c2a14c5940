package io.tensorscope.app.workbench.settings;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.timing.ProfileSettings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/**
 * The user's preferences as JavaFX properties: profiling threads, warm-up and timed runs (the Profile tab's
 * defaults), the fidelity threshold a compressed model must keep (cosine to the original's outputs, 0..1) and the
 * theme. Kept in {@value #FILE_NAME} in the {@link ConfigFolder}; a missing or corrupt file, or a value out of range,
 * reads as the default.
 */
public final class Preferences {

    /** Name of the file in the config folder. */
    public static final String FILE_NAME = "preferences.json";
    /** Default fidelity threshold (cosine similarity, 0..1). */
    public static final double DEFAULT_FIDELITY_THRESHOLD = 0.98;
    /** Most warm-up runs a profile takes. */
    public static final int MAX_WARMUP_RUNS = 1000;

    /** The file's JSON form; a null field reads as its default. */
    record Stored(Integer threads, Integer warmupRuns, Integer runs, Double fidelityThreshold, String theme) {
    }

    private final Path file;
    private final int maxThreads;
    private final IntegerProperty threads = new SimpleIntegerProperty();
    private final IntegerProperty warmupRuns = new SimpleIntegerProperty();
    private final IntegerProperty runs = new SimpleIntegerProperty();
    private final DoubleProperty fidelityThreshold = new SimpleDoubleProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();

    private Preferences(Path file, int maxThreads, Stored stored) {
        this.file = file;
        this.maxThreads = maxThreads;
        threads.set(within(stored.threads(), 1, maxThreads, maxThreads));
        warmupRuns.set(within(stored.warmupRuns(), 0, MAX_WARMUP_RUNS, ProfileSettings.DEFAULT_WARMUP_RUNS));
        runs.set(within(stored.runs(), 1, ProfileSettings.MAX_RUNS, ProfileSettings.DEFAULT_RUNS));
        Double fidelity = stored.fidelityThreshold();
        fidelityThreshold.set(fidelity != null && fidelity >= 0 && fidelity <= 1 ? fidelity : DEFAULT_FIDELITY_THRESHOLD);
        theme.set(Theme.parse(stored.theme()));
    }

    /** @return the preferences kept in {@code folder}, defaults where nothing (valid) is kept; threads default to the cores */
    public static Preferences load(ConfigFolder folder) {
        Path file = folder.file(FILE_NAME);
        return new Preferences(file, Runtime.getRuntime().availableProcessors(),
                JsonFiles.read(file, Stored.class).orElse(new Stored(null, null, null, null, null)));
    }

    /** @return a detached copy with the same values (a dialog edits it; {@link #setAll} takes the edits back) */
    public Preferences copy() {
        return new Preferences(file, maxThreads, stored());
    }

    /** Sets every value to {@code other}'s. */
    public void setAll(Preferences other) {
        threads.set(other.threads.get());
        warmupRuns.set(other.warmupRuns.get());
        runs.set(other.runs.get());
        fidelityThreshold.set(other.fidelityThreshold.get());
        theme.set(other.theme.get());
    }

    /**
     * Writes the values to the config folder (temporary file, then moved over the old one).
     *
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the folder or the file cannot be written
     */
    public void save() throws TensorscopeException {
        JsonFiles.write(file, stored());
    }

    /** @return the most threads a profile may use: this machine's logical cores */
    public int maxThreads() {
        return maxThreads;
    }

    /** @return threads a profile uses by default (1..{@link #maxThreads()}) */
    public IntegerProperty threadsProperty() {
        return threads;
    }

    /** @return untimed runs before a profile's timed runs (0..{@value #MAX_WARMUP_RUNS}) */
    public IntegerProperty warmupRunsProperty() {
        return warmupRuns;
    }

    /** @return timed runs a profile takes by default (1..{@link ProfileSettings#MAX_RUNS}) */
    public IntegerProperty runsProperty() {
        return runs;
    }

    /** @return the least fidelity (cosine of outputs to the original's, 0..1) a compressed model should keep */
    public DoubleProperty fidelityThresholdProperty() {
        return fidelityThreshold;
    }

    /** @return the look of the windows */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private Stored stored() {
        return new Stored(threads.get(), warmupRuns.get(), runs.get(), fidelityThreshold.get(), theme.get().name());
    }

    private static int within(Integer value, int min, int max, int fallback) {
        return value != null && value >= min && value <= max ? value : fallback;
    }
}
