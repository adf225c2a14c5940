package io.tensorscope.engine;

/**
 * An error a user can cause or act on. The message is one line that says what is wrong
 * and, where possible, what to do; the CLI prints it as is and exits with {@link ErrorCode#exitCode()}.
 */
public class TensorscopeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * @param code    the kind of failure
     * @param message one line, no stack trace needed to understand it
     */
    public TensorscopeException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    /**
     * @param code    the kind of failure
     * @param message one line, no stack trace needed to understand it
     * @param cause   the underlying failure, kept for logs
     */
    public TensorscopeException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** @return the kind of failure */
    public ErrorCode code() {
        return code;
    }
}
