package io.tensorscope.engine.data;

import io.tensorscope.assets.AssetCatalog;
import io.tensorscope.assets.AssetException;
import io.tensorscope.assets.AssetKind;
import io.tensorscope.assets.AssetStore;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;

/** Opens the data sets bundled with Tensorscope. */
public final class BundledDatasets {

    /** Id of the MNIST test set (10,000 digits). */
    public static final String MNIST = "mnist";

    private BundledDatasets() {
    }

    /**
     * @return the 10,000 MNIST test digits, 28×28, in their published order
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the build lacks the data set
     */
    public static LabelledImages mnistTest() throws TensorscopeException {
        BundledAsset asset = AssetCatalog.load().find(MNIST).filter(a -> a.kind() == AssetKind.DATASET)
                .orElseThrow(() -> new TensorscopeException(ErrorCode.UNREADABLE_FILE, "data set 'mnist' is not bundled"));
        try {
            Path folder = new AssetStore().materialize(asset);
            return IdxReader.read(folder.resolve("t10k-images-idx3-ubyte"), folder.resolve("t10k-labels-idx1-ubyte"));
        } catch (AssetException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, e.getMessage(), e);
        }
    }
}
