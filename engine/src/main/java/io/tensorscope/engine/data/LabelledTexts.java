package io.tensorscope.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Texts with integer class labels.
 *
 * @param texts      one text per sample
 * @param labels     class id of each sample, {@code 0 ≤ id < labelNames.size()}
 * @param labelNames name of each class id ({@code labelNames.get(id)})
 */
public record LabelledTexts(List<String> texts, int[] labels, List<String> labelNames) {

    public LabelledTexts {
        texts = List.copyOf(texts);
        labelNames = List.copyOf(labelNames);
        if (labels.length != texts.size()) {
            throw new IllegalArgumentException(labels.length + " labels for " + texts.size() + " texts");
        }
        for (int label : labels) {
            if (label < 0 || label >= labelNames.size()) {
                throw new IllegalArgumentException("label " + label + " outside 0.." + (labelNames.size() - 1));
            }
        }
    }

    /** @return number of samples */
    public int count() {
        return texts.size();
    }

    /** @return number of samples of each class, indexed by class id */
    public int[] classCounts() {
        int[] counts = new int[labelNames.size()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** @return the samples at {@code indices}, in that order, with the same label names */
    public LabelledTexts subset(int[] indices) {
        List<String> picked = new ArrayList<>(indices.length);
        for (int i : indices) {
            picked.add(texts.get(i));
        }
        return new LabelledTexts(picked, Arrays.stream(indices).map(i -> labels[i]).toArray(), labelNames);
    }
}
