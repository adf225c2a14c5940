package io.tensorscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether this machine can show the workbench, checked before JavaFX starts (whose own failure is a stack trace):
 * a display to draw on ({@code DISPLAY} or {@code WAYLAND_DISPLAY}) and GTK 3 ({@value #GTK3}), which JavaFX's Linux
 * toolkit loads.
 */
final class DesktopCheck {

    /** The library JavaFX's GTK glass loads. */
    static final String GTK3 = "libgtk-3.so.0";
    /** Where Debian, Ubuntu, Fedora and Arch keep shared libraries. */
    static final List<Path> SYSTEM_LIBRARY_FOLDERS = List.of(Path.of("/usr/lib/x86_64-linux-gnu"),
            Path.of("/lib/x86_64-linux-gnu"), Path.of("/usr/lib64"), Path.of("/lib64"), Path.of("/usr/lib"),
            Path.of("/usr/local/lib"));

    private DesktopCheck() {
    }

    /**
     * @param environment the process environment ({@code DISPLAY}, {@code WAYLAND_DISPLAY}, {@code LD_LIBRARY_PATH})
     * @param folders     system library folders to look for {@value #GTK3} in, besides {@code LD_LIBRARY_PATH}'s
     * @return why the workbench cannot open, in one line saying what to do; empty when it can
     */
    static Optional<String> problem(Map<String, String> environment, List<Path> folders) {
        if (blank(environment.get("DISPLAY")) && blank(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.of("no display to open the workbench on (neither DISPLAY nor WAYLAND_DISPLAY is set): run "
                    + "a command instead (tensorscope --help), or start it in a desktop session or under xvfb-run");
        }
        List<Path> searched = new ArrayList<>();
        String extra = environment.get("LD_LIBRARY_PATH");
        if (!blank(extra)) {
            for (String folder : extra.split(":")) {
                if (!folder.isBlank()) {
                    searched.add(Path.of(folder));
                }
            }
        }
        searched.addAll(folders);
        if (searched.stream().noneMatch(folder -> Files.exists(folder.resolve(GTK3)))) {
            return Optional.of("the workbench needs GTK 3 (" + GTK3 + "), which this machine lacks: install it "
                    + "(Debian/Ubuntu: apt-get install libgtk-3-0; Fedora: dnf install gtk3); the command line works "
                    + "without it");
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
