package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.evaluate.OutputAgreement;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The data set a command scores models on ({@code evaluate}, {@code compare}). */
public final class EvaluationData {

    @Option(names = "--dataset", paramLabel = "ID|PATH",
            description = "mnist, fashion-mnist (their test sets), spam-assassin, a folder of images with labels.csv, or "
                    + "a CSV of text,label. compare and sensitivity without it score agreement with the original model on "
                    + "random inputs.")
    private String dataset;

    @Option(names = "--samples", defaultValue = "0", description = "Images to score, from the first (default: all); "
            + "random inputs without --dataset (default " + OutputAgreement.DEFAULT_SAMPLES + ").")
    private int samples;

    /** @return the data set id or path, or null when none was given */
    public String dataset() {
        return dataset;
    }

    /**
     * @return how variants are measured: on the data set, or without one by agreement with the original on random
     *         inputs; validated
     * @throws TensorscopeException {@code BAD_ARGUMENT} for negative samples
     */
    public ExperimentPlan plan() throws TensorscopeException {
        return (dataset == null ? ExperimentPlan.agreement(samples) : ExperimentPlan.standard(dataset, samples))
                .validate();
    }

    /** @return the data set as a path, to check outputs against, or null when none was given */
    public Path path() {
        return dataset == null ? null : Path.of(dataset);
    }

    /**
     * @return the data set id or path
     * @throws TensorscopeException {@code BAD_ARGUMENT} when none was given
     */
    public String requireDataset() throws TensorscopeException {
        if (dataset == null) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "choose a data set with --dataset ID|PATH "
                    + "(tensorscope datasets lists the bundled ones)");
        }
        return dataset;
    }

    /** @return images to score, 0 for all */
    public int samples() {
        return samples;
    }
}
