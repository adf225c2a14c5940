package io.tensorscope.profiler.report.gain;

import io.tensorscope.engine.evaluate.SampleOutcomes;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.ceilings.CacheSizes;
import io.tensorscope.profiler.ceilings.GpuCeilings;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MachineKey;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.experiment.EvaluationRecord;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.LayerMeasure;
import io.tensorscope.profiler.experiment.LatencyRecord;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.PairedLatency;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A baseline and a quantized candidate with figures chosen by hand: 10 labelled samples (baseline 9 right, candidate
 * 8), 10 ms against 4 ms, a Conv whose quantized kernels take 35 µs instead of 100, a Relu unchanged.
 */
final class ReportFixtures {

    static final MachineKey MACHINE = new MachineKey("test cpu", 2, 1, "ONNX Runtime test");
    static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    static final int[] LABELS = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};

    private ReportFixtures() {
    }

    static ExperimentRecord baseline() {
        return record("b0000000-0000-0000-0000-000000000000", "original", null, null, 4_000_000, 10.0,
                new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 0});
    }

    static ExperimentRecord candidate() {
        return record("c0000000-0000-0000-0000-000000000000", "dynamic int8", baseline().id(),
                new PipelineSpec(null, List.of(new PipelineStep("dynamic-int8", Map.of("per-channel", "false")))),
                1_000_000, 4.0, new int[] {0, 0, 0, 0, 1, 1, 1, 1, 1, 0});
    }

    static ExperimentRecord record(String id, String name, String parent, PipelineSpec pipeline, long size,
                                   double medianMs, int[] predictions) {
        SampleOutcomes outcomes = new SampleOutcomes(LABELS, predictions, List.of("cat", "dog"));
        return new ExperimentRecord(id, name, AT, parent, "toy", "ab".repeat(32), size, pipeline, MACHINE, "0.1.0",
                new LatencyRecord(1, 5, 20, medianMs, 0.9 * medianMs, 1.2 * medianMs),
                new EvaluationRecord("toy-set", null, 10, "top-1 accuracy", outcomes.accuracy(), Map.of(), outcomes),
                List.of());
    }

    static MeasuredDetail baselineDetail() {
        return new MeasuredDetail(1, List.of(
                new LayerMeasure("conv", "Conv", "conv", 100, 100.0 / 110, "conv", "fp32", 0.0),
                new LayerMeasure("relu", "Relu", "relu", 10, 10.0 / 110, "relu", "fp32", Double.NaN),
                new LayerMeasure("bn", "BatchNormalization", "bn", 0, 0, "", "fp32", Double.NaN)),
                List.of(kernel("conv", "Conv", 100, 1_000_000, 10_000, 0), kernel("relu", "Relu", 10, 0, 8_000, 1)), null);
    }

    static MeasuredDetail candidateDetail() {
        return new MeasuredDetail(1, List.of(
                new LayerMeasure("conv_quant", "ConvInteger", "conv", 30, 30.0 / 50, "conv_quant", "int8", Double.NaN),
                new LayerMeasure("conv_scale", "Mul", "conv", 5, 5.0 / 50, "conv_scale", "fp32", Double.NaN),
                new LayerMeasure("relu", "Relu", "relu", 10, 10.0 / 50, "relu", "fp32", Double.NaN),
                new LayerMeasure("extra", "Identity", "extra", 5, 5.0 / 50, "extra", "fp32", Double.NaN)),
                List.of(kernel("conv_quant", "ConvInteger", 30, 1_000_000, 4_000, 0),
                        kernel("conv_scale", "Mul", 5, 1_000, 4_000, 1), kernel("relu", "Relu", 10, 0, 8_000, 2),
                        kernel("extra", "Identity", 5, 0, 1_000, 3)), inTurn());
    }

    static KernelTiming kernel(String name, String op, double micros, long flops, long bytes, int node) {
        return new KernelTiming(name, op, new Percentiles(micros, micros, micros, 20), 0, flops, bytes, List.of(node));
    }

    /** One thread: DRAM 20 GB/s, L1 200 GB/s, fp32 100 GFLOP/s, int8 400 GFLOP/s; 32 KiB L1, 1 MiB L2, 8 MiB L3. */
    static MachineCeilings ceilings() {
        ThreadCeilings one = new ThreadCeilings(1, Map.of(MemoryLevel.L1, 200.0, MemoryLevel.DRAM, 20.0),
                Map.of(Precision.FP32, 100.0, Precision.INT8, 400.0), List.of());
        return new MachineCeilings("test cpu", 2, "ONNX Runtime test", new CacheSizes(32 << 10, 1 << 20, 8 << 20, true),
                AT, one, one, GpuCeilings.absent("no GPU"), List.of());
    }

    static PairedLatency inTurn() {
        return PairedLatency.of(new double[] {10, 10, 10, 10}, new double[] {4, 4, 5, 4});
    }

    static List<ReportSubject> subjects() {
        return List.of(new ReportSubject(baseline(), baselineDetail(), null, List.of()),
                new ReportSubject(candidate(), candidateDetail(), inTurn(), List.of(baseline())));
    }
}
