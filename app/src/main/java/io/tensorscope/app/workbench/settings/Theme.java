package io.tensorscope.app.workbench.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The workbench's look: AtlantaFX's Primer themes, used as the user-agent style sheet of every window. */
public enum Theme {
    /** AtlantaFX Primer Light. */
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet()),
    /** AtlantaFX Primer Dark. */
    DARK("Dark", new PrimerDark().getUserAgentStylesheet());

    private final String title;
    private final String stylesheet;

    Theme(String title, String stylesheet) {
        this.title = title;
        this.stylesheet = stylesheet;
    }

    /** @return the name shown in menus and the Preferences dialog */
    public String title() {
        return title;
    }

    /** @return the URL of the theme's user-agent style sheet */
    public String stylesheet() {
        return stylesheet;
    }

    /** @return the theme named {@code name} (its constant, any case), or {@link #LIGHT} when none is */
    public static Theme parse(String name) {
        for (Theme theme : values()) {
            if (theme.name().equalsIgnoreCase(name)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
