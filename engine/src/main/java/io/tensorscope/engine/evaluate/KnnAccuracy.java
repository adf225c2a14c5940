package io.tensorscope.engine.evaluate;

import java.util.Arrays;

/** k-nearest-neighbour classification of embeddings by cosine similarity, majority vote (ties: the nearest). */
public final class KnnAccuracy {

    /** Neighbours that vote. */
    public static final int K = 5;

    private KnnAccuracy() {
    }

    /** @return the label the k nearest training embeddings vote for, for each test embedding */
    public static int[] predictions(float[][] train, int[] trainLabels, float[][] test) {
        int[] predicted = new int[test.length];
        for (int t = 0; t < test.length; t++) {
            predicted[t] = predict(train, trainLabels, test[t]);
        }
        return predicted;
    }

    static int predict(float[][] train, int[] labels, float[] query) {
        int[] nearest = new int[K];
        double[] similarity = new double[K];
        Arrays.fill(similarity, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < train.length; i++) {
            double s = Embeddings.cosine(train[i], query);
            for (int k = 0; k < K; k++) {
                if (s > similarity[k]) {
                    System.arraycopy(similarity, k, similarity, k + 1, K - k - 1);
                    System.arraycopy(nearest, k, nearest, k + 1, K - k - 1);
                    similarity[k] = s;
                    nearest[k] = i;
                    break;
                }
            }
        }
        int classes = 0;
        for (int label : labels) {
            classes = Math.max(classes, label + 1);
        }
        int[] votes = new int[classes];
        for (int k = 0; k < K && k < train.length; k++) {
            votes[labels[nearest[k]]]++;
        }
        int best = labels[nearest[0]];
        for (int c = 0; c < classes; c++) {
            best = votes[c] > votes[best] ? c : best;
        }
        return best;
    }
}
