package io.tensorscope.engine.model;

/** Row-major float matrix helpers. */
public final class Matrices {

    private Matrices() {
    }

    /** @return the transpose of a {@code rows × cols} row-major matrix, as a {@code cols × rows} one */
    public static float[] transpose(float[] values, int rows, int cols) {
        float[] t = new float[values.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = values[r * cols + c];
            }
        }
        return t;
    }
}
