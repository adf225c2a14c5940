package io.tensorscope.engine.evaluate;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the {@code tokenizer.json} a text model needs: beside its file, else the bundled MiniLM's. */
public final class Tokenizers {

    /** File name of the bundled MiniLM tokenizer. */
    public static final String MINILM_TOKENIZER = "all-minilm-l6-v2-tokenizer.json";

    private Tokenizers() {
    }

    /**
     * @return {@code tokenizer.json} (or the MiniLM tokenizer) beside the model's file, else the bundled MiniLM's
     * (quantized MiniLM variants keep its vocabulary)
     */
    public static Path forModel(Model model) throws TensorscopeException {
        if (model.location().isPresent()) {
            for (String name : new String[] {"tokenizer.json", MINILM_TOKENIZER}) {
                Path beside = model.location().get().resolveSibling(name);
                if (Files.isRegularFile(beside)) {
                    return beside;
                }
            }
        }
        Path bundled = new ModelSource().open("minilm", ProgressListener.NONE).location()
                .orElseThrow(() -> new TensorscopeException(ErrorCode.UNREADABLE_FILE, "the bundled MiniLM has no file"))
                .resolveSibling(MINILM_TOKENIZER);
        if (!Files.isRegularFile(bundled)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "no tokenizer found for " + model.name());
        }
        return bundled;
    }
}
