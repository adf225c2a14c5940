package io.tensorscope.engine.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decoding of MIME content: transfer encodings (quoted-printable, base64), charsets, RFC 2047 header words. */
final class MimeText {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=(\\s+(?==\\?))?");

    private MimeText() {
    }

    /**
     * @param body     content as stored in the message
     * @param encoding value of {@code Content-Transfer-Encoding} (empty for none)
     * @param charset  charset parameter of {@code Content-Type}; unknown or empty means ISO-8859-1
     * @return the decoded text; {@code body} itself for 7bit, 8bit, binary or an unknown encoding
     */
    static String decodeBody(String body, String encoding, String charset) {
        return switch (encoding.toLowerCase(Locale.ROOT)) {
            case "quoted-printable" -> new String(quotedPrintable(body, false), charset(charset));
            case "base64" -> new String(base64(body), charset(charset));
            default -> body;
        };
    }

    /** @return a header value with its RFC 2047 encoded words ({@code =?charset?B|Q?text?=}) decoded */
    static String decodeHeader(String value) {
        Matcher m = ENCODED_WORD.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        while (m.find()) {
            byte[] bytes = m.group(2).equalsIgnoreCase("b") ? base64(m.group(3)) : quotedPrintable(m.group(3), true);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    /** @return the value of parameter {@code name} in a header such as {@code text/plain; charset="utf-8"}, or "" */
    static String parameter(String header, String name) {
        Matcher m = Pattern.compile("(?i);\\s*" + Pattern.quote(name) + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)").matcher(header);
        if (!m.find()) {
            return "";
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    private static byte[] quotedPrintable(String text, boolean underscoreIsSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '=' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                out.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c == '_' && underscoreIsSpace) {
                out.write(' ');
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static byte[] base64(String text) {
        String digits = text.replaceAll("[^A-Za-z0-9+/]", "");
        return Base64.getDecoder().decode(digits.substring(0, digits.length() - (digits.length() % 4 == 1 ? 1 : 0)));
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
