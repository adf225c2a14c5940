package io.tensorscope.app.workbench.summary;

import java.util.List;
import java.util.Optional;

/**
 * Everything the node panel shows about one node.
 *
 * @param index      position of the node in the graph's node list
 * @param name       display name
 * @param opType     ONNX op type
 * @param attributes each attribute the node sets, formatted by {@link AttributeText} (category {@code Attributes})
 * @param inputs     its input tensors, in slot order
 * @param outputs    its output tensors, in slot order
 * @param cost       its static cost (and measured time once profiled), category {@code Cost}
 * @param kernel     the kernel that ran it in the active profile, if the model was profiled and the node was not
 *                   folded away
 */
public record NodeDetails(int index, String name, String opType, List<Fact> attributes, List<TensorRow> inputs,
                          List<TensorRow> outputs, List<Fact> cost, Optional<KernelCover> kernel) {

    public NodeDetails {
        attributes = List.copyOf(attributes);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        cost = List.copyOf(cost);
    }
}
