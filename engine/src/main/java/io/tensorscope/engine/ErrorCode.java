package io.tensorscope.engine;

/**
 * What went wrong, in terms a user can act on. Each code maps to one CLI exit code
 * (0 ok, 1 internal, 2 user error, 3 resource error; see DESIGN.md).
 */
public enum ErrorCode {
    /** Bad command-line argument or option value. */
    BAD_ARGUMENT(2),
    /** The file does not exist or cannot be read. */
    UNREADABLE_FILE(2),
    /** The file is not a model we can read (corrupt, truncated, wrong format, invalid graph). */
    INVALID_MODEL(2),
    /** The model uses an operator we cannot handle for the requested action. */
    UNSUPPORTED_OPERATOR(2),
    /** An input size does not fit the model. */
    BAD_INPUT_SHAPE(2),
    /** The user cancelled a long operation. */
    CANCELLED(2),
    /** Not enough memory for the requested action. */
    OUT_OF_MEMORY(3),
    /** The disk (or the user's quota) is full. */
    DISK_FULL(3),
    /** A required device (e.g. a CUDA GPU) is not available. */
    DEVICE_UNAVAILABLE(3),
    /** A bug or an unexpected failure of a library. */
    INTERNAL(1);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    /** @return the process exit code the CLI uses for this error */
    public int exitCode() {
        return exitCode;
    }
}
