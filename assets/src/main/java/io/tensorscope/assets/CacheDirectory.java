package io.tensorscope.assets;

import java.nio.file.Path;

/**
 * Where Tensorscope keeps per-user derived files (extracted assets, measured ceilings).
 * Order: system property {@code tensorscope.cache.dir}, then {@code $XDG_CACHE_HOME/tensorscope},
 * then {@code ~/.cache/tensorscope}.
 */
public final class CacheDirectory {

    private CacheDirectory() {
    }

    /** @return the cache root; it may not exist yet */
    public static Path root() {
        String configured = System.getProperty("tensorscope.cache.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "tensorscope");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "tensorscope");
    }
}
