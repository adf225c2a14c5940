package io.tensorscope.assets;

/**
 * One file of a bundled asset.
 *
 * @param path   file name relative to the asset's folder
 * @param sha256 expected SHA-256 of the file, lower-case hex
 */
public record AssetFile(String path, String sha256) {
}
