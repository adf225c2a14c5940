package io.tensorscope.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a data-set argument names, decided the same way by every command that reads one: a bundled image set, the
 * bundled texts, a folder of images with {@code labels.csv}, or a CSV file of texts.
 */
public enum DatasetKind {
    /** One of {@link BundledDatasets#IMAGE_SETS}. */
    BUNDLED_IMAGES,
    /** {@link BundledDatasets#SPAM_ASSASSIN}. */
    BUNDLED_TEXTS,
    /** A folder of images with {@value UserDatasets#LABELS_FILE}. */
    IMAGE_FOLDER,
    /** A CSV of {@code text,label}. */
    TEXT_FILE;

    /** @return what {@code dataset} names, or empty when it is neither a bundled id nor an existing folder or file */
    public static Optional<DatasetKind> of(String dataset) {
        if (BundledDatasets.IMAGE_SETS.contains(dataset)) {
            return Optional.of(BUNDLED_IMAGES);
        }
        if (BundledDatasets.SPAM_ASSASSIN.equals(dataset)) {
            return Optional.of(BUNDLED_TEXTS);
        }
        Path path = Path.of(dataset);
        if (Files.isDirectory(path)) {
            return Optional.of(IMAGE_FOLDER);
        }
        return Files.isRegularFile(path) ? Optional.of(TEXT_FILE) : Optional.empty();
    }

    /** @return whether its samples are images (scored top-1) rather than texts */
    public boolean isImages() {
        return this == BUNDLED_IMAGES || this == IMAGE_FOLDER;
    }
}
