package io.tensorscope.assets;

import java.util.List;

/**
 * A real model or data set shipped with Tensorscope, as described by the manifest.
 *
 * @param id      stable identifier used on the command line ({@code minilm}, {@code mnist})
 * @param kind    model or data set
 * @param name    human-readable name
 * @param task    what it does ({@code sentence-embedding}, {@code image-classification})
 * @param format  storage format of the entry file ({@code onnx}, {@code tfjs-layers}, {@code idx})
 * @param entry   the file to open first, relative to the asset's folder
 * @param licence licence of the content
 * @param source  registry coordinates the content was fetched from at build time
 * @param inputs  description of the inputs the model expects or the samples the set holds
 * @param metric  how quality is measured on or with it
 * @param samples number of samples of a data set, 0 for models
 * @param files   every file of the asset with its checksum
 */
public record BundledAsset(
        String id,
        AssetKind kind,
        String name,
        String task,
        String format,
        String entry,
        String licence,
        String source,
        String inputs,
        String metric,
        int samples,
        List<AssetFile> files) {

    public BundledAsset {
        files = List.copyOf(files);
    }
}
