package io.tensorscope.engine;

/** The version of Tensorscope, as recorded with every experiment and printed by {@code --version}. */
public final class Versions {

    /** Tensorscope's version. */
    public static final String TENSORSCOPE = "0.1.0";

    private Versions() {
    }
}
