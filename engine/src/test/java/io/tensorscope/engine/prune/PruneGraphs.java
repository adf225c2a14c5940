package io.tensorscope.engine.prune;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Map;
import java.util.Random;

/** Small graphs for the pruning passes, and what their tests check on every result. */
final class PruneGraphs {

    private PruneGraphs() {
    }

    /**
     * Conv [3, 2, 3, 3] (54 weights) → Flatten → Gemm [27, 5] (135) → MatMul [5, 7] (35), whose weight {@code out}
     * holds 20 zeros already; an {@code Add} of a constant that no weight shares.
     */
    static Model convGemmMatMul() {
        GraphBuilder b = GraphBuilder.create("conv-gemm-matmul").opset(13);
        b.input("x", ElementType.FLOAT, 1, 2, 5, 5);
        b.initializer("conv_w", random(54, 1), 3, 2, 3, 3);
        b.initializer("conv_b", random(3, 2), 3);
        b.initializer("fc", random(135, 3), 27, 5);
        b.initializer("fc_bias", random(5, 4), 5);
        float[] out = random(35, 5);
        for (int i = 0; i < 20; i++) {
            out[i] = 0;
        }
        b.initializer("out", out, 5, 7);
        b.initializer("shift", random(7, 6), 7);
        b.node("Conv", "x", "conv_w", "conv_b").name("conv").outputs("c");
        b.node("Flatten", "c").name("flatten").outputs("f");
        b.node("Gemm", "f", "fc", "fc_bias").name("fc").outputs("h");
        b.node("MatMul", "h", "out").name("proj").outputs("p");
        b.node("Add", "p", "shift").name("shift_add").outputs("y");
        b.output("y", ElementType.FLOAT, Shape.of(1, 7));
        return b.build();
    }

    /** @return {@code pass} run on {@code model} with {@code options} (the others at their defaults) */
    static PassResult apply(Pass pass, Model model, Map<String, String> options) throws Exception {
        return pass.apply(model, PassOptions.parse(pass.id(), pass.options(), options), PassContext.of(ProgressListener.NONE));
    }

    /** @return the values of initializer {@code name} of {@code model} */
    static float[] values(Model model, String name) throws Exception {
        for (TensorProto t : model.graph().getInitializerList()) {
            if (t.getName().equals(name)) {
                return InitializerData.floats(t);
            }
        }
        throw new AssertionError("no initializer " + name);
    }

    /** @return how many values of initializer {@code name} of {@code model} are zero */
    static long zeros(Model model, String name) throws Exception {
        return WeightMeasures.zeros(values(model, name));
    }

    /** Asserts that ONNX Runtime loads and runs {@code pruned} and that its nodes are those of {@code original}. */
    static void assertLoadsWithTheSameNodes(Model original, Model pruned) throws Exception {
        assertEquals(original.graph().getNodeList(), pruned.graph().getNodeList(), "pruning changes no node");
        assertEquals(original.graph().getInitializerList().stream().map(TensorProto::getName).toList(),
                pruned.graph().getInitializerList().stream().map(TensorProto::getName).toList());
        try (OnnxRunner runner = OnnxRunner.open(pruned, RunOptions.builder().threads(1).build())) {
            runner.run(RandomInputs.forModel(pruned, InputSizes.defaults(), 1));
        }
    }

    /** @return {@code n} values uniform in [-0.5, 0.5), reproducible by seed */
    static float[] random(int n, long seed) {
        Random random = new Random(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextFloat() - 0.5f;
        }
        return values;
    }
}
