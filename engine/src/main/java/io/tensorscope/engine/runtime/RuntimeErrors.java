package io.tensorscope.engine.runtime;

/** Turns runtime library exceptions into the one-line text shown to users. */
public final class RuntimeErrors {

    /** ONNX Runtime's wrapping of every message: the error code's name and the temporary file it loaded. */
    private static final java.util.regex.Pattern ORT_PREFIX = java.util.regex.Pattern.compile(
            "^Error code - \\w+ - message: (Load model from \\S+ failed: ?)?");

    private RuntimeErrors() {
    }

    /**
     * @return the first line of the deepest cause's message without ONNX Runtime's error-code and temporary-file
     * prefix, shortened to 300 characters
     */
    public static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = ORT_PREFIX.matcher(message.lines().findFirst().orElse("").trim()).replaceFirst("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
