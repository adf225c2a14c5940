package io.tensorscope.engine.pass;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import java.util.Random;

/** Small graphs built in code that every pass must handle: each names one edge case real models have. */
final class SmallGraphs {

    private SmallGraphs() {
    }

    /** Conv → Relu → Flatten → Gemm, the Gemm writing the graph output (a classifier ending in logits). */
    static Model classifierEndingInLogits() {
        GraphBuilder b = GraphBuilder.create("logits").opset(13);
        b.input("x", ElementType.FLOAT, 1, 3, 8, 8);
        b.initializer("w", random(4 * 3 * 3 * 3, 1), 4, 3, 3, 3);
        b.initializer("b", random(4, 2), 4);
        b.initializer("fc", random(5 * 4 * 6 * 6, 3), 5, 4 * 6 * 6);
        b.initializer("fc_bias", random(5, 4), 5);
        b.node("Conv", "x", "w", "b").name("conv").outputs("c");
        b.node("Relu", "c").name("relu").outputs("r");
        b.node("Flatten", "r").name("flatten").outputs("f");
        b.node("Gemm", "f", "fc", "fc_bias").name("fc").outputs("logits").attr("transB", 1L);
        b.output("logits", ElementType.FLOAT, Shape.of(1, 5));
        return b.build();
    }

    /** Two MatMuls then Adds sharing one weight and one bias, summed by a residual Add, then Concat with the input. */
    static Model sharedWeightsResidualConcat() {
        GraphBuilder b = GraphBuilder.create("shared").opset(13);
        b.input("x", ElementType.FLOAT, 2, 8);
        b.initializer("w", random(8 * 8, 5), 8, 8);
        b.initializer("bias", random(8, 6), 8);
        b.initializer("w2", random(8 * 8, 7), 8, 8);
        b.node("Gemm", "x", "w", "bias").name("gemm_a").outputs("a");
        b.node("Relu", "a").name("relu_a").outputs("ra");
        b.node("Gemm", "ra", "w", "bias").name("gemm_b").outputs("b");
        b.node("Add", "b", "x").name("residual").outputs("sum");
        b.node("MatMul", "sum", "w2").name("matmul").outputs("m");
        b.node("Concat", "m", "x").name("concat").outputs("y").attr("axis", 1L);
        b.output("y", ElementType.FLOAT, Shape.of(2, 16));
        return b.build();
    }

    /** MatMul of a 3-D activation [batch, sequence, 16] by a [16, 8] weight, as in a transformer layer. */
    static Model matMulOfThreeDimensionalActivation() {
        GraphBuilder b = GraphBuilder.create("matmul3d").opset(13);
        b.input("x", ElementType.FLOAT, 1, 4, 16);
        b.initializer("w", random(16 * 8, 8), 16, 8);
        b.node("MatMul", "x", "w").name("proj").outputs("p");
        b.node("Softmax", "p").name("softmax").outputs("y").attr("axis", -1L);
        b.output("y", ElementType.FLOAT, Shape.of(1, 4, 8));
        return b.build();
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
