package io.tensorscope.engine.prune.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import java.util.List;
import java.util.Map;

/** Runs the channel pruning pass, and the models before and after it on ONNX Runtime, for the tests. */
final class PruneRuns {

    static final ChannelPrunePass PASS = new ChannelPrunePass();

    private PruneRuns() {
    }

    /** @return the pass applied to {@code model} with {@code options} (no data set) */
    static PassResult prune(Model model, Map<String, String> options) throws TensorscopeException {
        return PASS.apply(model, PassOptions.parse(PASS.id(), PASS.options(), options), PassContext.of(ProgressListener.NONE));
    }

    /** @return the first output of {@code model} on {@code inputs}, on one thread */
    static float[] run(Model model, List<TensorData> inputs) throws Exception {
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            return runner.run(inputs).get(0).floats();
        }
    }

    /** Asserts that {@code after} computes what {@code before} does (1e-5) on random inputs drawn with {@code seed}. */
    static void assertSameOutputs(Model before, Model after, long seed) throws Exception {
        List<TensorData> inputs = RandomInputs.forModel(before, InputSizes.defaults(), seed);
        float[] expected = run(before, inputs);
        float[] actual = run(after, inputs);
        assertEquals(expected.length, actual.length, before.name() + ": output size");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5, before.name() + " output " + i);
        }
    }
}
