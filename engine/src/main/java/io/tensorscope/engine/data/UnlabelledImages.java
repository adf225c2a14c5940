package io.tensorscope.engine.data;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of images without labels — what calibration needs (inputs, no answers): every PNG or JPEG file directly in
 * the folder (links and subfolders left out), in name order, as grey levels 0..1 resized bilinearly to the model's
 * input size, as {@link UserDatasets#images} reads labelled ones.
 *
 * @param count  images read
 * @param height rows of each
 * @param width  columns of each
 * @param pixels image after image, row-major
 */
public record UnlabelledImages(int count, int height, int width, float[] pixels) {

    /**
     * @return the images of {@code folder}, at most {@code limit} of them (the first by name)
     * @throws TensorscopeException {@code BAD_ARGUMENT} when the folder holds no PNG or JPEG image;
     *                              {@code UNREADABLE_FILE} when one cannot be read or decoded
     */
    public static UnlabelledImages read(Path folder, int height, int width, int limit) throws TensorscopeException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isImage(p))
                    .sorted().limit(limit).toList();
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, folder + " holds no PNG or JPEG image (and no "
                    + UserDatasets.LABELS_FILE + ")");
        }
        int size = height * width;
        float[] pixels = new float[Math.multiplyExact(files.size(), size)];
        for (int i = 0; i < files.size(); i++) {
            BufferedImage image = UserDatasets.decode(files.get(i), "");
            float[] sized = GrayPixels.resize(GrayPixels.of(image), image.getHeight(), image.getWidth(), height, width);
            System.arraycopy(sized, 0, pixels, i * size, size);
        }
        return new UnlabelledImages(files.size(), height, width, pixels);
    }

    /** @return {@code n} images from {@code from}, image after image */
    public float[] batch(int from, int n) {
        int size = height * width;
        float[] out = new float[n * size];
        System.arraycopy(pixels, from * size, out, 0, n * size);
        return out;
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }
}
