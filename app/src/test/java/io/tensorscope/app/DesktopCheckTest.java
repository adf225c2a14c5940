package io.tensorscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench refuses to start, in one line saying what to install or do, where it could not show a window. */
class DesktopCheckTest {

    @TempDir
    Path dir;

    @Test
    void noDisplayNoGtkOrBothAreNamed() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path withGtk = Files.createDirectory(dir.resolve("gtk"));
        Files.createFile(withGtk.resolve(DesktopCheck.GTK3));

        Optional<String> noDisplay = DesktopCheck.problem(Map.of(), List.of(withGtk));
        assertTrue(noDisplay.orElseThrow().contains("DISPLAY"), noDisplay.toString());
        Optional<String> noGtk = DesktopCheck.problem(Map.of("DISPLAY", ":0"), List.of(empty));
        assertTrue(noGtk.orElseThrow().contains("apt-get install libgtk-3-0"), noGtk.toString());
        assertEquals(Optional.empty(), DesktopCheck.problem(Map.of("WAYLAND_DISPLAY", "wayland-0"), List.of(withGtk)));
        assertEquals(Optional.empty(), DesktopCheck.problem(Map.of("DISPLAY", ":0", "LD_LIBRARY_PATH",
                empty + "::" + withGtk), List.of(empty)), "found through LD_LIBRARY_PATH");
    }

    @Test
    void withoutADesktopTheBareCommandExitsThreeWithOneLine() {
        assumeTrue(DesktopCheck.problem(System.getenv(), DesktopCheck.SYSTEM_LIBRARY_FOLDERS).isPresent(),
                "this machine could open the workbench; the refusal cannot be seen here");
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err)).execute();
        assertEquals(3, exit, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("tensorscope: "), err.toString());
    }
}
