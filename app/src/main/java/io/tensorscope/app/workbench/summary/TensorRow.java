package io.tensorscope.app.workbench.summary;

import java.util.List;

/**
 * One input or output tensor of the node shown in the node panel.
 *
 * @param name        tensor name (empty for an omitted optional input)
 * @param typeAndShape element type and shape from the analysis' shape inference, e.g. {@code float [1 × 1 × 28 × 28]}
 * @param role        what the tensor is (weight, graph input …)
 * @param links       for an input its producer (none for weights and graph inputs), for an output its consumers, in
 *                    graph order, at most {@link NodeDetailsViewModel#MAX_LINKS}
 * @param moreLinks   consumers left out of {@code links}
 */
public record TensorRow(String name, String typeAndShape, TensorRole role, List<NodeLink> links, int moreLinks) {

    public TensorRow {
        links = List.copyOf(links);
    }
}
