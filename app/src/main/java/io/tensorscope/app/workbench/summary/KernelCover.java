package io.tensorscope.app.workbench.summary;

import java.util.List;

/**
 * The kernel of the active profile that ran the node shown, and every original node it covers (a fused kernel covers
 * several).
 *
 * @param kernel kernel name in the graph ONNX Runtime ran
 * @param opType operator the kernel implements
 * @param nodes  the original nodes it covers, in graph order
 */
public record KernelCover(String kernel, String opType, List<NodeLink> nodes) {

    public KernelCover {
        nodes = List.copyOf(nodes);
    }
}
