package io.tensorscope.assets;

/** A bundled asset is unknown, missing from the build, or fails its checksum. */
public class AssetException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message one line saying what is wrong and what to do */
    public AssetException(String message) {
        super(message);
    }

    /**
     * @param message one line saying what is wrong and what to do
     * @param cause   the underlying failure
     */
    public AssetException(String message, Throwable cause) {
        super(message, cause);
    }
}
