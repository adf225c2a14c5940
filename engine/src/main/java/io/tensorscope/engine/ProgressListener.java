package io.tensorscope.engine;

/**
 * Receives progress of a long, blocking engine operation and tells it whether to stop.
 * Engine code calls {@link #checkCancelled()} between steps; the app implements this on top of
 * a {@code javafx.concurrent.Task}, the CLI and tests use {@link #NONE}.
 */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = (fraction, message) -> { };

    /**
     * @param fraction work done so far, 0..1, or a negative value when unknown
     * @param message  what is being done now, short
     */
    void onProgress(double fraction, String message);

    /** @return true once the user asked to stop; the default never cancels */
    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link ErrorCode#CANCELLED} if the user asked to stop. */
    default void checkCancelled() throws TensorscopeException {
        if (isCancelled()) {
            throw new TensorscopeException(ErrorCode.CANCELLED, "cancelled by the user");
        }
    }
}
