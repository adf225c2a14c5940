package io.tensorscope.engine.shape;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelLoader;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our shape inference against ONNX's own reference results: the node tests of the ONNX conformance
 * suite (Debian package {@code libonnx-testdata}, installed by {@code .ci/run}) store, per operator
 * case, a model and the outputs the ONNX reference implementation computed. For every case of every operator we
 * have a shape rule for, the inferred output shapes must equal the reference outputs' shapes.
 */
class OnnxConformanceShapeTest {

    private static final Path SUITE = Path.of(System.getProperty("tensorscope.onnx.testdata",
            "/usr/share/libonnx-testdata/data/node"));

    /** Every operator we claim shapes for: each one with a rule. */
    private static final Set<String> SUPPORTED = ShapeInference.supportedOpTypes();

    /**
     * Cases whose reference inputs contradict their own model (the {@code like} input is stored as [1]
     * while the model declares 3x4); rejecting them with BAD_INPUT_SHAPE is the right answer.
     */
    private static final Set<String> INCONSISTENT_REFERENCE = Set.of(
            "test_castlike_BFLOAT16_to_FLOAT_expanded", "test_castlike_FLOAT_to_BFLOAT16_expanded");

    private record Outcome(String test, String op, String output, String expected, String inferred) {
    }

    @Test
    void inferredShapesEqualTheReferenceOutputs() throws IOException {
        assumeTrue(Files.isDirectory(SUITE), "ONNX conformance suite not installed (apt-get install libonnx-testdata)");
        List<Outcome> matched = new ArrayList<>();
        List<Outcome> wrong = new ArrayList<>();
        List<Outcome> unknown = new ArrayList<>();
        try (Stream<Path> tests = Files.list(SUITE)) {
            for (Path test : tests.sorted().toList()) {
                check(test, matched, wrong, unknown);
            }
        }
        System.out.printf("ONNX conformance shapes: %d outputs equal, %d wrong, %d unknown%n",
                matched.size(), wrong.size(), unknown.size());
        java.util.Map<String, Long> perOp = new java.util.TreeMap<>();
        matched.forEach(o -> perOp.merge(o.op(), 1L, Long::sum));
        System.out.println("  outputs equal per operator: " + perOp);
        wrong.forEach(o -> System.out.println("  WRONG   " + o));
        unknown.forEach(o -> System.out.println("  UNKNOWN " + o));
        assertTrue(matched.size() > 250, "the suite covers our operators with hundreds of cases: " + matched.size());
        assertTrue(wrong.isEmpty(), "shapes that differ from ONNX's reference: " + wrong);
        assertTrue(unknown.size() <= matched.size() / 20,
                "at most 5 % of supported cases may stay unknown: " + unknown.size() + " " + unknown);
    }

    private static void check(Path test, List<Outcome> matched, List<Outcome> wrong, List<Outcome> unknown)
            throws IOException {
        Path modelFile = test.resolve("model.onnx");
        Path data = test.resolve("test_data_set_0");
        if (!Files.isRegularFile(modelFile) || !Files.isDirectory(data)
                || INCONSISTENT_REFERENCE.contains(test.getFileName().toString())) {
            return;
        }
        Model model;
        try {
            model = new ModelLoader().load(modelFile, ProgressListener.NONE);
        } catch (TensorscopeException e) {
            return;
        }
        if (model.nodeCount() != 1 || !SUPPORTED.contains(model.graph().getNode(0).getOpType())) {
            return;
        }
        InferredShapes shapes;
        try {
            shapes = ShapeInference.infer(model, sizesFrom(model, data));
        } catch (TensorscopeException e) {
            wrong.add(new Outcome(test.getFileName().toString(), model.graph().getNode(0).getOpType(), "-", "inference",
                    e.getMessage()));
            return;
        }
        List<TensorInfo> outputs = model.outputs();
        for (int i = 0; i < outputs.size(); i++) {
            Path expectedFile = data.resolve("output_" + i + ".pb");
            if (!Files.isRegularFile(expectedFile)) {
                continue;
            }
            long[] expected = read(expectedFile).getDimsList().stream().mapToLong(Long::longValue).toArray();
            Shape inferred = shapes.shapeOf(outputs.get(i).name());
            Outcome o = new Outcome(test.getFileName().toString(), model.graph().getNode(0).getOpType(),
                    outputs.get(i).name(), Arrays.toString(expected), inferred.toString());
            if (!inferred.isKnown()) {
                unknown.add(o);
            } else if (Arrays.equals(inferred.dims(), expected)) {
                matched.add(o);
            } else {
                wrong.add(o);
            }
        }
    }

    /** Input sizes as the reference inputs have them (rank ≥ 1 only; scalars keep their declared shape). */
    private static InputSizes sizesFrom(Model model, Path data) throws IOException {
        List<String> specs = new ArrayList<>();
        List<TensorInfo> inputs = model.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            Path file = data.resolve("input_" + i + ".pb");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<Long> dims = read(file).getDimsList();
            if (!dims.isEmpty() && dims.stream().allMatch(d -> d > 0)) {
                specs.add(inputs.get(i).name() + "=" + String.join("x", dims.stream().map(String::valueOf).toList()));
            }
        }
        try {
            return InputSizes.parse(specs);
        } catch (TensorscopeException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TensorProto read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TensorProto.parseFrom(in);
        }
    }
}
