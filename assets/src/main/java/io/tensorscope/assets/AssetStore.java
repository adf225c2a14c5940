package io.tensorscope.assets;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Gives bundled assets a folder on disk. Files already on disk (a build tree) are used in place;
 * files inside a jar are extracted once into {@link CacheDirectory#root()}. Every file is checked
 * against its SHA-256 the first time it is seen; the check is remembered by a stamp keyed on
 * path, size, modification time, and (where the file system has them) inode and change time — which no
 * user tool can set back, so a file edited in place with its size and modification time restored is checked
 * again. A cache folder that cannot be written still serves what it already holds: the stamp is then not
 * remembered, and the file is checked on every start.
 */
public final class AssetStore {

    private final Path cacheRoot;
    private final ClassLoader loader;

    /** A store extracting into the default cache folder. */
    public AssetStore() {
        this(CacheDirectory.root(), AssetStore.class.getClassLoader());
    }

    /**
     * @param cacheRoot folder for extracted files and verification stamps
     * @param loader    class loader that holds {@code tensorscope/assets/...}
     */
    public AssetStore(Path cacheRoot, ClassLoader loader) {
        this.cacheRoot = cacheRoot;
        this.loader = loader;
    }

    /**
     * Returns the folder holding every file of the asset, verified.
     *
     * @throws AssetException if a file is missing from the build or its checksum is wrong
     */
    public Path materialize(BundledAsset asset) throws AssetException {
        Path folder = null;
        for (AssetFile file : asset.files()) {
            Path onDisk = fileOnDisk(asset, file);
            verifyOnce(asset, file, onDisk);
            folder = onDisk.getParent();
        }
        if (folder == null) {
            throw new AssetException("asset '" + asset.id() + "' lists no files in the manifest");
        }
        return folder;
    }

    /** @return the path of the asset's entry file, verified */
    public Path entry(BundledAsset asset) throws AssetException {
        return materialize(asset).resolve(asset.entry());
    }

    private Path fileOnDisk(BundledAsset asset, AssetFile file) throws AssetException {
        String resource = AssetCatalog.ROOT + asset.id() + "/" + file.path();
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new AssetException("bundled asset '" + asset.id() + "' lacks " + file.path()
                    + ": this build did not fetch it (run 'mvn -B package' once with access to the registries)");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            Path target = cacheRoot.resolve("assets").resolve(asset.id()).resolve(versionKey(asset))
                    .resolve(file.path());
            if (!Files.isRegularFile(target)) {
                extract(url, target, file);
            }
            return target;
        } catch (URISyntaxException | IOException e) {
            throw new AssetException("cannot unpack bundled asset '" + asset.id() + "' (" + file.path() + ") into "
                    + cacheRoot + ": " + e.getMessage() + "; make that folder writable or point -Dtensorscope.cache.dir"
                    + " (or XDG_CACHE_HOME) at one that is", e);
        }
    }

    /** @return 16 hex digits identifying this exact content of the asset, so versions never mix */
    private static String versionKey(BundledAsset asset) {
        StringBuilder all = new StringBuilder();
        asset.files().forEach(f -> all.append(f.sha256()));
        return hex(all.toString()).substring(0, 16);
    }

    private void extract(URL url, Path target, AssetFile file) throws IOException, AssetException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), file.path(), ".part");
        try {
            String actual;
            try (InputStream in = new DigestInputStream(url.openStream(), sha256())) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            }
            if (!actual.equals(file.sha256())) {
                throw new AssetException("bundled file " + file.path() + " has SHA-256 " + actual
                        + ", expected " + file.sha256() + ": the build is corrupt, rebuild it");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void verifyOnce(BundledAsset asset, AssetFile file, Path onDisk) throws AssetException {
        try {
            String key = onDisk.toAbsolutePath() + "|" + Files.size(onDisk) + "|"
                    + Files.getLastModifiedTime(onDisk).toMillis() + "|" + identity(onDisk) + "|" + file.sha256();
            Path stamp = cacheRoot.resolve("verified").resolve(hex(key));
            if (Files.exists(stamp)) {
                return;
            }
            String actual = sha256Of(onDisk);
            if (!actual.equals(file.sha256())) {
                throw new AssetException("bundled file " + onDisk + " of '" + asset.id() + "' has SHA-256 "
                        + actual + ", expected " + file.sha256() + ": delete it and rebuild");
            }
            remember(stamp, onDisk);
        } catch (IOException e) {
            throw new AssetException("cannot verify bundled asset '" + asset.id() + "': " + e.getMessage(), e);
        }
    }

    /** @return the file's inode and change time where the platform has them ({@code unix} view), else empty */
    private static String identity(Path file) throws IOException {
        try {
            var unix = Files.readAttributes(file, "unix:ino,ctime");
            return unix.get("ino") + "|" + unix.get("ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return String.valueOf(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
    }

    /** Writes the stamp; a read-only cache only means the check is not remembered. */
    private static void remember(Path stamp, Path onDisk) {
        try {
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, onDisk.toString());
        } catch (IOException e) {
            // verified for this run; checked again on the next
        }
    }

    /** @return the lower-case hex SHA-256 of a file's bytes */
    public static String sha256Of(Path path) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
