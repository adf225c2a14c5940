package io.tensorscope.profiler.report.gain;

/** Escaping for HTML text and attribute values. */
final class Html {

    private Html() {
    }

    /** @return {@code text} with {@code & < > " '} escaped */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
