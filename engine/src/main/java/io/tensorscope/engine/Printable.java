package io.tensorscope.engine;

/**
 * Text read from a user's file (a label, a node name) made safe to quote in a one-line message: control characters
 * (escape codes, line breaks) are written as {@code \\uXXXX}, and anything past {@value #MAX_CHARS} characters is cut
 * with an ellipsis, so a hostile or huge value can neither drive the terminal nor flood it.
 */
public final class Printable {

    /** Most characters of the value kept. */
    public static final int MAX_CHARS = 100;

    private Printable() {
    }

    /** @return {@code text} escaped and clipped as the class comment says */
    public static String of(String text) {
        String kept = escaped(text.substring(0, Math.min(text.length(), MAX_CHARS)));
        return text.length() > MAX_CHARS ? kept + "… (" + text.length() + " characters)" : kept;
    }

    /** @return {@code text} with its control characters escaped, whole (for a message that quotes such text) */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
