package io.tensorscope.engine.data;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.ContainedPaths;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A user's own labelled data. Text labels become class ids in the order they first appear (the k-NN score does not
 * depend on it); image labels become the class indices the classifier outputs ({@link ImageClasses}).
 * Errors name the file and line: {@code UNREADABLE_FILE} when a file is missing or cannot be read or decoded,
 * {@code BAD_ARGUMENT} when a readable file's content is wrong (empty, no header, too few columns, empty
 * label, unclosed quote, a row longer than 16 Mi characters, quoted clipped to 100). CSV files are streamed: only the
 * current row is held besides what is returned.
 */
public final class UserDatasets {

    /** File listing the images of a folder and their labels: a CSV with columns {@code file} and {@code label}. */
    public static final String LABELS_FILE = "labels.csv";
    /** Longest array the JVM allocates. */
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
    private static final double GIB = 1 << 30;

    private UserDatasets() {
    }

    /**
     * @param csv UTF-8 CSV whose header row names the columns {@code text} and {@code label} (any order, case
     *            ignored, other columns ignored); one sample per following row; RFC 4180 quoting (a field in double quotes may hold commas,
     *            line breaks and doubled quotes {@code ""})
     * @return the texts with their labels, in file order
     * @throws TensorscopeException {@code UNREADABLE_FILE} or {@code BAD_ARGUMENT} as the class comment says
     */
    public static LabelledTexts texts(Path csv) throws TensorscopeException {
        List<String> texts = new ArrayList<>();
        Labels labels = new Labels();
        try (CsvTable table = CsvTable.open(csv, "text", "label")) {
            for (CsvTable.Sample sample = table.next(); sample != null; sample = table.next()) {
                texts.add(sample.value());
                labels.add(sample.label());
            }
        }
        return new LabelledTexts(texts, labels.ids(), labels.names());
    }

    /**
     * @param folder a folder of PNG or JPEG images and a {@value #LABELS_FILE} whose header row names the columns
     *               {@code file} (a path relative to the folder) and {@code label}; images not listed are ignored;
     *               labels map to class indices as {@link ImageClasses} says
     * @param height rows of every returned image, ≥ 1
     * @param width  columns of every returned image, ≥ 1
     * @return the listed images in {@value #LABELS_FILE} order as grey levels 0..1, resized bilinearly to
     *         {@code height × width} with pixel centres aligned; colour becomes BT.601 luma, alpha is ignored
     * @throws TensorscopeException {@code UNREADABLE_FILE} or {@code BAD_ARGUMENT} as the class comment says;
     *                              {@code OUT_OF_MEMORY}, before any image is decoded, if their pixels would not fit
     *                              in one array or in the memory this JVM may use
     */
    public static LabelledImages images(Path folder, int height, int width) throws TensorscopeException {
        if (height < 1 || width < 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "image size must be at least 1x1, not " + height + "x" + width);
        }
        Path labelsFile = folder.resolve(LABELS_FILE);
        long count = 0;
        try (CsvTable table = CsvTable.open(labelsFile, "file", "label")) {
            while (table.next() != null) {
                count++;
            }
        }
        int size = height * width;
        float[] pixels = new float[pixelCount(count, height, width, labelsFile)];
        List<String> labels = new ArrayList<>();
        try (CsvTable table = CsvTable.open(labelsFile, "file", "label")) {
            for (CsvTable.Sample sample = table.next(); sample != null; sample = table.next()) {
                if (labels.size() == count) {
                    throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, labelsFile + " changed while it was read");
                }
                BufferedImage image = decode(inside(folder, sample.value(), labelsFile, sample.line()), labelsFile,
                        sample.line());
                float[] sized = GrayPixels.resize(GrayPixels.of(image), image.getHeight(), image.getWidth(), height, width);
                System.arraycopy(sized, 0, pixels, labels.size() * size, size);
                labels.add(sample.label());
            }
        }
        if (labels.size() != count) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, labelsFile + " changed while it was read");
        }
        ImageClasses classes = ImageClasses.of(labels, folder);
        return new LabelledImages(labels.size(), height, width, pixels, classes.ids(), classes.names());
    }

    /**
     * @param folder a folder of images with a {@value #LABELS_FILE}, as {@link #images} reads
     * @return how its labels map to class indices (the rule to print beside a score), read from the labels alone
     * @throws TensorscopeException as {@link #images} does for the labels file and the class list
     */
    public static ImageClasses imageClasses(Path folder) throws TensorscopeException {
        List<String> labels = new ArrayList<>();
        try (CsvTable table = CsvTable.open(folder.resolve(LABELS_FILE), "file", "label")) {
            for (CsvTable.Sample sample = table.next(); sample != null; sample = table.next()) {
                labels.add(sample.label());
            }
        }
        return ImageClasses.of(labels, folder);
    }

    /**
     * @return {@code images · height · width}, the values their pixels take
     * @throws TensorscopeException {@code OUT_OF_MEMORY} if that is more than one Java array holds or, as floats, more
     *                              than the memory this JVM may use
     */
    private static int pixelCount(long images, int height, int width, Path labelsFile) throws TensorscopeException {
        double values = (double) images * height * width;
        long maxBytes = Runtime.getRuntime().maxMemory();
        if (values > MAX_ARRAY_LENGTH || values * Float.BYTES > maxBytes) {
            throw new TensorscopeException(ErrorCode.OUT_OF_MEMORY, String.format(Locale.ROOT,
                    "%s: %d images of %dx%d need %.1f GiB for their pixels; one array holds at most %.1f GiB and this "
                            + "JVM may use %.1f GiB: list fewer images or give Java more memory (-Xmx)", labelsFile,
                    images, height, width, values * Float.BYTES / GIB, (double) MAX_ARRAY_LENGTH * Float.BYTES / GIB,
                    maxBytes / GIB));
        }
        return (int) values;
    }

    private static Path inside(Path folder, String file, Path labelsFile, long line) throws TensorscopeException {
        return ContainedPaths.resolve(folder, file, ErrorCode.BAD_ARGUMENT, labelsFile + " line " + line + ": image");
    }

    private static BufferedImage decode(Path image, Path labelsFile, long line) throws TensorscopeException {
        String where = labelsFile + " line " + line + ": ";
        if (!Files.isRegularFile(image)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, where + "image " + image + " does not exist");
        }
        return decode(image, where);
    }

    /**
     * @param where what to put before the reason in an error ("labels.csv line 3: ", or nothing)
     * @return the PNG or JPEG image in {@code image}
     * @throws TensorscopeException {@code UNREADABLE_FILE} when it cannot be read or decoded
     */
    static BufferedImage decode(Path image, String where) throws TensorscopeException {
        try {
            BufferedImage decoded = ImageIO.read(image.toFile());
            if (decoded == null) {
                throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, where + image + " is not a PNG or JPEG image");
            }
            return decoded;
        } catch (IOException | RuntimeException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, where + "cannot decode " + image + " ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Label strings mapped to ids in first-seen order. */
    private static final class Labels {
        private final Map<String, Integer> ids = new LinkedHashMap<>();
        private final List<Integer> sequence = new ArrayList<>();

        void add(String label) {
            sequence.add(ids.computeIfAbsent(label, l -> ids.size()));
        }

        int[] ids() {
            return sequence.stream().mapToInt(Integer::intValue).toArray();
        }

        List<String> names() {
            return List.copyOf(ids.keySet());
        }
    }
}
