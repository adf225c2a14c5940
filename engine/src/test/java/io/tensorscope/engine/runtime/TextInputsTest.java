package io.tensorscope.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.tensorscope.assets.AssetKind;
import io.tensorscope.engine.PeakMemory;
import io.tensorscope.engine.data.BundledFiles;
import io.tensorscope.engine.evaluate.Tokenizers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Texts are cut to what the tokenizer keeps before they are tokenized: a huge one costs what a short one does. */
class TextInputsTest {

    private static final int LENGTH = 128;
    private static Path tokenizer;

    @BeforeAll
    static void findTokenizer() throws Exception {
        tokenizer = BundledFiles.folder("minilm", AssetKind.MODEL).resolve(Tokenizers.MINILM_TOKENIZER);
    }

    @Test
    void aFiftyMegabyteTextIsTokenizedQuicklyInBoundedMemoryAsItsPrefix() throws Exception {
        String huge = "Limited offer: win a prize today, click here! ".repeat(50 * 1024 * 1024 / 46);
        try (TextInputs inputs = new TextInputs(tokenizer, LENGTH)) {
            inputs.encode(List.of("warm up"));
            PeakMemory.reset();
            long before = PeakMemory.residentMib();
            long start = System.nanoTime();
            long[] ids = inputs.encode(List.of(huge)).get(0).longs();
            double seconds = (System.nanoTime() - start) / 1e9;
            long grownMib = PeakMemory.peakMib() - before;
            System.out.printf("50 MB text tokenized in %.3f s, peak resident +%d MiB%n", seconds, grownMib);
            assertArrayEquals(inputs.encode(List.of(huge.substring(0, TextInputs.maxChars(LENGTH)))).get(0).longs(), ids);
            assertTrue(seconds < 2, seconds + " s");
            assertTrue(grownMib < 256, "peak resident size grew by " + grownMib + " MiB");
        }
    }

    @Test
    void theCutKeepsEveryTokenOfANaturalText() throws Exception {
        String text = ("The quick brown fox jumps over the lazy dog; meanwhile, the committee's extraordinarily "
                + "comprehensive report (2,048 pages) was internationally criticised. ").repeat(200);
        try (TextInputs inputs = new TextInputs(tokenizer, LENGTH);
             HuggingFaceTokenizer whole = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizer).optMaxLength(LENGTH)
                     .optPadToMaxLength().optTruncation(true).build()) {
            assertTrue(text.length() > TextInputs.maxChars(LENGTH));
            assertArrayEquals(whole.encode(text).getIds(), inputs.encode(List.of(text)).get(0).longs());
        }
    }
}
