package io.tensorscope.engine.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the SpamAssassin corpus as bundled: one JSON object per line with {@code group} and {@code text}
 * (the raw e-mail). Groups {@code easy-ham-1}, {@code easy-ham-2} and {@code hard-ham-1} are labelled
 * {@code ham} (0); {@code spam-1} and {@code spam-2} are labelled {@code spam} (1).
 */
public final class SpamAssassinReader {

    /** Class names by id: 0 ham, 1 spam. */
    public static final List<String> LABEL_NAMES = List.of("ham", "spam");

    /** Longest text kept per e-mail, in UTF-16 chars (MiniLM reads at most 256 tokens, about 1,000 chars). */
    public static final int MAX_CHARS = 4000;

    private SpamAssassinReader() {
    }

    /**
     * @return every e-mail in file order, reduced to subject and body text of at most {@link #MAX_CHARS}
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the file cannot be read, a line is not JSON
     *                              or names an unknown group
     */
    public static LabelledTexts read(Path jsonl) throws TensorscopeException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode mail = parse(json, line, jsonl, lineNumber);
                labels.add(label(mail.path("group").asText(), jsonl, lineNumber));
                texts.add(EmailText.of(mail.path("text").asText(), MAX_CHARS));
            }
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read " + jsonl + ": " + e.getMessage(), e);
        }
        return new LabelledTexts(texts, labels.stream().mapToInt(Integer::intValue).toArray(), LABEL_NAMES);
    }

    private static JsonNode parse(ObjectMapper json, String line, Path file, int lineNumber) throws TensorscopeException {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + " line " + lineNumber + " is not JSON", e);
        }
    }

    private static int label(String group, Path file, int lineNumber) throws TensorscopeException {
        if (group.startsWith("easy-ham-") || group.startsWith("hard-ham-")) {
            return 0;
        }
        if (group.startsWith("spam-")) {
            return 1;
        }
        throw new TensorscopeException(ErrorCode.UNREADABLE_FILE,
                file + " line " + lineNumber + " has unknown group '" + group + "' (expected *-ham-N or spam-N)");
    }
}
