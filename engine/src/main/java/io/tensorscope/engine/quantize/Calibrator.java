package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.Runner;
import io.tensorscope.engine.runtime.TensorData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calibrates activation ranges: runs the model (with the wanted tensors exposed as extra outputs, unless they are
 * graph outputs already) over the
 * calibration batches, streaming — each batch's values update fixed-size statistics and are dropped, so memory stays
 * flat however many samples there are. Two passes over the data for the histogram methods.
 */
public final class Calibrator {

    /** One batch of model inputs, made on demand (so batches need not all be in memory). */
    @FunctionalInterface
    public interface Batches {
        /** @return the inputs of batch {@code index} (0 ≤ index &lt; {@code count}) */
        List<TensorData> batch(int index) throws TensorscopeException;
    }

    private Calibrator() {
    }

    /**
     * @param model    the float model
     * @param tensors  float tensors to calibrate
     * @param data     calibration inputs and the runtime
     * @param method   how ranges are chosen
     * @param progress progress and cancellation
     * @return tensor name → {min, max} of its quantization range
     */
    public static Map<String, float[]> calibrate(Model model, List<String> tensors, CalibrationRun data,
                                                 CalibrationMethod method, ProgressListener progress)
            throws TensorscopeException {
        List<String> outputs = new ArrayList<>(model.outputs().stream().map(TensorInfo::name).toList());
        int[] position = new int[tensors.size()];
        List<String> extra = new ArrayList<>();
        for (int t = 0; t < tensors.size(); t++) {
            int existing = outputs.indexOf(tensors.get(t));
            if (existing < 0) {
                outputs.add(tensors.get(t));
                extra.add(tensors.get(t));
                existing = outputs.size() - 1;
            }
            position[t] = existing;
        }
        Model exposed = model.exposing(extra);
        Batches batches = data.batches();
        int count = data.count();
        Map<String, ValueHistogram> stats = new LinkedHashMap<>();
        tensors.forEach(t -> stats.put(t, new ValueHistogram()));
        int passes = method == CalibrationMethod.MINMAX ? 1 : 2;
        try (Runner runner = data.runners().open(exposed, RunOptions.builder().threads(Runtime.getRuntime()
                .availableProcessors()).optimization(OptimizationLevel.NONE).build())) {
            for (int pass = 0; pass < passes; pass++) {
                for (int b = 0; b < count; b++) {
                    progress.checkCancelled();
                    progress.onProgress((pass * count + b) / (double) (passes * count), "calibrating ("
                            + (pass == 0 ? "ranges" : "histograms") + "), batch " + (b + 1) + " of " + count);
                    List<TensorData> results = runner.run(batches.batch(b));
                    for (int t = 0; t < tensors.size(); t++) {
                        ValueHistogram h = stats.get(tensors.get(t));
                        float[] values = results.get(position[t]).floats();
                        if (pass == 0) {
                            h.observeRange(values);
                        } else {
                            h.observeHistogram(values);
                        }
                    }
                }
            }
        }
        Map<String, float[]> ranges = new LinkedHashMap<>();
        stats.forEach((tensor, h) -> ranges.put(tensor, RangeSelection.select(h, method)));
        return ranges;
    }
}
