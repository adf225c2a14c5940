package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pruning part of {@code tensorscope bench}: each bundled model next to its pruned variants (channel pruning,
 * and magnitude and 2:4 where those passes are installed), measured side by side in one run ({@link VariantBench}):
 * the speed-up is what ONNX Runtime measures, not a FLOP ratio; accuracy is before any fine-tuning.
 */
final class PruningBench {

    private PruningBench() {
    }

    static void run(PrintWriter out) throws TensorscopeException {
        ModelSource source = new ModelSource();
        Model cnn = source.open("mnist-cnn", ProgressListener.NONE);
        Map<String, Model> images = new LinkedHashMap<>();
        images.put("fp32", cnn);
        images.put("channels 50% l1", VariantBench.variant(cnn, null, "prune-channel:sparsity=0.5"));
        images.put("channels 50% round 8", VariantBench.variant(cnn, null, "prune-channel:sparsity=0.5,round=8"));
        images.put("channels 75% global", VariantBench.variant(cnn, null, "prune-channel:sparsity=0.75,scope=global"));
        addUnstructured(images, cnn);
        VariantBench.compare(out, "mnist-cnn, batch 1, 1 thread", images, "mnist", null);

        Model minilm = source.open("minilm", ProgressListener.NONE);
        Map<String, Model> text = new LinkedHashMap<>();
        text.put("fp32", minilm);
        text.put("FFN neurons 25%", VariantBench.variant(minilm, null, "prune-channel:sparsity=0.25"));
        text.put("FFN neurons 50%", VariantBench.variant(minilm, null, "prune-channel:sparsity=0.5"));
        addUnstructured(text, minilm);
        VariantBench.compare(out, "minilm, sequence 128, 1 thread", text, "spam-assassin", minilm);
    }

    /** Adds magnitude 50 % and 2:4 variants when those passes are installed. */
    private static void addUnstructured(Map<String, Model> variants, Model model) throws TensorscopeException {
        PassRegistry registry = PassRegistry.standard();
        if (registry.all().stream().anyMatch(p -> p.id().equals("prune-magnitude"))) {
            variants.put("magnitude 50%", VariantBench.variant(model, null, "prune-magnitude:sparsity=0.5"));
        }
        if (registry.all().stream().anyMatch(p -> p.id().equals("prune-nm"))) {
            variants.put("2:4", VariantBench.variant(model, null, "prune-nm:pattern=2:4"));
        }
    }
}
