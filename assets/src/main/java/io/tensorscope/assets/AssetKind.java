package io.tensorscope.assets;

/** What a bundled asset is: a model a user can open, or a data set to evaluate on. */
public enum AssetKind {
    MODEL,
    DATASET
}
