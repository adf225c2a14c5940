package io.tensorscope.engine.model;

import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.ModelProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.OperatorSetIdProto;
import io.tensorscope.onnx.Onnx.TensorShapeProto;
import io.tensorscope.onnx.Onnx.TypeProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded model: an ONNX graph (the editable form, an immutable protobuf message) plus where it came from.
 * Models imported from other formats (TF.js layers) are converted to ONNX on load.
 */
public final class Model {

    private final ModelProto proto;
    private final String name;
    private final Path location;
    private final String sourceFormat;
    private final long sizeBytes;
    private volatile GraphIndex index;

    /**
     * @param proto        the ONNX model
     * @param name         display name (file name or bundled id)
     * @param location     file the model was read from, or null if built in memory; external data
     *                     files are resolved against its folder
     * @param sourceFormat format the model was read from ({@code onnx}, {@code tfjs-layers})
     * @param sizeBytes    bytes on disk of the model and its weight files, 0 if built in memory
     */
    public Model(ModelProto proto, String name, Path location, String sourceFormat, long sizeBytes) {
        this.proto = proto;
        this.name = name;
        this.location = location;
        this.sourceFormat = sourceFormat;
        this.sizeBytes = sizeBytes;
    }

    /** @return the ONNX model message */
    public ModelProto proto() {
        return proto;
    }

    /** @return the main graph */
    public GraphProto graph() {
        return proto.getGraph();
    }

    /** @return the index of the main graph (producers, consumers, initializers …), built on first use, then kept */
    public GraphIndex index() {
        GraphIndex built = index;
        if (built == null) {
            built = GraphIndex.of(proto.getGraph());
            index = built;
        }
        return built;
    }

    /** @return display name */
    public String name() {
        return name;
    }

    /** @return file the model was read from, if any */
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    /** @return format the model was read from ({@code onnx}, {@code tfjs-layers}) */
    public String sourceFormat() {
        return sourceFormat;
    }

    /** @return bytes on disk of the model file(s), 0 if built in memory */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** @return the opset version of the default ONNX domain, or 0 if none is imported */
    public long opsetVersion() {
        for (OperatorSetIdProto id : proto.getOpsetImportList()) {
            if (id.getDomain().isEmpty() || id.getDomain().equals("ai.onnx")) {
                return id.getVersion();
            }
        }
        return 0;
    }

    /** @return number of nodes in the main graph */
    public int nodeCount() {
        return proto.getGraph().getNodeCount();
    }

    /**
     * @return the display name of node {@code index}: its own name, or {@code OpType_index} when the
     * model leaves it empty
     */
    public String nodeName(int index) {
        NodeProto node = proto.getGraph().getNode(index);
        return node.getName().isEmpty() ? node.getOpType() + "_" + index : node.getName();
    }

    /** @return the graph inputs a caller must feed (initializers listed as inputs are left out) */
    public List<TensorInfo> inputs() {
        Set<String> initializers = new HashSet<>();
        proto.getGraph().getInitializerList().forEach(t -> initializers.add(t.getName()));
        List<TensorInfo> result = new ArrayList<>();
        for (ValueInfoProto v : proto.getGraph().getInputList()) {
            if (!initializers.contains(v.getName())) {
                result.add(tensorInfo(v));
            }
        }
        return result;
    }

    /** @return the graph outputs */
    public List<TensorInfo> outputs() {
        return proto.getGraph().getOutputList().stream().map(Model::tensorInfo).toList();
    }

    /** @return name, element type and declared shape (symbolic dims kept as symbols) of a value */
    public static TensorInfo tensorInfo(ValueInfoProto value) {
        TypeProto type = value.getType();
        if (!type.hasTensorType()) {
            return new TensorInfo(value.getName(), ElementType.UNDEFINED, Shape.unknownRank());
        }
        TypeProto.Tensor tensor = type.getTensorType();
        ElementType element = ElementType.fromOnnx(tensor.getElemType());
        if (!tensor.hasShape()) {
            return new TensorInfo(value.getName(), element, Shape.unknownRank());
        }
        TensorShapeProto shape = tensor.getShape();
        long[] dims = new long[shape.getDimCount()];
        String[] symbols = new String[dims.length];
        for (int i = 0; i < dims.length; i++) {
            TensorShapeProto.Dimension d = shape.getDim(i);
            dims[i] = d.hasDimValue() ? d.getDimValue() : Shape.UNKNOWN;
            symbols[i] = d.hasDimParam() && !d.getDimParam().isEmpty() ? d.getDimParam() : null;
        }
        return new TensorInfo(value.getName(), element, Shape.of(dims, symbols));
    }

    /**
     * @param tensors float32 tensors computed inside the graph
     * @return this model with {@code tensors} appended to the graph outputs (to read them at run time: calibration,
     * activation statistics), in memory
     */
    public Model exposing(List<String> tensors) {
        GraphProto.Builder graph = proto.getGraph().toBuilder();
        for (String t : tensors) {
            graph.addOutput(ValueInfoProto.newBuilder().setName(t).setType(TypeProto.newBuilder()
                    .setTensorType(TypeProto.Tensor.newBuilder().setElemType(ElementType.FLOAT.onnxCode()))));
        }
        return withProto(proto.toBuilder().setGraph(graph).build());
    }

    /** @return this model shown under {@code newName}: the same graph, file, format and size */
    public Model named(String newName) {
        return new Model(proto, newName, location, sourceFormat, sizeBytes);
    }

    /**
     * @return a copy of this model with another ONNX message: same name and source format, but no location (no
     * file holds it until it is saved) and size 0
     */
    public Model withProto(ModelProto newProto) {
        return new Model(newProto, name, null, sourceFormat, 0);
    }
}
