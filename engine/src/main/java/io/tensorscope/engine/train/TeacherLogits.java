package io.tensorscope.engine.train;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.ImageInput;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import java.util.List;

/**
 * A teacher's logits for the first {@code count} images of a data set, computed once with ONNX Runtime and kept for a
 * whole distillation run.
 *
 * @param classes logits per image
 * @param values  {@code count · classes} logits, image after image
 */
record TeacherLogits(int classes, float[] values) {

    private static final int BATCH = 100;

    /**
     * @return the logits (the input of the teacher's final Softmax, else its first output)
     * @throws TensorscopeException {@code BAD_ARGUMENT} if the teacher does not take the images; {@code CANCELLED}
     */
    static TeacherLogits compute(Model teacher, LabelledImages images, int count, int threads, ProgressListener progress)
            throws TensorscopeException {
        ImageInput input = ImageInput.of(teacher, images);
        String logits = Logits.of(teacher);
        Model exposed = logits.equals(teacher.outputs().get(0).name()) ? teacher : teacher.exposing(List.of(logits));
        float[] values = null;
        int classes = 0;
        try (OnnxRunner runner = OnnxRunner.open(exposed, RunOptions.builder().threads(threads).build())) {
            for (int start = 0; start < count; start += BATCH) {
                progress.checkCancelled();
                progress.onProgress((double) start / count, start + " of " + count + " images");
                int n = Math.min(BATCH, count - start);
                float[] batch = runner.run(List.of(input.batch(images.batch(start, n), n))).stream()
                        .filter(t -> t.name().equals(logits)).findFirst().map(TensorData::floats).orElseThrow();
                if (values == null) {
                    classes = batch.length / n;
                    values = new float[count * classes];
                }
                System.arraycopy(batch, 0, values, start * classes, batch.length);
            }
        }
        progress.onProgress(1, count + " images");
        return new TeacherLogits(classes, values);
    }

    /** @return the logits of the images at {@code indices}, one row per image */
    float[] rows(int[] indices) {
        float[] out = new float[indices.length * classes];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(values, indices[i] * classes, out, i * classes, classes);
        }
        return out;
    }
}
