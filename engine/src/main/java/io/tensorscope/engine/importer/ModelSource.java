package io.tensorscope.engine.importer;

import io.tensorscope.assets.AssetCatalog;
import io.tensorscope.assets.AssetException;
import io.tensorscope.assets.AssetKind;
import io.tensorscope.assets.AssetStore;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Resolves what a user names as MODEL: a path to a model file, or the id of a bundled model
 * ({@code minilm}, {@code mnist-cnn}). A file that exists wins over an id of the same name.
 */
public final class ModelSource {

    private final AssetCatalog catalog;
    private final AssetStore store;
    private final ModelLoader loader;

    /** Bundled assets from the class path, all built-in formats. */
    public ModelSource() {
        this(AssetCatalog.load(), new AssetStore(), new ModelLoader());
    }

    /**
     * @param catalog bundled assets
     * @param store   where bundled files are materialised
     * @param loader  reads model files
     */
    public ModelSource(AssetCatalog catalog, AssetStore store, ModelLoader loader) {
        this.catalog = catalog;
        this.store = store;
        this.loader = loader;
    }

    /** @return the bundled models, in manifest order */
    public List<BundledAsset> bundledModels() {
        return catalog.list(AssetKind.MODEL);
    }

    /** @return whether {@code id} names a bundled model */
    public boolean isBundled(String id) {
        return catalog.find(id).filter(a -> a.kind() == AssetKind.MODEL).isPresent();
    }

    /**
     * @param pathOrId a file path or a bundled model id
     * @return the loaded, validated model; a bundled model is named by its id
     * @throws TensorscopeException {@code BAD_ARGUMENT} if it is neither an existing file nor a bundled id,
     *                              else whatever {@link ModelLoader#load} throws
     */
    public Model open(String pathOrId, ProgressListener progress) throws TensorscopeException {
        Path path = Path.of(pathOrId);
        if (Files.exists(path)) {
            return loader.load(path, progress);
        }
        BundledAsset asset = catalog.find(pathOrId).filter(a -> a.kind() == AssetKind.MODEL)
                .orElseThrow(() -> new TensorscopeException(ErrorCode.BAD_ARGUMENT, "no model file or bundled model named '"
                        + pathOrId + "' (bundled: " + bundledModels().stream().map(BundledAsset::id)
                        .collect(Collectors.joining(", ")) + ")"));
        return openBundled(asset, progress);
    }

    /** @return the bundled model, loaded and validated, named by its id */
    public Model openBundled(BundledAsset asset, ProgressListener progress) throws TensorscopeException {
        Path entry;
        try {
            progress.onProgress(0.0, "preparing bundled model " + asset.id());
            entry = store.entry(asset);
        } catch (AssetException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, e.getMessage(), e);
        }
        return loader.load(entry, progress).named(asset.id());
    }
}
