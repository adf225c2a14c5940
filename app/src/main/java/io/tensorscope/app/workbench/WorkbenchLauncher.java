package io.tensorscope.app.workbench;

import javafx.application.Application;

/**
 * Starts the workbench from the class path. A main class that extends {@link Application} is refused by
 * the Java launcher when JavaFX is not on the module path, so this one does not.
 */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    /** Opens the workbench window; {@code tensorscope} with no arguments does the same. */
    public static void main(String[] args) {
        Application.launch(WorkbenchApplication.class, args);
    }
}
