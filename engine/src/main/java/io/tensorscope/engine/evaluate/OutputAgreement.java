package io.tensorscope.engine.evaluate;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a model without a labelled data set: how closely its first output agrees with a reference model's (the
 * original it was made from) on the same seeded random inputs of the default sizes, one sample per run. A classifier's
 * output ([N, classes], classes ≥ 2) is scored by top-1 agreement (the fraction of samples where both pick the same
 * class); any other output by the mean cosine similarity of the two outputs. The details carry the mean and worst
 * cosine either way. Random inputs are not the user's data: the score says how faithful a variant is, not how accurate.
 */
public final class OutputAgreement {

    /** Metric of a classifier's score. */
    public static final String TOP1_METRIC = "top-1 agreement with the original";
    /** Metric of any other output's score. */
    public static final String COSINE_METRIC = "mean cosine to the original";
    /** What {@link Evaluation#dataset()} says the samples were. */
    public static final String DATASET = "random inputs";
    /** Samples scored when none is asked for. */
    public static final int DEFAULT_SAMPLES = 100;
    /** Seed of the first sample's inputs (sample i uses seed + i). */
    public static final long SEED = 2026;

    private OutputAgreement() {
    }

    /**
     * @param model     the variant to score
     * @param reference the model it should agree with (same inputs, same first output shape)
     * @param samples   random samples to score (0: {@value #DEFAULT_SAMPLES})
     * @param threads   intra-op threads of each run
     * @param progress  progress and cancellation
     * @return the agreement, on {@value #DATASET}, with {@code mean_cosine_to_reference} and
     *         {@code worst_cosine_to_reference} in its details
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a negative sample count or outputs of different sizes;
     *                              what loading or running either model throws; {@code CANCELLED}
     */
    public static Evaluation evaluate(Model model, Model reference, int samples, int threads, ProgressListener progress)
            throws TensorscopeException {
        if (samples < 0) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "samples must be 0 (the default " + DEFAULT_SAMPLES
                    + ") or more, not " + samples);
        }
        int count = samples == 0 ? DEFAULT_SAMPLES : samples;
        RunOptions options = RunOptions.builder().threads(threads).build();
        int agreed = 0;
        double meanCosine = 0;
        double worstCosine = 1;
        boolean classifier = false;
        int[] referenceClasses = new int[count];
        int[] givenClasses = new int[count];
        try (OnnxRunner runner = OnnxRunner.open(model, options);
             OnnxRunner original = OnnxRunner.open(reference, options)) {
            for (int i = 0; i < count; i++) {
                progress.checkCancelled();
                progress.onProgress((double) i / count, "comparing outputs on random input " + (i + 1) + " of " + count);
                List<TensorData> inputs = RandomInputs.forModel(reference, InputSizes.defaults(), SEED + i);
                TensorData ours = runner.run(inputs).get(0);
                TensorData theirs = original.run(inputs).get(0);
                float[] a = values(ours);
                float[] b = values(theirs);
                if (a.length != b.length) {
                    throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, model.name() + "'s first output has "
                            + a.length + " values, " + reference.name() + "'s " + b.length + ": they cannot be compared");
                }
                long[] dims = theirs.shape().dims();
                classifier = dims.length == 2 && dims[0] == 1 && dims[1] >= 2;
                givenClasses[i] = ImageAccuracy.argmax(a, 0, a.length);
                referenceClasses[i] = ImageAccuracy.argmax(b, 0, b.length);
                agreed += classifier && givenClasses[i] == referenceClasses[i] ? 1 : 0;
                double cosine = Embeddings.cosine(a, b);
                meanCosine += cosine / count;
                worstCosine = Math.min(worstCosine, cosine);
            }
        }
        progress.onProgress(1, "compared " + count + " outputs");
        Map<String, Double> details = new LinkedHashMap<>();
        details.put("mean_cosine_to_reference", meanCosine);
        details.put("worst_cosine_to_reference", worstCosine);
        return classifier ? new Evaluation(DATASET, count, TOP1_METRIC, (double) agreed / count, details,
                new SampleOutcomes(referenceClasses, givenClasses, List.of()))
                : new Evaluation(DATASET, count, COSINE_METRIC, meanCosine, details);
    }

    private static float[] values(TensorData t) {
        if (t.floats() != null) {
            return t.floats();
        }
        float[] out = new float[t.longs().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.longs()[i];
        }
        return out;
    }
}
