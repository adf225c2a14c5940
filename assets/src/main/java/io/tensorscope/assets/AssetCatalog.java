package io.tensorscope.assets;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The manifest of bundled assets ({@code tensorscope/assets/manifest.json} on the class path). */
public final class AssetCatalog {

    /** Class-path folder that holds the manifest and one sub-folder per asset. */
    static final String ROOT = "tensorscope/assets/";

    private final List<BundledAsset> assets;

    private AssetCatalog(List<BundledAsset> assets) {
        this.assets = List.copyOf(assets);
    }

    /** Reads the manifest built into the assets jar; fails only if the build itself is broken. */
    public static AssetCatalog load() {
        try (InputStream in = AssetCatalog.class.getClassLoader().getResourceAsStream(ROOT + "manifest.json")) {
            if (in == null) {
                throw new IllegalStateException("asset manifest missing from the class path: " + ROOT + "manifest.json");
            }
            JsonNode root = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readTree(in);
            List<BundledAsset> all = new ArrayList<>();
            read(root.path("models"), AssetKind.MODEL, all);
            read(root.path("datasets"), AssetKind.DATASET, all);
            return new AssetCatalog(all);
        } catch (IOException e) {
            throw new UncheckedIOException("asset manifest unreadable", e);
        }
    }

    private static void read(JsonNode array, AssetKind kind, List<BundledAsset> into) {
        for (JsonNode n : array) {
            List<AssetFile> files = new ArrayList<>();
            for (JsonNode f : n.path("files")) {
                files.add(new AssetFile(f.path("path").asText(), f.path("sha256").asText()));
            }
            into.add(new BundledAsset(n.path("id").asText(), kind, n.path("name").asText(),
                    n.path("task").asText(), n.path("format").asText(), n.path("entry").asText(),
                    n.path("licence").asText(), n.path("source").asText(), n.path("inputs").asText(),
                    n.path("metric").asText(), n.path("samples").asInt(0), files));
        }
    }

    /** @return every bundled asset of the given kind, in manifest order */
    public List<BundledAsset> list(AssetKind kind) {
        return assets.stream().filter(a -> a.kind() == kind).toList();
    }

    /** @return the asset with this id, if bundled */
    public Optional<BundledAsset> find(String id) {
        return assets.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
