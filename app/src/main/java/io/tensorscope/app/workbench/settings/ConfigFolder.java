package io.tensorscope.app.workbench.settings;

import java.nio.file.Path;

/**
 * The folder the workbench keeps its settings in (recent files, preferences): the system property
 * {@value #PROPERTY} when set, else {@code $XDG_CONFIG_HOME/tensorscope}, else {@code ~/.config/tensorscope}.
 * Nothing is created until a file is written.
 *
 * @param path the folder
 */
public record ConfigFolder(Path path) {

    /** System property that names the folder (tests point it at a temporary folder). */
    public static final String PROPERTY = "tensorscope.config.dir";
    private static final String APP_FOLDER = "tensorscope";

    /** @return the folder for this process: the property, the XDG variable or the home folder */
    public static ConfigFolder standard() {
        return of(System.getProperty(PROPERTY), System.getenv("XDG_CONFIG_HOME"), System.getProperty("user.home"));
    }

    /**
     * @param override    the value of {@value #PROPERTY}, or null
     * @param xdgConfig   the value of {@code XDG_CONFIG_HOME}, or null
     * @param home        the user's home folder
     * @return the folder those values select (blank values count as unset)
     */
    static ConfigFolder of(String override, String xdgConfig, String home) {
        if (override != null && !override.isBlank()) {
            return new ConfigFolder(Path.of(override));
        }
        if (xdgConfig != null && !xdgConfig.isBlank()) {
            return new ConfigFolder(Path.of(xdgConfig, APP_FOLDER));
        }
        return new ConfigFolder(Path.of(home, ".config", APP_FOLDER));
    }

    /** @return the file {@code name} in this folder */
    public Path file(String name) {
        return path.resolve(name);
    }
}
