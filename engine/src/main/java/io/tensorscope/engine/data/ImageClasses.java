package io.tensorscope.engine.data;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How an image folder's label strings become the class indices a classifier outputs, so the order the images are
 * listed in never changes a score:
 * <ol>
 *   <li>every label a non-negative integer: it is the class index ({@code 7} is output 7);</li>
 *   <li>else, a {@value #CLASSES_FILE} beside {@code labels.csv}: one class name per line, its line (from 0) the index;
 *   a label it does not list is an error;</li>
 *   <li>else the distinct labels in sorted order (as torchvision's ImageFolder does).</li>
 * </ol>
 *
 * @param ids   the class index of each label, in order
 * @param names class names by index
 * @param rule  which of the three rules applied, in words
 */
public record ImageClasses(int[] ids, List<String> names, String rule) {

    /** The optional class list of an image folder. */
    public static final String CLASSES_FILE = "classes.txt";
    /** Largest integer label taken as a class index. */
    private static final int MAX_CLASS = 1_000_000;

    public ImageClasses {
        ids = ids.clone();
        names = List.copyOf(names);
    }

    /**
     * @param labels the labels, in {@code labels.csv} order
     * @param folder the data set's folder (where {@value #CLASSES_FILE} may be)
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a label the class list does not name;
     *                              {@code UNREADABLE_FILE} for a class list that cannot be read
     */
    public static ImageClasses of(List<String> labels, Path folder) throws TensorscopeException {
        if (labels.stream().allMatch(ImageClasses::isIndex)) {
            int[] ids = labels.stream().mapToInt(Integer::parseInt).toArray();
            int max = 0;
            for (int id : ids) {
                max = Math.max(max, id);
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i <= max; i++) {
                names.add(Integer.toString(i));
            }
            return new ImageClasses(ids, names, "integer labels are class indices");
        }
        Path listFile = folder.resolve(CLASSES_FILE);
        if (Files.isRegularFile(listFile)) {
            return listed(labels, listFile);
        }
        List<String> names = new ArrayList<>(new TreeSet<>(labels));
        return new ImageClasses(indices(labels, names, null), names, "labels in sorted order: "
                + String.join(", ", names.subList(0, Math.min(names.size(), 10))) + (names.size() > 10 ? ", …" : ""));
    }

    private static ImageClasses listed(List<String> labels, Path listFile) throws TensorscopeException {
        List<String> names;
        try {
            names = Files.readAllLines(listFile, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read " + listFile + ": " + e.getMessage(), e);
        }
        return new ImageClasses(indices(labels, names, listFile), names, "class indices from " + listFile);
    }

    private static int[] indices(List<String> labels, List<String> names, Path listFile) throws TensorscopeException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
        int[] ids = new int[labels.size()];
        for (int i = 0; i < ids.length; i++) {
            Integer id = index.get(labels.get(i));
            if (id == null) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, listFile + " does not list the label '"
                        + Printable.of(labels.get(i)) + "'");
            }
            ids[i] = id;
        }
        return ids;
    }

    private static boolean isIndex(String label) {
        if (label.isEmpty() || label.length() > 7 || !label.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(label) <= MAX_CLASS;
    }
}
