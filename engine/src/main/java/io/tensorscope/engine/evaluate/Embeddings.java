package io.tensorscope.engine.evaluate;

import io.tensorscope.engine.runtime.TensorData;

/** Sentence embeddings from a transformer's token states, as sentence-transformers computes them. */
public final class Embeddings {

    private Embeddings() {
    }

    /**
     * @param hidden token states [batch, length, width]
     * @param mask   attention mask [batch, length] (1 = real token)
     * @return one embedding per sentence: the mean of its real tokens' states
     */
    public static float[][] meanPool(TensorData hidden, long[] mask) {
        int n = (int) hidden.shape().dim(0);
        int length = (int) hidden.shape().dim(1);
        int width = (int) hidden.shape().dim(2);
        float[][] out = new float[n][width];
        for (int s = 0; s < n; s++) {
            int tokens = 0;
            for (int t = 0; t < length; t++) {
                if (mask[s * length + t] == 0) {
                    continue;
                }
                tokens++;
                for (int d = 0; d < width; d++) {
                    out[s][d] += hidden.floats()[(s * length + t) * width + d];
                }
            }
            for (int d = 0; d < width; d++) {
                out[s][d] /= Math.max(1, tokens);
            }
        }
        return out;
    }

    /** @return the cosine similarity of two vectors of equal length, in [−1, 1]; 0 when either is zero */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
