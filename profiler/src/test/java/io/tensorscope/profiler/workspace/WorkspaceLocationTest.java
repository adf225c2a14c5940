package io.tensorscope.profiler.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@code --workspace} beats the environment, which beats the system property, which beats the XDG default. */
class WorkspaceLocationTest {

    private static Properties properties(String workspace) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/ada");
        if (workspace != null) {
            p.setProperty(WorkspaceLocation.PROPERTY, workspace);
        }
        return p;
    }

    @Test
    void eachSourceWinsOverTheOnesAfterIt() {
        Map<String, String> all = Map.of(WorkspaceLocation.ENVIRONMENT, "/env/ws.db", "XDG_DATA_HOME", "/xdg");
        assertEquals(Path.of("/given.db"), WorkspaceLocation.resolve(Path.of("/given.db"), all, properties("/p.db")));
        assertEquals(Path.of("/env/ws.db"), WorkspaceLocation.resolve(null, all, properties("/p.db")));
        assertEquals(Path.of("/p.db"), WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"),
                properties("/p.db")));
        assertEquals(Path.of("/xdg/tensorscope/workspace.db"), WorkspaceLocation.resolve(null,
                Map.of("XDG_DATA_HOME", "/xdg"), properties(null)));
        assertEquals(Path.of("/home/ada/.local/share/tensorscope/workspace.db"), WorkspaceLocation.resolve(null,
                Map.of(WorkspaceLocation.ENVIRONMENT, " ", "XDG_DATA_HOME", ""), properties("")), "blank is unset");
    }

    @Test
    void theTestsOwnDefaultIsUnderTargetNotTheHome() {
        Path resolved = WorkspaceLocation.resolve(null);
        assertTrue(resolved.toString().contains("target"), resolved.toString());
        assertTrue(!resolved.startsWith(Path.of(System.getProperty("user.home"), ".local")), resolved.toString());
    }
}
