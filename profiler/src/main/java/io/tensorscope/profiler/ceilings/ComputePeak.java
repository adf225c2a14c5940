package io.tensorscope.profiler.ceilings;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.TemporaryFolder;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.profiler.timing.KernelEvent;
import io.tensorscope.profiler.timing.OrtProfileReader;
import java.util.List;
import java.util.Random;

/**
 * Peak compute measured with the runtime that runs the models: one large square matrix product (ONNX
 * {@code MatMul} for fp32 and fp16, {@code MatMulInteger} u8 × s8 for int8) built in code and run several
 * times, timed by ONNX Runtime's own profiler so that copying inputs and outputs is not counted. The peak is
 * 2·n³ operations over the fastest kernel run. Graph optimisation is off so nothing is folded away.
 */
final class ComputePeak {

    private static final int WARMUP_RUNS = 1;
    private static final int TIMED_RUNS = 6;

    private ComputePeak() {
    }

    /**
     * @param precision fp32, fp16 or int8
     * @param size      n of the n × n × n product
     * @param threads   intra-op threads
     * @return operations per second, 10^9
     * @throws TensorscopeException {@code UNSUPPORTED_OPERATOR} when the runtime has no kernel for it here
     */
    static double measureGflops(Precision precision, int size, int threads) throws TensorscopeException {
        Model model = productModel(precision, size);
        float[] values = new float[size * size];
        Random random = new Random(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat();
        }
        List<TensorData> inputs = List.of(TensorData.ofFloats("a", values, size, size));
        try (TemporaryFolder folder = TemporaryFolder.create("tensorscope-peak-")) {
            RunOptions options = RunOptions.builder().threads(threads).optimization(OptimizationLevel.NONE)
                    .profileInto(folder.path()).build();
            try (OnnxRunner runner = OnnxRunner.open(model, options)) {
                for (int r = 0; r < WARMUP_RUNS + TIMED_RUNS; r++) {
                    runner.run(inputs);
                }
            }
            String product = precision == Precision.INT8 ? "MatMulInteger" : "MatMul";
            long fastestMicros = OrtProfileReader.read(OrtProfileReader.findIn(folder.path()), WARMUP_RUNS).kernels()
                    .stream().filter(e -> e.opType().equals(product)).mapToLong(KernelEvent::durationMicros)
                    .filter(d -> d > 0).min().orElse(Long.MAX_VALUE);
            return 2.0 * size * size * (double) size / (fastestMicros * 1e3);
        }
    }

    /** @return a graph with float input {@code a} [n, n] multiplied by an n × n weight of the precision */
    static Model productModel(Precision precision, int size) {
        GraphBuilder g = GraphBuilder.create("peak-" + precision.key()).opset(13)
                .input("a", ElementType.FLOAT, size, size);
        switch (precision) {
            case FP32 -> {
                g.zeros("w", ElementType.FLOAT, size, size);
                g.node("MatMul", "a", "w").name("product").outputs("y");
                g.output("y", ElementType.FLOAT);
            }
            case FP16 -> {
                g.zeros("w", ElementType.FLOAT16, size, size);
                g.node("Cast", "a").name("to_fp16").outputs("a16").attr("to", ElementType.FLOAT16.onnxCode());
                g.node("MatMul", "a16", "w").name("product").outputs("y16");
                g.node("Cast", "y16").name("to_fp32").outputs("y").attr("to", ElementType.FLOAT.onnxCode());
                g.output("y", ElementType.FLOAT);
            }
            case INT8 -> {
                g.zeros("w", ElementType.INT8, size, size);
                g.zeros("a_zero", ElementType.UINT8);
                g.constantScalar("a_scale", 1f / 255);
                g.node("QuantizeLinear", "a", "a_scale", "a_zero").name("quantize").outputs("a8");
                g.node("MatMulInteger", "a8", "w").name("product").outputs("y32");
                g.node("Cast", "y32").name("to_fp32").outputs("y").attr("to", ElementType.FLOAT.onnxCode());
                g.output("y", ElementType.FLOAT);
            }
            default -> throw new IllegalArgumentException(precision.toString());
        }
        return g.build();
    }
}
