package io.tensorscope.engine.data;

import io.tensorscope.engine.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.jsoup.Jsoup;

/**
 * What a text embedder should see of a raw RFC 822 e-mail: its subject and the readable text of its body. The
 * message is parsed by Apache James mime4j: headers are dropped, the subject's encoded words decoded, transfer
 * encodings (quoted-printable, base64) undone and charsets applied; of a {@code multipart/alternative} only the plain
 * text version is kept when there is one, non-text parts (images, attachments, attached messages) are skipped. Every
 * text part goes through jsoup's HTML-to-text (much spam sends HTML as plain text): tags, scripts, styles and comments
 * removed, entities decoded. Runs of whitespace become one space.
 */
final class EmailText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

    private EmailText() {
    }

    /**
     * @param raw      the whole message, headers and body, {@code \n} or {@code \r\n} line ends, as the corpus stores
     *                 it: parts not transfer-encoded are already text; encoded ones are decoded in their declared
     *                 charset (ISO-8859-1 when it is missing or unknown)
     * @param maxChars the longest result, in UTF-16 chars (a surrogate pair is never split)
     * @return {@code subject + " " + body text}, whitespace collapsed, at most {@code maxChars} long
     */
    static String of(String raw, int maxChars) {
        Message message = parse(raw);
        String subject = message.getSubject() == null ? "" : message.getSubject();
        return Texts.prefix(WHITESPACE.matcher(subject + " " + readable(message)).replaceAll(" ").strip(), maxChars);
    }

    private static Message parse(String raw) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        builder.setBodyFactory(new BasicBodyFactory(StandardCharsets.ISO_8859_1));
        try {
            return builder.parseMessage(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("mime4j cannot parse a message held in memory", e));
        }
    }

    private static String readable(Entity part) {
        Body body = part.getBody();
        if (body instanceof Multipart multipart) {
            if (part.getMimeType().equals("multipart/alternative")) {
                for (Entity p : multipart.getBodyParts()) {
                    String plain = p.getMimeType().equals("text/plain") ? readable(p) : "";
                    if (!plain.isBlank()) {
                        return plain;
                    }
                }
            }
            StringBuilder all = new StringBuilder();
            multipart.getBodyParts().forEach(p -> all.append(readable(p)).append(' '));
            return all.toString();
        }
        if (!(body instanceof TextBody text) || !part.getMimeType().startsWith("text/")) {
            return "";
        }
        return Jsoup.parse(decoded(text, part.getContentTransferEncoding())).text();
    }

    /** @return the part's text: transfer-decoded bytes in its charset if it was encoded, else as stored (UTF-8) */
    private static String decoded(TextBody body, String transferEncoding) {
        String encoding = transferEncoding.toLowerCase(Locale.ROOT);
        Charset charset = encoding.equals("base64") || encoding.equals("quoted-printable")
                ? body.getCharset() : StandardCharsets.UTF_8;
        try (InputStream in = body.getInputStream()) {
            return new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
