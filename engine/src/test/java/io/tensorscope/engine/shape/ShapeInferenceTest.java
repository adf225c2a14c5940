package io.tensorscope.engine.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shape rules on small graphs built in code. */
class ShapeInferenceTest {

    private static final ElementType F = ElementType.FLOAT;

    private static InferredShapes infer(GraphBuilder b, String... sizes) throws TensorscopeException {
        return ShapeInference.infer(b.build(), InputSizes.parse(List.of(sizes)));
    }

    private static Shape symbolic(String... dims) {
        long[] sizes = new long[dims.length];
        String[] symbols = new String[dims.length];
        for (int i = 0; i < dims.length; i++) {
            boolean number = dims[i].chars().allMatch(Character::isDigit);
            sizes[i] = number ? Long.parseLong(dims[i]) : Shape.UNKNOWN;
            symbols[i] = number ? null : dims[i];
        }
        return Shape.of(sizes, symbols);
    }

    @Test
    void broadcastingFollowsNumpy() throws Exception {
        GraphBuilder b = GraphBuilder.create("bcast");
        b.input("a", F, 8, 1, 6, 1).input("b", F, 7, 1, 5).input("c", F, 5);
        b.node("Add", "a", "b").outputs("ab");
        b.node("Mul", "ab", "c").outputs("abc");
        b.node("Where", "cond", "a", "c").outputs("w");
        b.constantScalar("half", 0.5f);
        b.node("Mul", "half", "c").outputs("scalar_times_vector");
        b.input("cond", ElementType.BOOL, 6, 1);
        InferredShapes s = infer(b);
        assertEquals(Shape.of(8, 7, 6, 5), s.shapeOf("ab"));
        assertEquals(Shape.of(8, 7, 6, 5), s.shapeOf("abc"));
        assertEquals(Shape.of(8, 1, 6, 5), s.shapeOf("w"));
        assertEquals(Shape.scalar(), s.shapeOf("half"));
        assertEquals(Shape.of(5), s.shapeOf("scalar_times_vector"));
    }

    @Test
    void incompatibleBroadcastIsABadInputShape() {
        GraphBuilder b = GraphBuilder.create("bad");
        b.input("a", F, symbolic("batch", "seq")).input("b", F, 1, 512);
        b.node("Add", "a", "b").name("add_positions").outputs("c");
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> infer(b, "a=1x1000"));
        assertEquals(ErrorCode.BAD_INPUT_SHAPE, e.code());
        assertTrue(e.getMessage().contains("add_positions") && e.getMessage().contains("1x1000"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void inputSizesBindSymbolsAndContradictionsAreRejected() throws Exception {
        GraphBuilder b = GraphBuilder.create("inputs");
        b.input("ids", ElementType.INT64, symbolic("batch", "seq")).input("mask", ElementType.INT64, symbolic("batch", "seq"))
                .input("img", F, symbolic("N", "3", "H", "W"));
        b.node("Add", "ids", "mask").outputs("sum");
        InferredShapes s = infer(b, "ids=2x16");
        assertEquals(Shape.of(2, 16), s.shapeOf("mask"), "mask shares the symbols of ids");
        assertEquals(Shape.of(1, 3, 128, 128), s.shapeOf("img"), "defaults: batch 1, others 128");
        for (String spec : new String[] {"ids=1x2x3", "img=1x4x224x224", "nosuch=1x2"}) {
            TensorscopeException e = assertThrows(TensorscopeException.class, () -> infer(b, spec), spec);
            assertEquals(ErrorCode.BAD_INPUT_SHAPE, e.code());
            assertTrue(e.getMessage().startsWith("input sizes "), "says what, in words: " + e.getMessage());
        }
        TensorscopeException twice = assertThrows(TensorscopeException.class, () -> infer(b, "ids=1x16", "mask=1x32"));
        assertFalse(twice.getMessage().contains("--"), "the engine quotes no command-line flag: " + twice.getMessage());
    }

    @Test
    void reshapeCopiesZerosAndInfersMinusOne() throws Exception {
        GraphBuilder b = GraphBuilder.create("reshape");
        b.input("x", F, 2, 3, 4, 5);
        b.initializerInts("t1", new long[] {0, -1, 10}, 3);
        b.initializerInts("t2", new long[] {-1}, 1);
        b.initializerInts("bad", new long[] {7, -1}, 2);
        b.node("Reshape", "x", "t1").outputs("r1");
        b.node("Reshape", "x", "t2").outputs("r2");
        assertEquals(Shape.of(2, 6, 10), infer(b).shapeOf("r1"));
        assertEquals(Shape.of(120), infer(b).shapeOf("r2"));
        b.node("Reshape", "x", "bad").outputs("r3");
        assertEquals(ErrorCode.BAD_INPUT_SHAPE, assertThrows(TensorscopeException.class, () -> infer(b)).code());
    }

    @Test
    void shapeSubgraphsAreFoldedIntoReshapeTargets() throws Exception {
        GraphBuilder b = GraphBuilder.create("fold");
        b.input("x", F, symbolic("batch", "seq", "384"));
        b.node("Shape", "x").outputs("shape");
        b.constantInts("zero", 0).constantInts("one", 1).constantInts("heads", 12).constantInts("size", 32);
        b.node("Gather", "shape", "zero").attr("axis", 0).outputs("b");
        b.node("Gather", "shape", "one").attr("axis", 0).outputs("s");
        b.node("Concat", "b", "s", "heads", "size").attr("axis", 0).outputs("target");
        b.node("Reshape", "x", "target").outputs("split");
        b.node("Transpose", "split").attrInts("perm", 0, 2, 1, 3).outputs("heads_first");
        b.node("ConstantOfShape", "target").outputs("zeros");
        b.node("Expand", "x", "shape").outputs("same");
        InferredShapes s = infer(b, "x=2x16x384");
        assertEquals(Shape.of(2, 16, 12, 32), s.shapeOf("split"));
        assertEquals(Shape.of(2, 12, 16, 32), s.shapeOf("heads_first"));
        assertEquals(Shape.of(2, 16, 12, 32), s.shapeOf("zeros"));
        assertEquals(F, s.typeOf("zeros"));
        assertEquals(Shape.of(2, 16, 384), s.shapeOf("same"));
    }

    @Test
    void sliceClampsAndCountsNegativeIndexesFromTheEnd() throws Exception {
        GraphBuilder b = GraphBuilder.create("slice");
        b.input("x", F, 10, 20, 30);
        b.initializerInts("starts", new long[] {-3, 1}, 2);
        b.initializerInts("ends", new long[] {Long.MAX_VALUE, -1}, 2);
        b.initializerInts("axes", new long[] {-1, 0}, 2);
        b.initializerInts("rstart", new long[] {-1}, 1);
        b.initializerInts("rend", new long[] {Long.MIN_VALUE}, 1);
        b.initializerInts("rstep", new long[] {-2}, 1);
        b.initializerInts("axis1", new long[] {1}, 1);
        b.node("Slice", "x", "starts", "ends", "axes").outputs("y");
        b.node("Slice", "x", "rstart", "rend", "axis1", "rstep").outputs("reversed");
        InferredShapes s = infer(b);
        assertEquals(Shape.of(8, 20, 3), s.shapeOf("y"));
        assertEquals(Shape.of(10, 10, 30), s.shapeOf("reversed"));
    }

    @Test
    void sliceBeforeOpset10UsesAttributes() throws Exception {
        GraphBuilder b = GraphBuilder.create("slice9").opset(9);
        b.input("x", F, 4, 6);
        b.node("Slice", "x").attrInts("starts", -4).attrInts("ends", 100).attrInts("axes", 1).outputs("y");
        assertEquals(Shape.of(4, 4), infer(b).shapeOf("y"));
    }

    @Test
    void foldedSliceAndGatherValuesFeedReshape() throws Exception {
        GraphBuilder b = GraphBuilder.create("foldslice");
        b.input("x", F, 2, 3, 4);
        b.node("Shape", "x").outputs("shape");
        b.initializerInts("s", new long[] {-2}, 1).initializerInts("e", new long[] {3}, 1);
        b.node("Slice", "shape", "s", "e").outputs("last2");
        b.node("ReduceProd", "last2").outputs("unused");
        b.constantInts("minus1", -1);
        b.node("Concat", "minus1", "last2").attr("axis", 0).outputs("t");
        b.node("Reshape", "x", "t").outputs("y");
        assertEquals(Shape.of(2, 3, 4), infer(b).shapeOf("y"));
    }

    @Test
    void poolsHonourCeilModePadsStridesAndDilations() throws Exception {
        GraphBuilder b = GraphBuilder.create("pools");
        b.input("x", F, 1, 8, 5, 5);
        b.node("MaxPool", "x").attrInts("kernel_shape", 2, 2).attrInts("strides", 2, 2).outputs("floor");
        b.node("MaxPool", "x").attrInts("kernel_shape", 2, 2).attrInts("strides", 2, 2).attr("ceil_mode", 1).outputs("ceil", "idx");
        b.node("AveragePool", "x").attrInts("kernel_shape", 2, 2).attrInts("strides", 2, 2).attrInts("pads", 1, 1, 1, 1)
                .attr("ceil_mode", 1).outputs("padded");
        b.node("MaxPool", "x").attrInts("kernel_shape", 2, 2).attrInts("dilations", 2, 2).outputs("dilated");
        b.node("AveragePool", "x").attrInts("kernel_shape", 3, 3).attrInts("strides", 2, 2).attr("auto_pad", "SAME_UPPER")
                .outputs("same");
        b.node("GlobalAveragePool", "x").outputs("global");
        InferredShapes s = infer(b);
        assertEquals(Shape.of(1, 8, 2, 2), s.shapeOf("floor"));
        assertEquals(Shape.of(1, 8, 3, 3), s.shapeOf("ceil"));
        assertEquals(ElementType.INT64, s.typeOf("idx"));
        assertEquals(Shape.of(1, 8, 3, 3), s.shapeOf("padded"), "ceil(5/2)+1 = 4 windows, but the 4th would start in the end padding");
        assertEquals(Shape.of(1, 8, 3, 3), s.shapeOf("dilated"));
        assertEquals(Shape.of(1, 8, 3, 3), s.shapeOf("same"));
        assertEquals(Shape.of(1, 8, 1, 1), s.shapeOf("global"));
    }

    @Test
    void convolutionsAndMatrixProducts() throws Exception {
        GraphBuilder b = GraphBuilder.create("conv");
        b.input("x", F, 1, 3, 224, 224).input("a", F, 2, 5, 64, 32).input("v", F, 32);
        b.zeros("w", F, 64, 3, 7, 7).zeros("dw", F, 64, 1, 3, 3).zeros("up", F, 64, 16, 4, 4);
        b.zeros("m", F, 32, 10).zeros("g", F, 10, 32).zeros("gb", F, 10);
        b.node("Conv", "x", "w").attrInts("strides", 2, 2).attrInts("pads", 3, 3, 3, 3).outputs("c");
        b.node("Conv", "c", "dw").attr("group", 64).attr("auto_pad", "SAME_UPPER").outputs("depthwise");
        b.node("ConvTranspose", "c", "up").attrInts("strides", 2, 2).attrInts("pads", 1, 1, 1, 1).outputs("upsampled");
        b.node("MatMul", "a", "m").outputs("am");
        b.node("MatMul", "v", "m").outputs("vm");
        b.node("Gemm", "am2d", "g", "gb").attr("transB", 1).outputs("gemm");
        b.input("am2d", F, 7, 32);
        InferredShapes s = infer(b);
        assertEquals(Shape.of(1, 64, 112, 112), s.shapeOf("c"));
        assertEquals(Shape.of(1, 64, 112, 112), s.shapeOf("depthwise"));
        assertEquals(Shape.of(1, 16, 224, 224), s.shapeOf("upsampled"));
        assertEquals(Shape.of(2, 5, 64, 10), s.shapeOf("am"));
        assertEquals(Shape.of(10), s.shapeOf("vm"));
        assertEquals(Shape.of(7, 10), s.shapeOf("gemm"));
    }

    @Test
    void axesMoveFromAttributesToInputsAtOpset13() throws Exception {
        for (long opset : new long[] {11, 13, 18}) {
            GraphBuilder b = GraphBuilder.create("axes").opset(opset);
            b.input("x", F, 2, 6, 1);
            b.initializerInts("axes", new long[] {0, -1}, 2);
            b.initializerInts("parts", new long[] {2, 4}, 2);
            var u = b.node("Unsqueeze", opset < 13 ? new String[] {"x"} : new String[] {"x", "axes"}).outputs("u");
            b.node("Squeeze", "x").outputs("q");
            var sp = b.node("Split", opset < 13 ? new String[] {"x"} : new String[] {"x", "parts"}).attr("axis", 1)
                    .outputs("p0", "p1");
            b.node("Split", "x").attr("axis", 1).outputs("e0", "e1", "e2");
            var r = b.node("ReduceMean", opset < 18 ? new String[] {"x"} : new String[] {"x", "axes"}).outputs("mean");
            if (opset < 13) {
                u.attrInts("axes", 0, -1);
                sp.attrInts("split", 2, 4);
            }
            if (opset < 18) {
                r.attrInts("axes", 0, -1);
            }
            InferredShapes s = infer(b);
            assertEquals(Shape.of(1, 2, 6, 1, 1), s.shapeOf("u"), "opset " + opset);
            assertEquals(Shape.of(2, 6), s.shapeOf("q"));
            assertEquals(Shape.of(2, 2, 1), s.shapeOf("p0"));
            assertEquals(Shape.of(2, 4, 1), s.shapeOf("p1"));
            assertEquals(Shape.of(2, 2, 1), s.shapeOf("e2"));
            assertEquals(Shape.of(1, 6, 1), s.shapeOf("mean"));
        }
    }

    @Test
    void opWithoutRuleLeavesOutputsUnknownUnlessDeclared() throws Exception {
        GraphBuilder b = GraphBuilder.create("custom");
        b.input("x", F, symbolic("batch", "8"));
        b.node("FancyOp", "x").outputs("f");
        b.node("Relu", "f").outputs("r");
        b.node("OtherOp", "x").outputs("g");
        b.node("Relu", "g").outputs("h");
        b.valueInfo("g", F, symbolic("batch", "4"));
        InferredShapes s = infer(b, "x=3x8");
        assertFalse(s.shapeOf("f").hasRank());
        assertFalse(s.shapeOf("r").hasRank());
        assertEquals(Shape.of(3, 4), s.shapeOf("g"), "declared value_info, symbol resolved from the inputs");
        assertEquals(Shape.of(3, 4), s.shapeOf("h"));
    }

    @Test
    void explicitReshapeTargetRecoversAfterAnUnknownOp() throws Exception {
        GraphBuilder b = GraphBuilder.create("recover");
        b.input("x", F, 2, 8);
        b.initializerInts("explicit", new long[] {4, 4}, 2).initializerInts("relative", new long[] {-1, 4}, 2);
        b.node("FancyOp", "x").outputs("f");
        b.node("Reshape", "f", "explicit").outputs("known");
        b.node("Reshape", "f", "relative").outputs("still_unknown");
        InferredShapes s = infer(b);
        assertEquals(Shape.of(4, 4), s.shapeOf("known"));
        assertFalse(s.shapeOf("still_unknown").hasRank());
    }

    @Test
    void quantizedOperatorsHaveIntegerTypes() throws Exception {
        GraphBuilder b = GraphBuilder.create("quant");
        b.input("x", F, 1, 128, 384);
        b.zeros("w", ElementType.INT8, 384, 1536).zeros("wzp", ElementType.INT8).zeros("ws", F);
        b.node("DynamicQuantizeLinear", "x").outputs("xq", "xs", "xzp");
        b.node("MatMulInteger", "xq", "w", "xzp", "wzp").outputs("acc");
        b.node("Cast", "acc").attr("to", (long) ElementType.FLOAT.onnxCode()).outputs("accf");
        b.node("QuantizeLinear", "x", "ws", "wzp").outputs("q");
        b.node("DequantizeLinear", "q", "ws", "wzp").outputs("dq");
        InferredShapes s = infer(b);
        assertEquals(ElementType.UINT8, s.typeOf("xq"));
        assertEquals(Shape.scalar(), s.shapeOf("xs"));
        assertEquals(ElementType.INT32, s.typeOf("acc"));
        assertEquals(Shape.of(1, 128, 1536), s.shapeOf("acc"));
        assertEquals(F, s.typeOf("accf"));
        assertEquals(ElementType.INT8, s.typeOf("q"));
        assertEquals(F, s.typeOf("dq"));
    }
}
