package io.tensorscope.profiler.advice;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.List;

/**
 * Convolutions and matrix products whose output channels are not a multiple of 16: vectorised CPU kernels work in
 * blocks of 8 or 16 channels (AVX2, AVX-512) and pad the rest, so such layers waste part of every block — and channel
 * pruning can round to a multiple ({@code --round auto}).
 */
final class ChannelMultiplesRule implements AdviceRule {

    static final int BLOCK = 16;

    @Override
    public String id() {
        return "channel-multiples";
    }

    @Override
    public List<Finding> check(AdviceInput input) {
        List<String> odd = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < input.model().nodeCount(); i++) {
            NodeProto node = input.model().graph().getNode(i);
            long channels = outputChannels(input, node);
            if (channels > BLOCK && channels % BLOCK != 0) {
                odd.add(input.model().nodeName(i));
                if (examples.size() < 3) {
                    examples.add(input.model().nodeName(i) + " " + channels);
                }
            }
        }
        if (odd.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.INFO, odd.size() + " layer" + (odd.size() == 1 ? "" : "s")
                        + " with output channels not a multiple of " + BLOCK,
                "e.g. " + String.join(", ", examples),
                "when pruning channels, round to multiples (prune --method channel --round auto); when designing, "
                        + "prefer multiples of 16", odd));
    }

    /** @return the output channels a float weight gives {@code node} (Conv: dim 0; MatMul: last dim), 0 if none */
    private static long outputChannels(AdviceInput input, NodeProto node) {
        boolean conv = node.getOpType().equals("Conv");
        boolean matMul = node.getOpType().equals("MatMul") || node.getOpType().equals("Gemm");
        if (!(conv || matMul) || node.getInputCount() < 2) {
            return 0;
        }
        TensorProto weight = input.model().index().constantValue(node.getInput(1));
        if (weight == null || weight.getDimsCount() < 2 || ElementType.fromOnnx(weight.getDataType()) != ElementType.FLOAT) {
            return 0;
        }
        return conv ? weight.getDims(0) : weight.getDims(weight.getDimsCount() - 1);
    }
}
