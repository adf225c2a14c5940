package io.tensorscope.app.workbench.compress;

/** Where the Compress tab's experiments are kept beyond the session (the workspace), told of each row it shows. */
public interface ExperimentJournal {

    /** Keeps nothing. */
    ExperimentJournal NONE = (experiment, original) -> { };

    /**
     * @param experiment a row now shown: the original, or a variant made from it (directly or through earlier steps)
     * @param original   the original's row; null when {@code experiment} is the original
     */
    void kept(CompressExperiment experiment, CompressExperiment original);
}
