package io.tensorscope.app.cli;

import picocli.CommandLine.Option;

/** The data set a command scores models on ({@code evaluate}, {@code compare}). */
public final class EvaluationData {

    @Option(names = "--dataset", required = true, paramLabel = "ID|PATH",
            description = "mnist, fashion-mnist (their test sets), spam-assassin, a folder of images with labels.csv, or a CSV of text,label.")
    private String dataset;

    @Option(names = "--samples", defaultValue = "0", description = "Images to score, from the first (default: all).")
    private int samples;

    /** @return the data set id or path */
    public String dataset() {
        return dataset;
    }

    /** @return images to score, 0 for all */
    public int samples() {
        return samples;
    }
}
