package io.tensorscope.profiler.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the workspace database lives. First of: the file given ({@code --workspace FILE}), the environment variable
 * {@value #ENVIRONMENT}, the system property {@value #PROPERTY}, {@code $XDG_DATA_HOME/tensorscope/workspace.db},
 * {@code ~/.local/share/tensorscope/workspace.db}. Blank values count as unset.
 */
public final class WorkspaceLocation {

    /** The environment variable naming the workspace file. */
    public static final String ENVIRONMENT = "TENSORSCOPE_WORKSPACE";
    /** The system property naming the workspace file (the tests point it under {@code target/}). */
    public static final String PROPERTY = "tensorscope.workspace";
    /** The database's file name in the default folder. */
    public static final String FILE_NAME = "workspace.db";

    private WorkspaceLocation() {
    }

    /**
     * @param given the file the user named, or null
     * @return the workspace file for this process (its environment and system properties)
     */
    public static Path resolve(Path given) {
        return resolve(given, System.getenv(), System.getProperties());
    }

    /**
     * @param given       the file the user named, or null
     * @param environment the environment variables
     * @param properties  the system properties ({@code user.home} included)
     * @return the workspace file, absolute
     */
    public static Path resolve(Path given, Map<String, String> environment, Properties properties) {
        if (given != null) {
            return given.toAbsolutePath();
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (isSet(fromEnvironment)) {
            return Path.of(fromEnvironment).toAbsolutePath();
        }
        String fromProperty = properties.getProperty(PROPERTY);
        if (isSet(fromProperty)) {
            return Path.of(fromProperty).toAbsolutePath();
        }
        String dataHome = environment.get("XDG_DATA_HOME");
        Path data = isSet(dataHome) ? Path.of(dataHome)
                : Path.of(properties.getProperty("user.home"), ".local", "share");
        return data.resolve("tensorscope").resolve(FILE_NAME).toAbsolutePath();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
