package io.tensorscope.engine.data;

import io.tensorscope.assets.AssetCatalog;
import io.tensorscope.assets.AssetException;
import io.tensorscope.assets.AssetKind;
import io.tensorscope.assets.AssetStore;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;
import java.util.Locale;

/** The verified folder of a bundled asset's files, without reading them (no model parsed, no data decoded). */
public final class BundledFiles {

    private BundledFiles() {
    }

    /**
     * @param id   the asset's id, e.g. {@code mnist} or {@code minilm}
     * @param kind what it must be
     * @return the folder holding all its files, each checked against the manifest's SHA-256
     * @throws TensorscopeException {@code UNREADABLE_FILE} if it is not bundled or a file is missing or corrupt
     */
    public static Path folder(String id, AssetKind kind) throws TensorscopeException {
        BundledAsset asset = AssetCatalog.load().find(id).filter(a -> a.kind() == kind)
                .orElseThrow(() -> new TensorscopeException(ErrorCode.UNREADABLE_FILE,
                        kind.name().toLowerCase(Locale.ROOT) + " '" + id + "' is not bundled"));
        try {
            return new AssetStore().materialize(asset);
        } catch (AssetException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, e.getMessage(), e);
        }
    }
}
