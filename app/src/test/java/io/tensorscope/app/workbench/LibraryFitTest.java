package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The library follows the window's width until the user shows or hides it. */
class LibraryFitTest {

    @Test
    void hidesBelow1200PxAndShowsAgainAbove() {
        BooleanProperty shown = new SimpleBooleanProperty(true);
        LibraryFit fit = new LibraryFit(shown);
        fit.fit(1024);
        assertFalse(shown.get());
        fit.fit(1400);
        assertTrue(shown.get());
    }

    @Test
    void theUsersChoiceWins() {
        BooleanProperty shown = new SimpleBooleanProperty(true);
        LibraryFit fit = new LibraryFit(shown);
        fit.fit(1024);
        shown.set(true);
        fit.fit(1000);
        assertTrue(shown.get(), "shown by the user stays shown in a narrow window");
    }
}
