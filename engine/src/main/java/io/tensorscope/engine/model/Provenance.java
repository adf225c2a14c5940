package io.tensorscope.engine.model;

import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.StringStringEntryProto;
import java.util.List;
import java.util.Optional;

/**
 * Which original node a node added by a pass serves, kept in the node itself ({@code metadata_props} entry
 * {@value #ORIGIN_KEY}), so it survives saving and reloading and later passes of a pipeline. Origins always name a node
 * of the model the pipeline started from: a node added in service of a node that itself serves another inherits that
 * one's origin.
 */
public final class Provenance {

    /** The {@code metadata_props} key holding the original node's name. */
    public static final String ORIGIN_KEY = "tensorscope.origin";

    private Provenance() {
    }

    /** @return the original node {@code node} was added for, if a pass recorded one */
    public static Optional<String> originOf(NodeProto node) {
        return node.getMetadataPropsList().stream().filter(e -> e.getKey().equals(ORIGIN_KEY))
                .map(StringStringEntryProto::getValue).findFirst();
    }

    /** @return the origin of {@code node}: its recorded origin, else its own name */
    public static String rootOf(NodeProto node) {
        return originOf(node).orElse(node.getName());
    }

    /**
     * @param added  a node a pass adds (or rewrites)
     * @param served the node of the pass's input model it serves
     * @return {@code added} marked as serving {@code served}'s origin (a recorded origin of {@code added} is kept)
     */
    public static NodeProto serving(NodeProto added, NodeProto served) {
        if (originOf(added).isPresent()) {
            return added;
        }
        String origin = rootOf(served);
        if (origin.equals(added.getName())) {
            return added;
        }
        return added.toBuilder().addMetadataProps(StringStringEntryProto.newBuilder().setKey(ORIGIN_KEY)
                .setValue(origin)).build();
    }

    /** Marks every node of {@code nodes} from position {@code from} on as serving {@code served}. */
    public static void markServing(List<NodeProto> nodes, int from, NodeProto served) {
        for (int i = from; i < nodes.size(); i++) {
            nodes.set(i, serving(nodes.get(i), served));
        }
    }
}
