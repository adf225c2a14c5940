package io.tensorscope.app.workbench.summary;

import io.tensorscope.app.workbench.layers.LayerRow;
import io.tensorscope.app.workbench.layers.LayersViewModel;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.shared.Quantities;
import io.tensorscope.app.workbench.shared.ShapeText;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.shape.InferredShapes;
import io.tensorscope.onnx.Onnx.NodeProto;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * View-model of the node panel: the selected node's attributes, its input and output tensors with their shapes and
 * the nodes that produce and consume them, its cost, and the kernel that ran it in the active profile. Following a
 * link selects that node through the {@link LayersViewModel}, so the table and the graph follow.
 */
public final class NodeDetailsViewModel {

    /** The most consumers one output lists as links; the rest are counted. */
    public static final int MAX_LINKS = 24;

    private final LayersViewModel layers;
    private final ReadOnlyObjectProperty<LoadedModel> model;
    private final ProfileViewModel profile;
    private final ObjectProperty<NodeDetails> shown = new SimpleObjectProperty<>();

    /**
     * @param layers  whose selected node is shown, and which links select in
     * @param model   the model shown
     * @param profile whose active profile names the kernel that ran each node
     */
    public NodeDetailsViewModel(LayersViewModel layers, ReadOnlyObjectProperty<LoadedModel> model,
                                ProfileViewModel profile) {
        this.layers = layers;
        this.model = model;
        this.profile = profile;
        layers.selectedIndexProperty().addListener(o -> refresh());
        profile.activeProperty().addListener(o -> refresh());
        model.addListener(o -> refresh());
    }

    private void refresh() {
        shown.set(details(layers.selectedIndexProperty().get()).orElse(null));
    }

    /** @return the details of node {@code nodeIndex} of the model shown, empty when there is no such node */
    public Optional<NodeDetails> details(int nodeIndex) {
        LoadedModel loaded = model.get();
        if (loaded == null || nodeIndex < 0 || nodeIndex >= loaded.analysis().nodes().size()) {
            return Optional.empty();
        }
        NodeCost cost = loaded.analysis().nodes().get(nodeIndex);
        NodeProto node = loaded.model().graph().getNode(nodeIndex);
        GraphIndex index = loaded.model().index();
        InferredShapes shapes = loaded.analysis().shapes();
        List<Fact> attributes = node.getAttributeList().stream()
                .map(a -> new Fact("Attributes", a.getName(), AttributeText.of(a))).toList();
        List<TensorRow> inputs = cost.inputs().stream().map(name -> input(loaded, index, shapes, name)).toList();
        List<TensorRow> outputs = cost.outputs().stream().map(name -> output(loaded, index, shapes, name)).toList();
        Optional<KernelCover> kernel = profile.kernelOf(nodeIndex).map(k -> new KernelCover(k.kernel(), k.opType(),
                k.nodes().stream().map(i -> link(loaded, i)).toList()));
        return Optional.of(new NodeDetails(nodeIndex, cost.name(), cost.opType(), attributes, inputs, outputs,
                costFacts(cost, layers.row(nodeIndex).orElse(null)), kernel));
    }

    /** Selects the node {@code link} names in the table and the graph. */
    public void follow(NodeLink link) {
        layers.selectedIndexProperty().set(link.index());
    }

    /** @return the details of the selected node, null when none is selected */
    public ReadOnlyObjectProperty<NodeDetails> shownProperty() {
        return shown;
    }

    private static TensorRow input(LoadedModel loaded, GraphIndex index, InferredShapes shapes, String name) {
        if (name.isEmpty()) {
            return new TensorRow("", "", TensorRole.OMITTED, List.of(), 0);
        }
        TensorRole role = index.initializer(name) != null ? TensorRole.WEIGHT
                : index.constant(name) != null ? TensorRole.CONSTANT
                : index.inputs().contains(name) ? TensorRole.GRAPH_INPUT : TensorRole.ACTIVATION;
        List<NodeLink> producer = index.producerIndex(name).map(i -> List.of(link(loaded, i))).orElse(List.of());
        return new TensorRow(name, typeAndShape(shapes, name), role, producer, 0);
    }

    private static TensorRow output(LoadedModel loaded, GraphIndex index, InferredShapes shapes, String name) {
        List<Integer> consumers = index.consumerIndices(name);
        List<NodeLink> links = consumers.stream().limit(MAX_LINKS).map(i -> link(loaded, i)).toList();
        return new TensorRow(name, typeAndShape(shapes, name),
                index.isOutput(name) ? TensorRole.GRAPH_OUTPUT : TensorRole.ACTIVATION, links,
                consumers.size() - links.size());
    }

    private static String typeAndShape(InferredShapes shapes, String tensor) {
        return ShapeText.typed(shapes.typeOf(tensor), shapes.shapeOf(tensor));
    }

    private static NodeLink link(LoadedModel loaded, int nodeIndex) {
        NodeCost node = loaded.analysis().nodes().get(nodeIndex);
        return new NodeLink(nodeIndex, node.name(), node.opType());
    }

    private static List<Fact> costFacts(NodeCost node, LayerRow row) {
        List<Fact> list = new ArrayList<>();
        list.add(new Fact("Cost", "FLOPs", node.costKnown() ? Quantities.grouped(node.flops()) : Quantities.UNKNOWN));
        list.add(new Fact("Cost", "Params", Quantities.grouped(node.params())));
        list.add(new Fact("Cost", "Bytes read", node.costKnown() ? Quantities.bytes(node.bytesRead()) : Quantities.UNKNOWN));
        list.add(new Fact("Cost", "Bytes written", node.costKnown() ? Quantities.bytes(node.bytesWritten()) : Quantities.UNKNOWN));
        list.add(new Fact("Cost", "FLOPs/byte", Quantities.intensity(node.arithmeticIntensity())));
        if (row != null && row.timing() != null) {
            list.add(new Fact("Cost", "Median time", row.timing().removed() ? "folded away by the runtime"
                    : String.format(Locale.ROOT, "%,.1f µs (%.2f %% of kernel time)", row.medianMicros(), row.sharePercent())));
        }
        return list;
    }
}
