package io.tensorscope.profiler.workspace;

import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import java.util.Objects;

/**
 * An experiment to record, with the model to store beside it or none (an original, recorded by digest).
 *
 * @param record the experiment
 * @param model  its model, to keep in the workspace's {@code models/} folder; null to record the digest only
 * @param detail its per-layer and per-kernel measurements, for reports made later; null when not measured
 */
public record Recording(ExperimentRecord record, Model model, MeasuredDetail detail) {

    public Recording {
        Objects.requireNonNull(record);
    }

    /** A recording without measurements. */
    public Recording(ExperimentRecord record, Model model) {
        this(record, model, null);
    }

    /** @return this recording with {@code measured} kept beside the record */
    public Recording withDetail(MeasuredDetail measured) {
        return new Recording(record, model, measured);
    }

    /** @return {@code record} with nothing stored: the user's own file (an original) is recorded by its digest */
    public static Recording byDigest(ExperimentRecord record) {
        return new Recording(record, null);
    }

    /**
     * @return {@code record} with {@code model} stored, unless its weights live in external data files (then it is
     * recorded by digest: the model file alone would not be complete)
     */
    public static Recording withModel(ExperimentRecord record, Model model) {
        boolean external = model.graph().getInitializerList().stream()
                .anyMatch(t -> t.getDataLocation() == TensorProto.DataLocation.EXTERNAL);
        return new Recording(record, external ? null : model);
    }
}
