package io.tensorscope.engine.data;

import java.util.List;

/**
 * Grey-level images with integer labels, stored flat.
 *
 * @param count      number of images
 * @param height     rows per image
 * @param width      columns per image
 * @param pixels     {@code count·height·width} values scaled to 0..1, image after image, row-major
 * @param labels     class of each image
 * @param labelNames name of each class id ({@code labelNames.get(id)})
 */
public record LabelledImages(int count, int height, int width, float[] pixels, int[] labels, List<String> labelNames) {

    public LabelledImages {
        labelNames = List.copyOf(labelNames);
    }

    /** @return the same images and labels with classes named {@code names} (by label), pixels shared */
    public LabelledImages withLabelNames(List<String> names) {
        return new LabelledImages(count, height, width, pixels, labels, names);
    }

    /** @return pixels of images {@code [from, from+n)} as one NHWC batch (channel 1), a copy */
    public float[] batch(int from, int n) {
        int size = height * width;
        float[] out = new float[n * size];
        System.arraycopy(pixels, from * size, out, 0, n * size);
        return out;
    }
}
