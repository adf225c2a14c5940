package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.model.Half;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.pass.PassResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Fp16PassTest {

    private static final int DIGITS = 200;

    @Test
    void theCnnInFp16IsHalfTheSizeKeepsFloatInputsAndOutputsAndPredictsTheSame() throws Exception {
        Model fp32 = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        PassResult result = Fp16Pass.apply(fp32, Exclusions.NONE, ProgressListener.NONE);
        assertTrue(Math.abs(result.report().sizeRatio() - 0.5) < 0.02, "size ratio " + result.report().sizeRatio());
        assertEquals(ElementType.FLOAT, result.model().inputs().get(0).type());
        assertEquals(ElementType.FLOAT, result.model().outputs().get(0).type());
        assertTrue(result.report().notes().contains(Fp16Pass.CPU_NOTE));

        float[] a = probabilities(fp32);
        float[] b = probabilities(result.model());
        int agree = 0;
        for (int n = 0; n < DIGITS; n++) {
            agree += argmax(a, n) == argmax(b, n) ? 1 : 0;
            for (int c = 0; c < 10; c++) {
                assertEquals(a[n * 10 + c], b[n * 10 + c], 0.01, "digit " + n + " class " + c);
            }
        }
        assertTrue(agree >= DIGITS - 1, agree + " of " + DIGITS + " predictions agree");
    }

    @Test
    void anExcludedNodeKeepsComputingInFloat32() throws Exception {
        Model fp32 = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        PassResult result = Fp16Pass.apply(fp32, new Exclusions(Set.of("dense_1"), Set.of()), ProgressListener.NONE);
        assertEquals(List.of("dense_1"), result.report().excluded());
        assertTrue(result.model().graph().getInitializerList().stream()
                .anyMatch(t -> t.getName().equals("dense_1/kernel") && t.getDataType() == ElementType.FLOAT.onnxCode()));
        probabilities(result.model());
    }

    @Test
    void miniLmInFp16KeepsItsEmbeddingsDespiteItsHugeMaskConstant() throws Exception {
        Model fp32 = MiniLmFixture.fp32();
        PassResult result = Fp16Pass.apply(fp32, Exclusions.NONE, ProgressListener.NONE);
        double[] cosine = MiniLmFixture.meanAndWorstCosine(MiniLmFixture.embed(fp32), MiniLmFixture.embed(result.model()));
        assertTrue(cosine[1] >= 0.999, "worst cosine to fp32 " + cosine[1] + " (NaN if −3.4e38 became −inf)");
    }

    /**
     * paddle2onnx's detection models feed Resize its scales from a Constant; ONNX types scales float32 whatever T is,
     * so they must stay float32 (the model would not load otherwise). Upsample (opset 9) likewise, from an initializer.
     */
    @Test
    void resizeAndUpsampleScalesStayFloat32AndTheUpscaledOutputIsTheSame() throws Exception {
        float[] pixels = {0.5f, -1.25f, 2f, 0.75f};
        for (boolean upsample : new boolean[] {false, true}) {
            GraphBuilder b = GraphBuilder.create("upscale").opset(upsample ? 9 : 13);
            b.input("x", ElementType.FLOAT, 1, 1, 2, 2);
            b.initializer("w", new float[] {1.5f}, 1);
            if (upsample) {
                b.initializer("scales", new float[] {1, 1, 2, 2}, 4);
                b.node("Upsample", "x", "scales").name("up").outputs("u");
            } else {
                b.node("Constant").name("scales_constant").outputs("scales")
                        .attr("value", Tensors.floats("scales", new float[] {1, 1, 2, 2}, 4));
                b.node("Resize", "x", "", "scales").name("up").outputs("u");
            }
            b.node("Mul", "u", "w").name("scale").outputs("y");
            b.output("y", ElementType.FLOAT, Shape.of(1, 1, 4, 4));
            Model fp32 = b.build();
            PassResult result = Fp16Pass.apply(fp32, Exclusions.NONE, ProgressListener.NONE);
            float[] expected = upscaled(fp32, pixels);
            float[] actual = upscaled(result.model(), pixels);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-3, (upsample ? "Upsample" : "Resize") + " element " + i);
            }
            assertEquals(1.5f * 2f, expected[2 * 4], 1e-6, "nearest neighbour of pixel (1, 0)");
        }
    }

    private static float[] upscaled(Model model, float[] pixels) throws Exception {
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            return runner.run(List.of(TensorData.ofFloats("x", pixels, 1, 1, 2, 2))).get(0).floats();
        }
    }

    @Test
    void halfPrecisionConversionRoundsToNearestEven() {
        assertEquals(1.0f, Half.toFloat(Half.fromFloat(1.0f)));
        assertEquals(65504f, Half.toFloat(Half.fromFloat(65504f)));
        assertEquals(Float.POSITIVE_INFINITY, Half.toFloat(Half.fromFloat(70000f)));
        assertEquals(0x1p-24f, Half.toFloat(Half.fromFloat(0x1p-24f)), "smallest subnormal");
        assertEquals(1.0f, Half.toFloat(Half.fromFloat(1.0f + 0x1p-11f)), "a tie rounds to the even neighbour");
        assertEquals(1.0f + 0x1p-9f, Half.toFloat(Half.fromFloat(1.0f + 0x1p-10f + 0x1p-11f)), "a tie rounds up to even");
        assertEquals(-2.5f, Half.toFloat(Half.fromFloat(-2.5f)));
    }

    private static float[] probabilities(Model model) throws Exception {
        LabelledImages digits = BundledDatasets.mnistTest();
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            TensorData input = TensorData.ofFloats("conv2d_1_input", digits.batch(0, DIGITS), DIGITS, 28, 28, 1);
            return runner.run(List.of(input)).get(0).floats();
        }
    }

    private static int argmax(float[] values, int sample) {
        int best = 0;
        for (int c = 1; c < 10; c++) {
            best = values[sample * 10 + c] > values[sample * 10 + best] ? c : best;
        }
        return best;
    }
}
