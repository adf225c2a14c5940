package io.tensorscope.app.workbench.help;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The terms the workbench's numbers use (arithmetic intensity, roof, bound, % of roof, p10–p90, profiler overhead …),
 * each with a short explanation: kept as data in {@code glossary.json} beside this class, not in code.
 */
public final class Glossary {

    /**
     * One term.
     *
     * @param term the word or phrase as the workbench shows it
     * @param text what it means, in a few sentences
     */
    public record Entry(String term, String text) {
    }

    private static final String RESOURCE = "glossary.json";

    private Glossary() {
    }

    /** @return what {@code term} means, if the glossary has it */
    public static java.util.Optional<String> meaning(String term) {
        return entries().stream().filter(e -> e.term().equals(term)).map(Entry::text).findFirst();
    }

    /** @return every term, in the order of the file */
    public static List<Entry> entries() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Entry>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
