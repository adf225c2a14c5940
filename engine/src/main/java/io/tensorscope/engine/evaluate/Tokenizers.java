package io.tensorscope.engine.evaluate;

import io.tensorscope.assets.AssetKind;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledFiles;
import io.tensorscope.engine.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the {@code tokenizer.json} a text model needs: beside its file, else the bundled MiniLM's. */
public final class Tokenizers {

    /** Id of the bundled MiniLM. */
    private static final String MINILM = "minilm";
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
        Path bundled = BundledFiles.folder(MINILM, AssetKind.MODEL).resolve(MINILM_TOKENIZER);
        if (!Files.isRegularFile(bundled)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "no tokenizer found for " + model.name());
        }
        return bundled;
    }
}
