package io.tensorscope.engine.data;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST-style IDX files (big-endian header, unsigned bytes): images with magic 2051
 * ({@code idx3-ubyte}) and labels with magic 2049 ({@code idx1-ubyte}), plain or gzipped (recognised by the gzip
 * magic number, whatever the file name).
 */
public final class IdxReader {

    private static final int IMAGES_MAGIC = 2051;
    private static final int LABELS_MAGIC = 2049;

    private IdxReader() {
    }

    /**
     * @return the images of {@code images} with the labels of {@code labels}, pixels scaled to 0..1;
     *         class {@code k} is named {@code "k"} (0 to the largest label)
     * @throws TensorscopeException {@code INVALID_MODEL} if a file has the wrong magic number, is truncated
     *                              or the two counts differ; {@code UNREADABLE_FILE} if unreadable
     */
    public static LabelledImages read(Path images, Path labels) throws TensorscopeException {
        ByteBuffer img = bytes(images);
        ByteBuffer lab = bytes(labels);
        requireMagic(img, IMAGES_MAGIC, images, 16);
        requireMagic(lab, LABELS_MAGIC, labels, 8);
        int count = img.getInt(4);
        int rows = img.getInt(8);
        int cols = img.getInt(12);
        if (lab.getInt(4) != count) {
            throw invalid(labels + " has " + lab.getInt(4) + " labels for " + count + " images");
        }
        long needed = 16L + (long) count * rows * cols;
        if (count < 0 || rows <= 0 || cols <= 0 || img.capacity() < needed || lab.capacity() < 8L + count) {
            throw invalid(images.getFileName() + " or " + labels.getFileName() + " is truncated");
        }
        float[] pixels = new float[count * rows * cols];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (img.get(16 + i) & 0xff) / 255f;
        }
        int[] classes = new int[count];
        for (int i = 0; i < count; i++) {
            classes[i] = lab.get(8 + i) & 0xff;
        }
        int classCount = Arrays.stream(classes).max().orElse(-1) + 1;
        List<String> names = IntStream.range(0, classCount).mapToObj(Integer::toString).toList();
        return new LabelledImages(count, rows, cols, pixels, classes, names);
    }

    private static void requireMagic(ByteBuffer data, int magic, Path file, int headerBytes) throws TensorscopeException {
        if (data.capacity() < headerBytes || data.getInt(0) != magic) {
            throw invalid(file.getFileName() + " is not an IDX file with magic " + magic);
        }
    }

    private static ByteBuffer bytes(Path file) throws TensorscopeException {
        try {
            byte[] raw = Files.readAllBytes(file);
            if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
                return ByteBuffer.wrap(raw);
            }
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return ByteBuffer.wrap(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static TensorscopeException invalid(String message) {
        return new TensorscopeException(ErrorCode.INVALID_MODEL, message);
    }
}
