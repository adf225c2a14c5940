package io.tensorscope.engine.data;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
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
 * label, unclosed quote).
 */
public final class UserDatasets {

    /** File listing the images of a folder and their labels: a CSV with columns {@code file} and {@code label}. */
    public static final String LABELS_FILE = "labels.csv";

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
        Table table = Table.read(csv, "text", "label");
        List<String> texts = new ArrayList<>();
        Labels labels = new Labels();
        for (Csv.Row row : table.rows()) {
            texts.add(table.cell(row, 0));
            labels.add(table.label(row));
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
     * @throws TensorscopeException {@code UNREADABLE_FILE} or {@code BAD_ARGUMENT} as the class comment says
     */
    public static LabelledImages images(Path folder, int height, int width) throws TensorscopeException {
        if (height < 1 || width < 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "image size must be at least 1x1, not " + height + "x" + width);
        }
        Path labelsFile = folder.resolve(LABELS_FILE);
        Table table = Table.read(labelsFile, "file", "label");
        float[] pixels = new float[Math.multiplyExact(table.rows().size(), Math.multiplyExact(height, width))];
        List<String> labels = new ArrayList<>();
        int n = 0;
        for (Csv.Row row : table.rows()) {
            BufferedImage image = decode(inside(folder, table.cell(row, 0), labelsFile, row.line()), labelsFile,
                    row.line());
            float[] gray = GrayPixels.of(image);
            float[] sized = GrayPixels.resize(gray, image.getHeight(), image.getWidth(), height, width);
            System.arraycopy(sized, 0, pixels, n++ * height * width, height * width);
            labels.add(table.label(row));
        }
        ImageClasses classes = ImageClasses.of(labels, folder);
        return new LabelledImages(n, height, width, pixels, classes.ids(), classes.names());
    }

    private static Path inside(Path folder, String file, Path labelsFile, int line) throws TensorscopeException {
        return ContainedPaths.resolve(folder, file, ErrorCode.BAD_ARGUMENT, labelsFile + " line " + line + ": image");
    }

    private static BufferedImage decode(Path image, Path labelsFile, int line) throws TensorscopeException {
        String where = labelsFile + " line " + line + ": ";
        if (!Files.isRegularFile(image)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, where + "image " + image + " does not exist");
        }
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

    /** A CSV whose header names two wanted columns, with its data rows checked to have both. */
    private record Table(Path file, int[] columns, List<Csv.Row> rows) {

        static Table read(Path file, String first, String second) throws TensorscopeException {
            List<Csv.Row> all = Csv.read(file);
            if (all.isEmpty()) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, file + " is empty; expected a header row '"
                        + first + "," + second + "' and one row per sample");
            }
            Csv.Row header = all.get(0);
            int[] columns = {find(header, first), find(header, second)};
            if (columns[0] < 0 || columns[1] < 0) {
                throw Csv.bad(file, header.line(), "the header row must name the columns " + first + " and " + second
                        + ", not " + Printable.of(String.join(",", header.fields()).replaceAll("\\s+", " ")));
            }
            List<Csv.Row> rows = all.subList(1, all.size());
            if (rows.isEmpty()) {
                throw Csv.bad(file, header.line(), "a header row but no samples");
            }
            int needed = Math.max(columns[0], columns[1]) + 1;
            for (Csv.Row row : rows) {
                if (row.fields().size() < needed) {
                    throw Csv.bad(file, row.line(), row.fields().size() + " column(s), expected " + needed + " ("
                            + first + "," + second + "); quote fields that hold commas");
                }
            }
            return new Table(file, columns, rows);
        }

        String cell(Csv.Row row, int column) {
            return row.fields().get(columns[column]);
        }

        String label(Csv.Row row) throws TensorscopeException {
            String label = cell(row, 1).strip();
            if (label.isEmpty()) {
                throw Csv.bad(file, row.line(), "empty label");
            }
            return label;
        }

        private static int find(Csv.Row header, String name) {
            for (int i = 0; i < header.fields().size(); i++) {
                if (header.fields().get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return i;
                }
            }
            return -1;
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
