package io.tensorscope.app.workbench.help;

import javafx.scene.input.KeyCombination;

import java.util.List;

/**
 * The workbench's keyboard shortcuts, as data: the menu items take their accelerators from here and the Keyboard
 * shortcuts dialog lists them, so the two never disagree.
 */
public enum Shortcut {
    /** File > Open…. */
    OPEN("Open a model file", "Shortcut+O"),
    /** File > Save as ONNX…. */
    SAVE("Save the model shown as ONNX", "Shortcut+S"),
    /** File > Quit. */
    QUIT("Quit Tensorscope", "Shortcut+Q"),
    /** Edit > Copy. */
    COPY("Copy the selected table rows (tab-separated, with a header line) or the selected text", "Shortcut+C"),
    /** Edit > Find. */
    FIND("Find a layer by node name or op type", "Shortcut+F"),
    /** Tools > Preferences…. */
    PREFERENCES("Preferences", "Shortcut+Comma"),
    /** Help > Keyboard shortcuts. */
    HELP("This list of keyboard shortcuts", "F1");

    /** Keys that work without a menu item, as (keys, what they do) pairs, listed after the menu shortcuts. */
    public static final List<List<String>> OTHER_KEYS = List.of(
            List.of("Enter (in Find)", "Select the next matching layer"),
            List.of("Tab / Shift+Tab", "Move the keyboard focus (shown by a ring)"),
            List.of("Ctrl+Tab / Ctrl+Shift+Tab", "Next / previous tab"),
            List.of("F10 or Alt", "Go to the menu bar"),
            List.of("Context menu key / right click", "\"Copy rows\" on any table"));

    private final String action;
    private final KeyCombination keys;

    Shortcut(String action, String keys) {
        this.action = action;
        this.keys = KeyCombination.keyCombination(keys);
    }

    /** @return what the shortcut does, as a sentence fragment */
    public String action() {
        return action;
    }

    /** @return the key combination ({@code Shortcut} is Ctrl, or Cmd on a Mac) */
    public KeyCombination keys() {
        return keys;
    }
}
