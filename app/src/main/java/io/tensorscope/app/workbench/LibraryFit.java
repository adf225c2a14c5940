package io.tensorscope.app.workbench;

import javafx.beans.property.BooleanProperty;

/**
 * Shows the model library in a window at least {@value #MIN_WINDOW_WIDTH_PX} px wide and hides it in a narrower one,
 * to leave the tables their room, until the user shows or hides it (View menu): from then on it stays as they chose.
 */
final class LibraryFit {

    /** The narrowest window that shows the library unless the user chose otherwise, px. */
    static final double MIN_WINDOW_WIDTH_PX = 1200;

    private final BooleanProperty shown;
    private boolean fitting;
    private boolean chosen;

    /** @param shown whether the library is shown; a change made by anything but {@link #fit} is the user's choice */
    LibraryFit(BooleanProperty shown) {
        this.shown = shown;
        shown.addListener((obs, was, now) -> chosen |= !fitting);
    }

    /** Shows or hides the library for a window {@code widthPx} wide, unless the user chose. */
    void fit(double widthPx) {
        if (chosen || widthPx <= 0) {
            return;
        }
        fitting = true;
        try {
            shown.set(widthPx >= MIN_WINDOW_WIDTH_PX);
        } finally {
            fitting = false;
        }
    }
}
