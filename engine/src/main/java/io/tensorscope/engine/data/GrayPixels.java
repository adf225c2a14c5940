package io.tensorscope.engine.data;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/** Grey levels of decoded images, scaled to 0..1, and bilinear resizing of them. */
final class GrayPixels {

    private GrayPixels() {
    }

    /**
     * @return {@code image.getHeight()·image.getWidth()} grey levels 0..1, row-major. Grey images keep their
     *         stored levels (scaled by the largest sample value); colour images become luma
     *         {@code 0.299 R + 0.587 G + 0.114 B} (ITU-R BT.601). Alpha is ignored.
     */
    static float[] of(BufferedImage image) {
        int h = image.getHeight();
        int w = image.getWidth();
        float[] out = new float[h * w];
        Raster raster = image.getRaster();
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            float max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = raster.getSample(x, y, 0) / max;
                }
            }
            return out;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                out[y * w + x] = (0.299f * (rgb >> 16 & 0xff) + 0.587f * (rgb >> 8 & 0xff) + 0.114f * (rgb & 0xff)) / 255f;
            }
        }
        return out;
    }

    /**
     * Bilinear resize with pixel centres aligned ({@code src = (dst + 0.5)·in/out − 0.5}, clamped to the edges);
     * the same size returns a copy.
     *
     * @return {@code outH·outW} values, row-major
     */
    static float[] resize(float[] src, int inH, int inW, int outH, int outW) {
        float[] out = new float[outH * outW];
        for (int y = 0; y < outH; y++) {
            float sy = clamp((y + 0.5f) * inH / outH - 0.5f, inH - 1);
            int y0 = (int) sy;
            int y1 = Math.min(y0 + 1, inH - 1);
            float fy = sy - y0;
            for (int x = 0; x < outW; x++) {
                float sx = clamp((x + 0.5f) * inW / outW - 0.5f, inW - 1);
                int x0 = (int) sx;
                int x1 = Math.min(x0 + 1, inW - 1);
                float fx = sx - x0;
                float top = src[y0 * inW + x0] * (1 - fx) + src[y0 * inW + x1] * fx;
                float bottom = src[y1 * inW + x0] * (1 - fx) + src[y1 * inW + x1] * fx;
                out[y * outW + x] = top * (1 - fy) + bottom * fy;
            }
        }
        return out;
    }

    private static float clamp(float v, int max) {
        return Math.max(0, Math.min(v, max));
    }
}
