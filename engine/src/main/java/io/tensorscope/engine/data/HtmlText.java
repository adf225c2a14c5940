package io.tensorscope.engine.data;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of an HTML fragment: scripts, styles, comments and tags removed, common entities decoded. */
final class HtmlText {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[!/?]?[a-zA-Z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "copy", "©", "reg", "®");

    private HtmlText() {
    }

    /** @return {@code html} with every tag replaced by a space and entities decoded; whitespace is left as is */
    static String strip(String html) {
        String text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static String decode(String entity, String original) {
        if (entity.charAt(0) != '#') {
            return NAMED.getOrDefault(entity.toLowerCase(Locale.ROOT), original);
        }
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int code = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(code) ? Character.toString(code) : " ";
    }
}
