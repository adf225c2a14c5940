package io.tensorscope.engine.train;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import java.util.Random;

/** Small graphs built in code for the trainer's tests: a residual block and graphs covering the other operators. */
final class TrainGraphs {

    private TrainGraphs() {
    }

    /**
     * A residual classifier on 1×28×28 images: stem Conv → [Conv → BN → Relu → Conv → BN] + skip → Relu →
     * GlobalAveragePool → Flatten → Gemm (10 logits).
     */
    static Model residual() {
        GraphBuilder b = GraphBuilder.create("residual").opset(13);
        b.input("x", ElementType.FLOAT, Shape.of(new long[] {Shape.UNKNOWN, 1, 28, 28}, new String[] {"N", null, null,
                null}));
        b.initializer("stem_w", random(8 * 9, 1, 0.3f), 8, 1, 3, 3);
        b.initializer("stem_b", random(8, 2, 0.1f), 8);
        batchNorm(b, "bn1", 8, 3);
        b.initializer("c1_w", random(8 * 8 * 9, 4, 0.12f), 8, 8, 3, 3);
        b.initializer("c2_w", random(8 * 8 * 9, 5, 0.12f), 8, 8, 3, 3);
        batchNorm(b, "bn2", 8, 6);
        b.initializer("fc_w", random(10 * 8, 7, 0.3f), 10, 8);
        b.initializer("fc_b", random(10, 8, 0.1f), 10);
        b.node("Conv", "x", "stem_w", "stem_b").name("stem").outputs("s").attrInts("strides", 2, 2)
                .attrInts("pads", 1, 1, 1, 1);
        b.node("Conv", "s", "c1_w").name("conv1").outputs("c1").attrInts("pads", 1, 1, 1, 1);
        b.node("BatchNormalization", "c1", "bn1_scale", "bn1_bias", "bn1_mean", "bn1_var").name("bn1").outputs("n1");
        b.node("Relu", "n1").name("relu1").outputs("r1");
        b.node("Conv", "r1", "c2_w").name("conv2").outputs("c2").attrInts("pads", 1, 1, 1, 1);
        b.node("BatchNormalization", "c2", "bn2_scale", "bn2_bias", "bn2_mean", "bn2_var").name("bn2").outputs("n2")
                .attr("momentum", 0.8f);
        b.node("Add", "n2", "s").name("skip").outputs("sum");
        b.node("Relu", "sum").name("relu2").outputs("r2");
        b.node("GlobalAveragePool", "r2").name("gap").outputs("g");
        b.node("Flatten", "g").name("flatten").outputs("f");
        b.node("Gemm", "f", "fc_w", "fc_b").name("fc").outputs("y").attr("transB", 1L);
        b.output("y", ElementType.FLOAT);
        return b.build();
    }

    /**
     * An encoder-decoder on 1×28×28 images exercising the other operators: asymmetric and SAME padding, pools (the
     * average without counting asymmetric pads),
     * ConvTranspose (stride 2, pads, output_padding), Concat, Transpose, Reshape, LayerNormalization, MatMul, bias
     * Add, Gelu-by-Erf, Sigmoid/Tanh/Mul/Sub/Div, Slice (negative start, clamped end, step 2), ReduceMean,
     * Unsqueeze/Squeeze, Softmax.
     */
    static Model operators() {
        GraphBuilder b = GraphBuilder.create("operators").opset(13);
        b.input("x", ElementType.FLOAT, Shape.of(new long[] {Shape.UNKNOWN, 1, 28, 28}, new String[] {"N", null, null,
                null}));
        b.initializer("e_w", random(4 * 9, 11, 0.4f), 4, 1, 3, 3);
        b.initializer("d_w", random(4 * 2 * 9, 12, 0.3f), 4, 2, 3, 3);
        b.initializer("d_b", random(2, 13, 0.1f), 2);
        b.initializer("ln_scale", random(14, 14, 1f), 14);
        b.initializer("ln_bias", random(14, 15, 0.1f), 14);
        b.initializer("mm_w", random(14 * 6, 16, 0.3f), 14, 6);
        b.initializer("mm_b", random(6, 17, 0.1f), 6);
        b.initializer("half", new float[] {0.5f});
        b.initializer("root2", new float[] {(float) Math.sqrt(2)});
        b.initializerInts("to_rows", new long[] {0, -1, 14}, 3);
        b.node("Conv", "x", "e_w").name("enc").outputs("e").attrInts("strides", 2, 2).attrInts("pads", 0, 1, 1, 0);
        b.node("Tanh", "e").name("tanh").outputs("et");
        b.node("MaxPool", "et").name("maxpool").outputs("mp").attrInts("kernel_shape", 3, 3)
                .attrInts("strides", 1, 1).attr("auto_pad", "SAME_UPPER");
        b.node("AveragePool", "mp").name("avgpool").outputs("ap").attrInts("kernel_shape", 2, 2)
                .attrInts("strides", 1, 1).attrInts("pads", 1, 1, 0, 0);
        b.node("ConvTranspose", "ap", "d_w", "d_b").name("dec").outputs("d").attrInts("strides", 2, 2)
                .attrInts("pads", 1, 1, 1, 1).attrInts("output_padding", 1, 1);
        b.node("Sigmoid", "d").name("sigmoid").outputs("ds");
        b.node("Concat", "ds", "x").name("concat").outputs("cat").attr("axis", 1L);
        b.node("Transpose", "cat").name("to_nhwc").outputs("t").attrInts("perm", 0, 2, 3, 1);
        b.node("Reshape", "t", "to_rows").name("rows").outputs("rw");
        b.node("LayerNormalization", "rw", "ln_scale", "ln_bias").name("ln").outputs("ln").attr("axis", -1L);
        b.node("MatMul", "ln", "mm_w").name("mm").outputs("mm");
        b.node("Add", "mm", "mm_b").name("mm_bias").outputs("h");
        b.node("Div", "h", "root2").name("scaled").outputs("hs");
        b.node("Erf", "hs").name("erf").outputs("he");
        b.node("Mul", "h", "half").name("halved").outputs("hh");
        b.node("Mul", "hh", "he").name("gelu_mul").outputs("hg0");
        b.node("Add", "hg0", "hh").name("gelu").outputs("hg");
        b.initializerInts("sl_starts", new long[] {-5}, 1);
        b.initializerInts("sl_ends", new long[] {Long.MAX_VALUE}, 1);
        b.initializerInts("sl_axes", new long[] {2}, 1);
        b.initializerInts("sl_steps", new long[] {2}, 1);
        b.node("Slice", "hg", "sl_starts", "sl_ends", "sl_axes", "sl_steps").name("odd_columns").outputs("hsl");
        b.node("ReduceMean", "hsl").name("mean").outputs("m").attrInts("axes", 1).attr("keepdims", 0L);
        b.constantInts("axis1", 1);
        b.node("Unsqueeze", "m", "axis1").name("unsqueeze").outputs("mu");
        b.node("Squeeze", "mu", "axis1").name("squeeze").outputs("ms");
        b.node("Sub", "ms", "half").name("centre").outputs("mc");
        b.node("Softmax", "mc").name("softmax").outputs("y").attr("axis", -1L);
        b.output("y", ElementType.FLOAT);
        return b.build();
    }

    /** Token ids → Gather from an embedding table → Shape-driven Reshape → Gemm: an embedding model. */
    static Model embedding() {
        GraphBuilder b = GraphBuilder.create("embedding").opset(13);
        b.input("ids", ElementType.INT64, Shape.of(new long[] {Shape.UNKNOWN, 5}, new String[] {"N", null}));
        b.initializer("table", random(20 * 4, 21, 1f), 20, 4);
        b.initializer("fc_w", random(20 * 3, 22, 0.3f), 20, 3);
        b.node("Gather", "table", "ids").name("embed").outputs("emb");
        b.node("Shape", "emb").name("shape").outputs("sh");
        b.constantInts("zero", 0);
        b.node("Gather", "sh", "zero").name("batch").outputs("n").attr("axis", 0L);
        b.constantInts("minus_one", -1);
        b.node("Concat", "n", "minus_one").name("target").outputs("tg").attr("axis", 0L);
        b.node("Reshape", "emb", "tg").name("flat").outputs("fl");
        b.node("Gemm", "fl", "fc_w").name("fc").outputs("y");
        b.output("y", ElementType.FLOAT);
        return b.build();
    }

    /** BatchNormalization parameters {@code prefix_scale/_bias/_mean/_var} for {@code channels} channels. */
    private static void batchNorm(GraphBuilder b, String prefix, int channels, long seed) {
        float[] scale = random(channels, seed, 0.5f);
        for (int i = 0; i < channels; i++) {
            scale[i] += 1;
        }
        b.initializer(prefix + "_scale", scale, channels);
        b.initializer(prefix + "_bias", random(channels, seed + 100, 0.2f), channels);
        b.initializer(prefix + "_mean", random(channels, seed + 200, 0.1f), channels);
        float[] var = random(channels, seed + 300, 0.2f);
        for (int i = 0; i < channels; i++) {
            var[i] = 0.5f + Math.abs(var[i]);
        }
        b.initializer(prefix + "_var", var, channels);
    }

    /** Values uniform in [−scale, scale), reproducible by seed. */
    static float[] random(int n, long seed, float scale) {
        Random random = new Random(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (random.nextFloat() * 2 - 1) * scale;
        }
        return values;
    }
}
