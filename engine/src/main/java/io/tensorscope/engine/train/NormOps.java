package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.LayerNorm;
import java.util.Map;

/**
 * BatchNormalization (channels on axis 1) and LayerNormalization. In training mode BatchNormalization normalises
 * with the batch's statistics and updates the running mean and variance in place, by the node's {@code momentum}
 * (running = momentum·running + (1 − momentum)·batch; PyTorch's unbiased batch variance); in evaluation mode it uses
 * the running statistics, as ONNX Runtime does.
 */
final class NormOps {

    /** DJL's axis value that hands the input to PyTorch's batch_norm as it is (channels on axis 1). */
    private static final int TORCH_CHANNEL_AXIS = -1;

    private NormOps() {
    }

    static void register(Map<String, OpBinder> ops) {
        ops.put("BatchNormalization", NormOps::batchNorm);
        ops.put("LayerNormalization", NormOps::layerNorm);
    }

    private static NodeOp batchNorm(NodeSpec spec) {
        float epsilon = spec.floatOr("epsilon", 1e-5f);
        float momentum = spec.floatOr("momentum", 0.9f);
        return in -> BatchNorm.batchNorm(in.get(0), in.get(3), in.get(4), in.get(1), in.get(2), TORCH_CHANNEL_AXIS,
                momentum, epsilon, in.training()).singletonOrThrow();
    }

    private static NodeOp layerNorm(NodeSpec spec) {
        int axis = Math.toIntExact(spec.intOr("axis", -1));
        float epsilon = spec.floatOr("epsilon", 1e-5f);
        return in -> {
            NDArray x = in.get(0);
            int rank = x.getShape().dimension();
            Shape normalized = x.getShape().slice(axis < 0 ? axis + rank : axis);
            NDArray scale = fit(in.get(1), normalized);
            NDArray bias = in.get(2) == null ? in.scope().zeros(normalized) : fit(in.get(2), normalized);
            return LayerNorm.layerNorm(x, normalized, scale, bias, epsilon).singletonOrThrow();
        };
    }

    /** @return {@code p} broadcast to the normalised shape when ONNX's broadcasting gave it fewer axes */
    private static NDArray fit(NDArray p, Shape normalized) {
        return p.getShape().equals(normalized) ? p : p.broadcast(normalized);
    }
}
