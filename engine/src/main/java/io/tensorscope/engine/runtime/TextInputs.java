package io.tensorscope.engine.runtime;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Inputs of a BERT-style text model ({@code input_ids}, {@code attention_mask}, {@code token_type_ids},
 * int64 [batch, length]) from real sentences, tokenized with a Hugging Face {@code tokenizer.json}
 * (read offline), padded or truncated to a fixed length. Each text is cut to {@link #maxChars(int)} characters
 * <em>before</em> it is tokenized, so a huge text costs no more time or memory than the tokens kept.
 */
public final class TextInputs implements AutoCloseable {

    /**
     * Characters of text kept per token of the sequence. A WordPiece token stands for at most 100 characters of a
     * word (BERT's {@code max_input_chars_per_word}; a longer word becomes one {@code [UNK]}), and natural text takes
     * 4–6 characters per token: a cut there changes the tokens kept only for text made of words over 100 characters
     * or of long runs of spaces.
     */
    public static final int CHARS_PER_TOKEN = 100;

    private final HuggingFaceTokenizer tokenizer;
    private final int length;
    private final int maxChars;

    /**
     * @param tokenizerJson the model's {@code tokenizer.json}
     * @param length        tokens per sentence after padding/truncation, ≥ 2
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the tokenizer cannot be read
     */
    public TextInputs(Path tokenizerJson, int length) throws TensorscopeException {
        if (length < 2) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "sequence length must be at least 2, not " + length);
        }
        try {
            this.tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerJson).optMaxLength(length)
                    .optPadToMaxLength().optTruncation(true).build();
        } catch (IOException | RuntimeException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read tokenizer " + tokenizerJson + ": "
                    + RuntimeErrors.firstLine(e), e);
        }
        this.length = length;
        this.maxChars = maxChars(length);
    }

    /** @return the characters of a text kept for {@code length} tokens: {@code length ×} {@value #CHARS_PER_TOKEN} */
    public static int maxChars(int length) {
        return (int) Math.min(Integer.MAX_VALUE, (long) length * CHARS_PER_TOKEN);
    }

    /**
     * @return the three int64 inputs for {@code sentences}, shape [sentences, length]; each sentence is cut to
     *         {@link #maxChars(int)} characters first
     */
    public List<TensorData> encode(List<String> sentences) {
        int n = sentences.size();
        long[] ids = new long[n * length];
        long[] mask = new long[n * length];
        long[] types = new long[n * length];
        for (int s = 0; s < n; s++) {
            Encoding e = tokenizer.encode(Texts.prefix(sentences.get(s), maxChars));
            System.arraycopy(e.getIds(), 0, ids, s * length, length);
            System.arraycopy(e.getAttentionMask(), 0, mask, s * length, length);
            System.arraycopy(e.getTypeIds(), 0, types, s * length, length);
        }
        return List.of(TensorData.ofLongs("input_ids", ids, n, length),
                TensorData.ofLongs("attention_mask", mask, n, length),
                TensorData.ofLongs("token_type_ids", types, n, length));
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
