package io.tensorscope.profiler.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roundings of the MNIST CNN's kept channels, built and timed for real (conv2d_1 has 32 channels, conv2d_2 64). */
class RoundingChoiceTest {

    private static Model cnn;

    @BeforeAll
    static void open() throws Exception {
        cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
    }

    @Test
    void eachRoundingKeepsAMultipleOfItsChannelsAndTheFastestUnrejectedOneIsChosen() throws Exception {
        List<RoundingVariant> variants = RoundingChoice.measure(cnn, PipelineStep.parse("prune-channel:sparsity=0.3"),
                null, List.of(1, 8, 16), PassRegistry.standard(), ProgressListener.NONE);
        assertEquals(List.of(1, 8, 16), variants.stream().map(RoundingVariant::round).toList());
        assertEquals(List.of(23L, 24L, 32L), variants.stream().map(v -> outputChannels(v.model(), "conv2d_1/kernel"))
                .toList(), "32 channels less 30 %, kept rounded up to 1, 8, 16");
        variants.forEach(v -> assertTrue(v.timed() && v.latencyMs() > 0 && v.speedUp() > 0, "round " + v.round()));
        RoundingVariant chosen = RoundingChoice.chosen(variants);
        for (RoundingVariant v : variants) {
            assertEquals(v.speedUp() < 1, v.rejection() != null, "rejected exactly when slower: round " + v.round());
            if (chosen != null && v.rejection() == null) {
                assertTrue(v.speedUp() <= chosen.speedUp(), "round " + v.round() + " beats the chosen one");
            }
        }
    }

    @Test
    void aRoundingThatGivesTheSameModelIsNotTimedTwice() throws Exception {
        List<RoundingVariant> variants = RoundingChoice.measure(cnn, PipelineStep.parse("prune-channel:sparsity=0.5"),
                null, List.of(1, 8, 16), PassRegistry.standard(), ProgressListener.NONE);
        assertTrue(variants.get(0).timed());
        assertEquals(1, variants.get(1).sameAs(), "16, 32 and 64 kept channels are already multiples of 8");
        assertEquals(1, variants.get(2).sameAs());
        assertTrue(Double.isNaN(variants.get(2).latencyMs()));
        RoundingVariant chosen = RoundingChoice.chosen(variants);
        if (variants.get(0).rejection() == null) {
            assertSame(variants.get(0), chosen);
        } else {
            assertNull(chosen, "the only timed variant was slower than its parent");
        }
    }

    @Test
    void aPassWithoutRoundingIsRefused() {
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> RoundingChoice.measure(cnn,
                PipelineStep.parse("prune-magnitude"), null, List.of(1, 8), PassRegistry.standard(),
                ProgressListener.NONE));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
    }

    private static long outputChannels(Model model, String weight) {
        TensorProto tensor = model.graph().getInitializerList().stream().filter(t -> t.getName().equals(weight))
                .findFirst().orElseThrow();
        return tensor.getDims(0);
    }
}
