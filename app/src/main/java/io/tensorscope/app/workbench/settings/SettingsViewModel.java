package io.tensorscope.app.workbench.settings;

import io.tensorscope.engine.TensorscopeException;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;

/**
 * What the workbench keeps between runs, in one {@link ConfigFolder}: the user's {@link Preferences} and the
 * {@link RecentFiles}. Every change is written at once; a write that fails sets {@link #errorProperty()} and leaves
 * the values in use.
 */
public final class SettingsViewModel {

    private final Preferences preferences;
    private final RecentFiles recentFiles;
    private final StringProperty error = new SimpleStringProperty();

    /** Reads the settings kept in {@code folder} (defaults for what is missing or corrupt). */
    public SettingsViewModel(ConfigFolder folder) {
        this.preferences = Preferences.load(folder);
        this.recentFiles = new RecentFiles(folder);
    }

    /** @return the preferences in use; edit a {@link Preferences#copy()} and hand it to {@link #apply} */
    public Preferences preferences() {
        return preferences;
    }

    /** @return the model files opened lately, most recent first */
    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** Takes the values of {@code edited} (a {@link Preferences#copy()}) and writes them. */
    public void apply(Preferences edited) {
        preferences.setAll(edited);
        write(preferences::save);
    }

    /** Switches the windows to {@code theme} and remembers it. */
    public void useTheme(Theme theme) {
        preferences.themeProperty().set(theme);
        write(preferences::save);
    }

    /** Puts {@code opened} at the head of the recent files and writes them. */
    public void opened(Path opened) {
        write(() -> recentFiles.add(opened));
    }

    /** Empties the recent files. */
    public void clearRecentFiles() {
        write(recentFiles::clear);
    }

    /** @return why the last write failed, one line, or null; the view shows it and clears it */
    public StringProperty errorProperty() {
        return error;
    }

    private interface Write {
        void run() throws TensorscopeException;
    }

    private void write(Write write) {
        try {
            write.run();
        } catch (TensorscopeException e) {
            error.set(e.getMessage());
        }
    }
}
