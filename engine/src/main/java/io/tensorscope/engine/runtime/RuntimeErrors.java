package io.tensorscope.engine.runtime;

/** Turns runtime library exceptions into the one-line text shown to users. */
public final class RuntimeErrors {

    private RuntimeErrors() {
    }

    /** @return the first line of the deepest cause's message, shortened to 200 characters */
    public static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.lines().findFirst().orElse("").trim();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
