package io.tensorscope.engine.data;

import io.tensorscope.assets.AssetKind;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;
import java.util.List;

/** Opens the data sets bundled with Tensorscope. */
public final class BundledDatasets {

    /** Id of the MNIST test set (10,000 digits). */
    public static final String MNIST = "mnist";

    /** Id of Fashion-MNIST (10,000 test and 60,000 training images of clothing, 10 classes). */
    public static final String FASHION_MNIST = "fashion-mnist";

    /** Id of the SpamAssassin public mail corpus (6,046 e-mails: 4,150 ham, 1,896 spam). */
    public static final String SPAM_ASSASSIN = "spam-assassin";

    /** Ids of the bundled image data sets (28×28 grey images, 10 classes, a test and a training split). */
    public static final List<String> IMAGE_SETS = List.of(MNIST, FASHION_MNIST);

    /** Fashion-MNIST's class names, by label. */
    public static final List<String> FASHION_MNIST_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress",
            "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private BundledDatasets() {
    }

    /**
     * @return the 10,000 MNIST test digits, 28×28, in their published order
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the build lacks the data set
     */
    public static LabelledImages mnistTest() throws TensorscopeException {
        return idx(MNIST, "t10k", "");
    }

    /**
     * @return the 60,000 MNIST training digits, 28×28, in their published order (for calibration: disjoint from the
     * test set accuracy is measured on)
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the build lacks the data set
     */
    public static LabelledImages mnistTrain() throws TensorscopeException {
        return idx(MNIST, "train", "");
    }

    /**
     * @return the 10,000 Fashion-MNIST test images, 28×28, 1,000 per class, in their published order, classes named
     * as {@link #FASHION_MNIST_CLASSES}
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the build lacks the data set
     */
    public static LabelledImages fashionMnistTest() throws TensorscopeException {
        return idx(FASHION_MNIST, "t10k", ".gz").withLabelNames(FASHION_MNIST_CLASSES);
    }

    /**
     * @return the 60,000 Fashion-MNIST training images, 28×28, 6,000 per class, in their published order, classes
     * named as {@link #FASHION_MNIST_CLASSES}
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the build lacks the data set
     */
    public static LabelledImages fashionMnistTrain() throws TensorscopeException {
        return idx(FASHION_MNIST, "train", ".gz").withLabelNames(FASHION_MNIST_CLASSES);
    }

    /**
     * @param id one of {@link #IMAGE_SETS}
     * @return its test split (what accuracy is measured on)
     * @throws TensorscopeException {@code BAD_ARGUMENT} if {@code id} is not a bundled image set;
     *                              {@code UNREADABLE_FILE} if the build lacks it
     */
    public static LabelledImages imagesTest(String id) throws TensorscopeException {
        return switch (id) {
            case MNIST -> mnistTest();
            case FASHION_MNIST -> fashionMnistTest();
            default -> throw notAnImageSet(id);
        };
    }

    /**
     * @param id one of {@link #IMAGE_SETS}
     * @return its training split (for calibration and training: disjoint from the test split)
     * @throws TensorscopeException {@code BAD_ARGUMENT} if {@code id} is not a bundled image set;
     *                              {@code UNREADABLE_FILE} if the build lacks it
     */
    public static LabelledImages imagesTrain(String id) throws TensorscopeException {
        return switch (id) {
            case MNIST -> mnistTrain();
            case FASHION_MNIST -> fashionMnistTrain();
            default -> throw notAnImageSet(id);
        };
    }

    /**
     * The SpamAssassin corpus in the package's order (easy-ham-1, easy-ham-2, hard-ham-1, spam-1, spam-2, each
     * by message number), labelled as {@link SpamAssassinReader} says: ham 0 (the three ham groups), spam 1.
     *
     * @return 6,046 e-mails reduced to subject and body text
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the build lacks the data set
     */
    public static LabelledTexts spamAssassin() throws TensorscopeException {
        return SpamAssassinReader.read(folder(SPAM_ASSASSIN).resolve("spam-assassin.jsonl"));
    }

    private static TensorscopeException notAnImageSet(String id) {
        return new TensorscopeException(ErrorCode.BAD_ARGUMENT, "'" + id + "' is not a bundled image data set: use one of "
                + String.join(", ", IMAGE_SETS));
    }

    /** @return the IDX pair {@code SPLIT-images-idx3-ubyte SUFFIX}, {@code SPLIT-labels-idx1-ubyte SUFFIX} of asset {@code id} */
    private static LabelledImages idx(String id, String split, String suffix) throws TensorscopeException {
        Path folder = folder(id);
        return IdxReader.read(folder.resolve(split + "-images-idx3-ubyte" + suffix),
                folder.resolve(split + "-labels-idx1-ubyte" + suffix));
    }

    private static Path folder(String id) throws TensorscopeException {
        return BundledFiles.folder(id, AssetKind.DATASET);
    }
}
