package io.tensorscope.engine.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small graphs built in code, each tensor's inferred shape checked against ONNX Runtime's. */
class OperatorOracleTest {

    private static final ElementType F = ElementType.FLOAT;

    private static void assertMatchesRuntime(GraphBuilder b) throws Exception {
        OrtOracle.Comparison c = OrtOracle.compare(b.build(), InputSizes.defaults());
        assertEquals(List.of(), c.mismatches());
        System.out.printf("ORT oracle on built graph: %d tensors compared%n", c.compared());
    }

    @Test
    void windows() throws Exception {
        GraphBuilder b = GraphBuilder.create("windows");
        b.input("x", F, 1, 4, 11, 10);
        b.zeros("w", F, 6, 4, 3, 3).zeros("wt", F, 4, 3, 3, 3).zeros("wg", F, 4, 2, 2, 2);
        int i = 0;
        for (long ceil : new long[] {0, 1}) {
            for (long[] pads : new long[][] {{0, 0, 0, 0}, {1, 1, 1, 1}, {0, 1, 1, 0}}) {
                for (long stride : new long[] {1, 2, 3}) {
                    b.node("MaxPool", "x").attrInts("kernel_shape", 3, 2).attrInts("strides", stride, stride)
                            .attrInts("pads", pads).attr("ceil_mode", ceil).outputs("max" + i);
                    b.node("AveragePool", "x").attrInts("kernel_shape", 2, 3).attrInts("strides", stride, 2)
                            .attrInts("pads", pads).attr("ceil_mode", ceil).outputs("avg" + i++);
                }
            }
        }
        b.node("MaxPool", "x").attrInts("kernel_shape", 3, 3).attrInts("dilations", 2, 2).attrInts("strides", 2, 1)
                .outputs("dilated");
        for (String pad : new String[] {"SAME_UPPER", "SAME_LOWER", "VALID"}) {
            b.node("AveragePool", "x").attrInts("kernel_shape", 3, 3).attrInts("strides", 2, 2).attr("auto_pad", pad)
                    .outputs("pool_" + pad);
            b.node("Conv", "x", "w").attrInts("strides", 2, 3).attr("auto_pad", pad).outputs("conv_" + pad);
        }
        b.node("Conv", "x", "w").attrInts("dilations", 2, 1).attrInts("pads", 2, 0, 1, 1).outputs("conv_dilated");
        b.node("Conv", "x", "wg").attr("group", 2).attrInts("strides", 2, 2).outputs("conv_grouped");
        b.node("ConvTranspose", "x", "wt").attrInts("strides", 2, 2).attrInts("pads", 1, 0, 1, 1)
                .attrInts("output_padding", 1, 0).outputs("deconv");
        b.node("ConvTranspose", "x", "wt").attrInts("strides", 2, 2).attr("auto_pad", "SAME_UPPER").outputs("deconv_same");
        b.node("GlobalMaxPool", "x").outputs("gmax");
        assertMatchesRuntime(b);
    }

    @Test
    void indexingAndLayout() throws Exception {
        GraphBuilder b = GraphBuilder.create("indexing").opset(18);
        b.input("x", F, 6, 7, 8).input("v", F, 8).input("m", F, 3, 6).input("m7", F, 3, 7).input("v7", F, 7);
        b.initializerInts("idx", new long[] {-1, 0, 2, 2}, 2, 2);
        b.initializerInts("s", new long[] {-1, 1, -100}, 3).initializerInts("e", new long[] {-7, 1000, 5}, 3);
        b.initializerInts("ax", new long[] {0, 2, 1}, 3).initializerInts("st", new long[] {-2, 3, 1}, 3);
        b.initializerInts("parts", new long[] {1, 4, 3}, 3).initializerInts("to", new long[] {3, 1, 7, 8}, 4);
        b.node("Gather", "x", "idx").attr("axis", -2).outputs("g");
        b.node("Slice", "x", "s", "e", "ax", "st").outputs("sl");
        b.node("Split", "x", "parts").attr("axis", -1).outputs("p0", "p1", "p2");
        b.node("Split", "x").attr("axis", 1).attr("num_outputs", 3).outputs("q0", "q1", "q2");
        b.node("Transpose", "x").outputs("t");
        b.node("Concat", "x", "sl_pad", "x").attr("axis", -2).outputs("c");
        b.node("Slice", "x", "s", "e", "ax").outputs("sl_unit");
        b.node("Expand", "v", "to").outputs("ex");
        b.node("Flatten", "x").attr("axis", 0).outputs("f0");
        b.node("Flatten", "x").attr("axis", -1).outputs("f1");
        b.node("MatMul", "x", "v").outputs("xv");
        b.node("MatMul", "v7", "x").outputs("vx");
        b.node("MatMul", "m7", "x").outputs("mx");
        b.node("Gemm", "m", "m").attr("transA", 1).outputs("gemm");
        b.node("Shape", "x").attr("start", -2).outputs("tail_shape");
        b.node("ConstantOfShape", "tail_shape").outputs("filled");
        b.node("ReduceSum", "x", "idx_axes").attr("keepdims", 0).outputs("rs");
        b.initializerInts("idx_axes", new long[] {1}, 1);
        b.node("Unsqueeze", "x", "ax").outputs("u");
        b.node("Squeeze", "u", "ax2").outputs("sq");
        b.initializerInts("ax2", new long[] {0, -5}, 2);
        b.node("LayerNormalization", "x", "v", "v").attr("axis", -1).outputs("ln");
        b.node("Softmax", "x").attr("axis", 1).outputs("sm");
        b.input("sl_pad", F, 6, 3, 8);
        assertMatchesRuntime(b);
    }

    @Test
    void foldedShapeArithmetic() throws Exception {
        GraphBuilder b = GraphBuilder.create("arith").opset(13);
        b.input("x", F, Shape.of(new long[] {-1, -1, 64}, new String[] {"batch", "seq", null}));
        b.node("Shape", "x").outputs("shape");
        b.constantInts("i1", 1).constantInts("two", 2).constantInts("zero", 0);
        b.node("Gather", "shape", "i1").outputs("seq");
        b.node("Mul", "seq", "two").outputs("seq2");
        b.node("Div", "seq2", "two").outputs("seq_again");
        b.node("Sub", "seq2", "i1").outputs("seq2m1");
        b.node("Range", "zero_s", "seq_s", "one_s").outputs("positions");
        b.initializerInts("zero_s", new long[] {0}).initializerInts("one_s", new long[] {1});
        b.node("Squeeze", "seq").outputs("seq_s");
        b.node("Equal", "shape", "zero_vec").outputs("is_zero");
        b.initializerInts("zero_vec", new long[] {0, 0, 0}, 3);
        b.node("Where", "is_zero", "shape", "shape").outputs("same_shape");
        b.node("Concat", "zero", "seq2m1", "i1").attr("axis", 0).outputs("target");
        b.node("Cast", "seq_again").attr("to", ElementType.INT32.onnxCode()).outputs("seq32");
        b.node("Reshape", "padded", "target").outputs("r");
        b.input("padded", F, 1, 255, 1);
        b.node("Expand", "v1", "same_shape").outputs("ex");
        b.input("v1", F, 64);
        assertMatchesRuntime(b);
    }
}
