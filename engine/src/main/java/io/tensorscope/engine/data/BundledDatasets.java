package io.tensorscope.engine.data;

import io.tensorscope.assets.AssetKind;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;

/** Opens the data sets bundled with Tensorscope. */
public final class BundledDatasets {

    /** Id of the MNIST test set (10,000 digits). */
    public static final String MNIST = "mnist";

    /** Id of the SpamAssassin public mail corpus (6,046 e-mails: 4,150 ham, 1,896 spam). */
    public static final String SPAM_ASSASSIN = "spam-assassin";

    private BundledDatasets() {
    }

    /**
     * @return the 10,000 MNIST test digits, 28×28, in their published order
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the build lacks the data set
     */
    public static LabelledImages mnistTest() throws TensorscopeException {
        Path folder = folder(MNIST);
        return IdxReader.read(folder.resolve("t10k-images-idx3-ubyte"), folder.resolve("t10k-labels-idx1-ubyte"));
    }

    /**
     * @return the 60,000 MNIST training digits, 28×28, in their published order (for calibration: disjoint from the
     * test set accuracy is measured on)
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the build lacks the data set
     */
    public static LabelledImages mnistTrain() throws TensorscopeException {
        Path folder = folder(MNIST);
        return IdxReader.read(folder.resolve("train-images-idx3-ubyte"), folder.resolve("train-labels-idx1-ubyte"));
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

    private static Path folder(String id) throws TensorscopeException {
        return BundledFiles.folder(id, AssetKind.DATASET);
    }
}
