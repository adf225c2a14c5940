package io.tensorscope.engine.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text embedder should see of a raw RFC 822 e-mail: its subject and the readable text of its body.
 * Headers are dropped; MIME parts are decoded (quoted-printable, base64, charset), of a
 * {@code multipart/alternative} only the plain-text version is kept when there is one, non-text parts
 * (images, attachments) are skipped, HTML tags are stripped from every text part (much spam sends HTML as
 * plain text) and runs of whitespace become one space.
 */
final class EmailText {

    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^([!-9;-~]+):[ \\t]*(.*)$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

    private EmailText() {
    }

    /**
     * @param raw      the whole message, headers and body, {@code \n} or {@code \r\n} line ends
     * @param maxChars the longest result, in UTF-16 chars (a surrogate pair is never split)
     * @return {@code subject + " " + body text}, whitespace collapsed, at most {@code maxChars} long
     */
    static String of(String raw, int maxChars) {
        Part message = Part.parse(raw.replace("\r\n", "\n"));
        String subject = MimeText.decodeHeader(message.header("subject"));
        String text = WHITESPACE.matcher(subject + " " + readable(message)).replaceAll(" ").strip();
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    private static String readable(Part part) {
        String type = part.contentType();
        if (type.startsWith("multipart/")) {
            List<Part> parts = part.children();
            if (type.equals("multipart/alternative")) {
                for (Part p : parts) {
                    String plain = p.contentType().equals("text/plain") ? readable(p) : "";
                    if (!plain.isBlank()) {
                        return plain;
                    }
                }
            }
            StringBuilder all = new StringBuilder();
            parts.forEach(p -> all.append(readable(p)).append(' '));
            return all.toString();
        }
        if (!type.startsWith("text/")) {
            return "";
        }
        return HtmlText.strip(MimeText.decodeBody(part.body(), part.header("content-transfer-encoding").trim(),
                MimeText.parameter(part.header("content-type"), "charset")));
    }

    /** A message or one MIME part: unfolded headers and the raw body. */
    private record Part(String headers, String body) {

        static Part parse(String text) {
            int split = text.startsWith("\n") ? 0 : text.indexOf("\n\n");
            if (split < 0) {
                return new Part(text, "");
            }
            String headers = text.substring(0, split).replaceAll("\n[ \\t]+", " ");
            return new Part(headers, text.substring(Math.min(text.length(), split + (split == 0 ? 1 : 2))));
        }

        /** @return the value of the first header called {@code name} (case-insensitive), or "" */
        String header(String name) {
            Matcher m = HEADER_LINE.matcher(headers);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return m.group(2);
                }
            }
            return "";
        }

        /** @return the media type in lower case; {@code text/plain} when absent, as RFC 2045 says */
        String contentType() {
            String value = header("content-type").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            return value.contains("/") ? value : "text/plain";
        }

        /** @return the parts between the boundary lines of a multipart body (none if the boundary is missing) */
        List<Part> children() {
            String boundary = MimeText.parameter(header("content-type"), "boundary");
            List<Part> parts = new ArrayList<>();
            if (boundary.isEmpty()) {
                return parts;
            }
            Matcher m = Pattern.compile("(?m)^--" + Pattern.quote(boundary) + "(--)?[ \\t]*$").matcher(body);
            int start = -1;
            while (m.find()) {
                if (start >= 0) {
                    parts.add(parse(body.substring(start, Math.max(start, m.start() - 1))));
                }
                if (m.group(1) != null) {
                    return parts;
                }
                start = Math.min(body.length(), m.end() + 1);
            }
            if (start >= 0) {
                parts.add(parse(body.substring(start)));
            }
            return parts;
        }
    }
}
