package io.tensorscope.app.workbench.profile;

import io.tensorscope.engine.cost.NodeCost;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which covered node a fused kernel's point selects. */
class KernelCarrierTest {

    private static NodeCost node(int index, String opType, long flops) {
        return new NodeCost(index, opType + "_" + index, opType, List.of(), List.of("t" + index), List.of(), true,
                flops, 0, 0, 0);
    }

    private static final List<NodeCost> NODES = List.of(
            node(0, "Constant", 0), node(1, "Conv", 9_000), node(2, "Add", 400), node(3, "Relu", 200),
            node(4, "Constant", 0), node(5, "Reshape", 0), node(6, "MatMul", 9_000), node(7, "Gemm", 12_000));

    @Test
    void theNodeWithTheMostFlopsCarriesAFusedKernel() {
        assertEquals(1, KernelCarrier.of(List.of(0, 1, 2, 3), NODES), "the Conv, not the Constant before it");
        assertEquals(7, KernelCarrier.of(List.of(6, 7), NODES), "the Gemm has more FLOPs than the MatMul");
    }

    @Test
    void equalFlopsGoToTheFirstAndNoFlopsSkipConstants() {
        assertEquals(1, KernelCarrier.of(List.of(1, 6), NODES), "first of equals, in graph order");
        assertEquals(5, KernelCarrier.of(List.of(4, 5), NODES), "no FLOPs: the first that is not a Constant");
        assertEquals(4, KernelCarrier.of(List.of(4), NODES), "only a Constant: that one");
    }
}
