package io.tensorscope.engine.model;

import com.google.protobuf.ByteString;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.ModelProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.OperatorSetIdProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.onnx.Onnx.TensorShapeProto;
import io.tensorscope.onnx.Onnx.TypeProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds an ONNX graph in code (tests, benchmarks, synthetic stress graphs). Nodes are kept in the order
 * they are added; {@link #build()} does not validate the graph (run {@link GraphValidator} for that).
 *
 * <pre>{@code
 * GraphBuilder b = GraphBuilder.create("tiny").opset(17);
 * b.input("x", ElementType.FLOAT, 1, 3, 224, 224);
 * b.initializer("w", new float[64 * 3 * 7 * 7], 64, 3, 7, 7);
 * b.node("Conv", "x", "w").outputs("y").attrInts("strides", 2, 2).attrInts("pads", 3, 3, 3, 3);
 * b.output("y", ElementType.FLOAT);
 * Model model = b.build();
 * }</pre>
 */
public final class GraphBuilder {

    private final String name;
    private long opset = 17;
    private final List<ValueInfoProto> inputs = new ArrayList<>();
    private final List<ValueInfoProto> outputs = new ArrayList<>();
    private final List<ValueInfoProto> valueInfos = new ArrayList<>();
    private final List<TensorProto> initializers = new ArrayList<>();
    private final List<NodeBuilder> nodes = new ArrayList<>();

    private GraphBuilder(String name) {
        this.name = name;
    }

    /** @return an empty graph named {@code name}, default-domain opset 17 */
    public static GraphBuilder create(String name) {
        return new GraphBuilder(name);
    }

    /** Sets the opset version of the default ONNX domain. */
    public GraphBuilder opset(long version) {
        this.opset = version;
        return this;
    }

    /** Adds a graph input with fixed sizes. */
    public GraphBuilder input(String tensor, ElementType type, long... dims) {
        return input(tensor, type, Shape.of(dims));
    }

    /** Adds a graph input; unknown dims of {@code shape} keep their symbols ({@code batch}, {@code seq}). */
    public GraphBuilder input(String tensor, ElementType type, Shape shape) {
        inputs.add(declaration(tensor, type, shape));
        return this;
    }

    /** Adds a graph output of unknown shape. */
    public GraphBuilder output(String tensor, ElementType type) {
        outputs.add(declaration(tensor, type, Shape.unknownRank()));
        return this;
    }

    /** Adds a graph output with a declared shape. */
    public GraphBuilder output(String tensor, ElementType type, Shape shape) {
        outputs.add(declaration(tensor, type, shape));
        return this;
    }

    /** Declares the type and shape of an intermediate tensor ({@code graph.value_info}). */
    public GraphBuilder valueInfo(String tensor, ElementType type, Shape shape) {
        valueInfos.add(declaration(tensor, type, shape));
        return this;
    }

    /** Adds a float32 initializer; {@code data.length} must equal the product of {@code dims}. */
    public GraphBuilder initializer(String tensor, float[] data, long... dims) {
        initializers.add(Tensors.floats(tensor, data, dims));
        return this;
    }

    /** Adds an int64 initializer (shapes, axes, indices); {@code data.length} must equal the product of dims. */
    public GraphBuilder initializerInts(String tensor, long[] data, long... dims) {
        if (Shape.of(dims).elementCount() != data.length) {
            throw new IllegalArgumentException("initializer " + tensor + ": " + data.length + " values for shape "
                    + Shape.of(dims));
        }
        TensorProto.Builder t = tensor(tensor, ElementType.INT64, dims);
        Arrays.stream(data).forEach(t::addInt64Data);
        initializers.add(t.build());
        return this;
    }

    /** Adds an initializer of any element type with all-zero contents (weights whose values do not matter). */
    public GraphBuilder zeros(String tensor, ElementType type, long... dims) {
        long count = Shape.of(dims).elementCount();
        initializers.add(Tensors.raw(tensor, type, new byte[Math.toIntExact(type.bytesFor(count))], dims));
        return this;
    }

    /** Adds a {@code Constant} node whose output {@code tensor} is a 1-D int64 tensor of {@code values}. */
    public GraphBuilder constantInts(String tensor, long... values) {
        TensorProto.Builder t = tensor(tensor, ElementType.INT64, values.length);
        Arrays.stream(values).forEach(t::addInt64Data);
        node("Constant").name(tensor + "_const").outputs(tensor).attr("value", t.build());
        return this;
    }

    /** Adds a {@code Constant} node whose output {@code tensor} is a float32 scalar. */
    public GraphBuilder constantScalar(String tensor, float value) {
        TensorProto t = tensor(tensor, ElementType.FLOAT).addFloatData(value).build();
        node("Constant").name(tensor + "_const").outputs(tensor).attr("value", t);
        return this;
    }

    /**
     * Adds a node of the default domain reading {@code inputs} (an empty string is an omitted optional input).
     * Name it, give its outputs and attributes on the returned builder.
     */
    public NodeBuilder node(String opType, String... inputs) {
        NodeBuilder node = new NodeBuilder(opType, nodes.size(), inputs);
        nodes.add(node);
        return node;
    }

    /** @return the model (IR version 8, in memory, named after the graph) */
    public Model build() {
        GraphProto.Builder graph = GraphProto.newBuilder().setName(name).addAllInput(inputs).addAllOutput(outputs)
                .addAllValueInfo(valueInfos).addAllInitializer(initializers);
        nodes.forEach(n -> graph.addNode(n.build()));
        ModelProto proto = ModelProto.newBuilder().setIrVersion(8).setProducerName("tensorscope-graphbuilder")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset)).setGraph(graph).build();
        return new Model(proto, name, null, "onnx", 0);
    }

    private static TensorProto.Builder tensor(String tensor, ElementType type, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(tensor).setDataType(type.onnxCode());
        Arrays.stream(dims).forEach(t::addDims);
        return t;
    }

    /** @return an ONNX value declaration; unknown dims keep their symbol, an unknown rank leaves the shape out */
    private static ValueInfoProto declaration(String tensor, ElementType type, Shape shape) {
        TypeProto.Tensor.Builder t = TypeProto.Tensor.newBuilder().setElemType(type.onnxCode());
        if (shape.hasRank()) {
            TensorShapeProto.Builder s = TensorShapeProto.newBuilder();
            for (int i = 0; i < shape.rank(); i++) {
                TensorShapeProto.Dimension.Builder d = s.addDimBuilder();
                if (shape.dim(i) >= 0) {
                    d.setDimValue(shape.dim(i));
                } else if (shape.symbol(i) != null) {
                    d.setDimParam(shape.symbol(i));
                }
            }
            t.setShape(s);
        }
        return ValueInfoProto.newBuilder().setName(tensor).setType(TypeProto.newBuilder().setTensorType(t)).build();
    }

    /** One node being built; its attributes and outputs may be set in any order before {@link #build()}. */
    public static final class NodeBuilder {

        private final NodeProto.Builder proto;

        private NodeBuilder(String opType, int index, String[] inputs) {
            proto = NodeProto.newBuilder().setOpType(opType).setName(opType + "_" + index).addAllInput(List.of(inputs));
        }

        /** @return a free-standing node (for editing an existing graph), finished with {@link #build()} */
        public static NodeBuilder of(String opType, String nodeName, String... inputs) {
            return new NodeBuilder(opType, 0, inputs).name(nodeName);
        }

        /** @return the node */
        public NodeProto build() {
            return proto.build();
        }

        /** Sets the node name (default {@code OpType_index}). */
        public NodeBuilder name(String nodeName) {
            proto.setName(nodeName);
            return this;
        }

        /** Sets the operator domain (default: the ONNX domain). */
        public NodeBuilder domain(String domain) {
            proto.setDomain(domain);
            return this;
        }

        /** Sets the output tensor names. */
        public NodeBuilder outputs(String... tensors) {
            proto.clearOutput().addAllOutput(List.of(tensors));
            return this;
        }

        /** Adds an integer attribute. */
        public NodeBuilder attr(String attribute, long value) {
            return add(AttributeProto.newBuilder().setName(attribute).setType(AttributeProto.AttributeType.INT).setI(value));
        }

        /** Adds an integer-list attribute (also for a list of one: {@code attrInts("axes", 0)}). */
        public NodeBuilder attrInts(String attribute, long... values) {
            AttributeProto.Builder a = AttributeProto.newBuilder().setName(attribute)
                    .setType(AttributeProto.AttributeType.INTS);
            Arrays.stream(values).forEach(a::addInts);
            return add(a);
        }

        /** Adds a float attribute. */
        public NodeBuilder attr(String attribute, float value) {
            return add(AttributeProto.newBuilder().setName(attribute).setType(AttributeProto.AttributeType.FLOAT).setF(value));
        }

        /** Adds a string attribute. */
        public NodeBuilder attr(String attribute, String value) {
            return add(AttributeProto.newBuilder().setName(attribute).setType(AttributeProto.AttributeType.STRING)
                    .setS(ByteString.copyFromUtf8(value)));
        }

        /** Adds a tensor attribute. */
        public NodeBuilder attr(String attribute, TensorProto value) {
            return add(AttributeProto.newBuilder().setName(attribute).setType(AttributeProto.AttributeType.TENSOR).setT(value));
        }

        private NodeBuilder add(AttributeProto.Builder attribute) {
            proto.addAttribute(attribute);
            return this;
        }
    }
}
