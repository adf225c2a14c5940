package io.tensorscope.engine.importer;

import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.ModelProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.OperatorSetIdProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.onnx.Onnx.TensorShapeProto;
import io.tensorscope.onnx.Onnx.TypeProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;

/** Small ONNX protos for loader tests: y = x · W with x [1,4], W [4,2]. */
final class TinyOnnx {

    private TinyOnnx() {
    }

    static ValueInfoProto floatValue(String name, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(1).setShape(shape))).build();
    }

    static TensorProto.Builder weights() {
        TensorProto.Builder w = TensorProto.newBuilder().setName("W").setDataType(1).addDims(4).addDims(2);
        for (int i = 0; i < 8; i++) {
            w.addFloatData(i * 0.5f);
        }
        return w;
    }

    static GraphProto.Builder matMulGraph() {
        return GraphProto.newBuilder().setName("tiny")
                .addInput(floatValue("x", 1, 4))
                .addOutput(floatValue("y", 1, 2))
                .addInitializer(weights())
                .addNode(NodeProto.newBuilder().setName("mm").setOpType("MatMul").addInput("x").addInput("W").addOutput("y"));
    }

    static ModelProto model(GraphProto.Builder graph, long opset) {
        return ModelProto.newBuilder().setIrVersion(7).setProducerName("test")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset))
                .setGraph(graph).build();
    }
}
