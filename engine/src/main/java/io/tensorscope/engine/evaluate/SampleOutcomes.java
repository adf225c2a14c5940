package io.tensorscope.engine.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a classifier answered for each scored sample, in order: the label it should give and the class it gave. Kept
 * with an {@link Evaluation} so a score's confidence interval, a paired comparison of two models on the same samples
 * and per-class accuracy can be computed after the fact.
 *
 * @param labels      the expected class of each sample, from 0
 * @param predictions the class the model gave each sample, from 0 (same length as {@code labels})
 * @param classNames  the name of each class by index; may be shorter than the classes seen (then the index is the name)
 */
public record SampleOutcomes(int[] labels, int[] predictions, List<String> classNames) {

    public SampleOutcomes {
        Objects.requireNonNull(labels);
        Objects.requireNonNull(predictions);
        if (labels.length != predictions.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + predictions.length + " predictions");
        }
        labels = labels.clone();
        predictions = predictions.clone();
        classNames = List.copyOf(classNames);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int[] predictions() {
        return predictions.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SampleOutcomes other && Arrays.equals(labels, other.labels)
                && Arrays.equals(predictions, other.predictions) && classNames.equals(other.classNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(labels), Arrays.hashCode(predictions), classNames);
    }

    @Override
    public String toString() {
        return "SampleOutcomes[" + labels.length + " samples, accuracy " + accuracy() + "]";
    }

    /** @return samples scored */
    public int count() {
        return labels.length;
    }

    /** @return whether sample {@code i} was classified right */
    public boolean correct(int i) {
        return labels[i] == predictions[i];
    }

    /** @return the fraction of samples classified right, 0..1 (NaN when there are none) */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += correct(i) ? 1 : 0;
        }
        return labels.length == 0 ? Double.NaN : (double) right / labels.length;
    }

    /** @return the name of class {@code index} */
    public String className(int index) {
        return index < classNames.size() ? classNames.get(index) : Integer.toString(index);
    }

    /** @return one tally per class that some sample is labelled with, by class index */
    public List<ClassTally> perClass() {
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        int[] total = new int[classes];
        int[] right = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            total[labels[i]]++;
            right[labels[i]] += correct(i) ? 1 : 0;
        }
        List<ClassTally> tallies = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            if (total[c] > 0) {
                tallies.add(new ClassTally(c, className(c), total[c], right[c]));
            }
        }
        return tallies;
    }

    /**
     * One class's samples and how many were classified right.
     *
     * @param index   class index
     * @param name    class name
     * @param samples samples labelled with it
     * @param correct of those, classified right
     */
    public record ClassTally(int index, String name, int samples, int correct) {

        /** @return correct / samples */
        public double accuracy() {
            return (double) correct / samples;
        }
    }
}
