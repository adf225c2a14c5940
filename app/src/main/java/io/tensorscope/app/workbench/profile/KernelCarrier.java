package io.tensorscope.app.workbench.profile;

import io.tensorscope.engine.cost.NodeCost;

import java.util.List;

/**
 * Which of the original nodes a kernel covers stands for it when the kernel is picked: the one that carries its FLOPs
 * (the Conv, MatMul or Gemm of a fused Conv+Add+Relu), not the first in graph order, which is often a Constant.
 */
final class KernelCarrier {

    private KernelCarrier() {
    }

    /**
     * @param covered node indices a kernel covers, ascending, not empty
     * @param nodes   every node's cost, by index
     * @return the covered node with the most FLOPs (the first of equals); when none has FLOPs, the first that is not
     * a {@code Constant}; else the first
     */
    static int of(List<Integer> covered, List<NodeCost> nodes) {
        int best = covered.get(0);
        long bestFlops = -1;
        for (int index : covered) {
            long flops = index < nodes.size() ? nodes.get(index).flops() : 0;
            if (flops > bestFlops) {
                best = index;
                bestFlops = flops;
            }
        }
        if (bestFlops > 0) {
            return best;
        }
        return covered.stream().filter(i -> i < nodes.size() && !nodes.get(i).opType().equals("Constant"))
                .findFirst().orElse(covered.get(0));
    }
}
