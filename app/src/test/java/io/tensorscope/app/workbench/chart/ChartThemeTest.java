package io.tensorscope.app.workbench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The dark theme's colours: neutrals inverted, meaningful colours kept (lifted when too dark), opacity kept. */
class ChartThemeTest {

    @Test
    void neutralsAreInvertedAndMeaningfulColoursKeepTheirHue() {
        assertTrue(ChartTheme.dark(Color.WHITE).getBrightness() < 0.15, "the background goes dark");
        assertTrue(ChartTheme.dark(Color.web("#0f172a")).getBrightness() > 0.85, "slate text goes light");
        assertTrue(ChartTheme.dark(Color.web("#64748b")).getBrightness() > 0.4, "a mid grey stays mid");
        Color blue = Color.web("#3b82f6");
        assertEquals(blue, ChartTheme.dark(blue), "an op family's colour is kept");
        Color darkRed = Color.web("#7f1d1d");
        Color lifted = ChartTheme.dark(darkRed);
        assertEquals(darkRed.getHue(), lifted.getHue(), 1e-6);
        assertTrue(lifted.getBrightness() > darkRed.getBrightness(), "too dark to read on dark: lifted");
        assertEquals(0.4, ChartTheme.dark(Color.web("#ffffff", 0.4)).getOpacity(), 1e-6);
    }
}
