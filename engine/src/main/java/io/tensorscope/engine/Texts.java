package io.tensorscope.engine;

/** Cutting text to a length without breaking a character. */
public final class Texts {

    private Texts() {
    }

    /**
     * @param maxChars most UTF-16 chars kept, ≥ 1
     * @return {@code text} itself if it is at most {@code maxChars} long, else its first {@code maxChars} chars, one
     *         fewer where the cut would split a surrogate pair
     */
    public static String prefix(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars);
    }
}
