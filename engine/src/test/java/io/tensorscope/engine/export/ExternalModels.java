package io.tensorscope.engine.export;

import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.ModelProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.OperatorSetIdProto;
import io.tensorscope.onnx.Onnx.StringStringEntryProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.onnx.Onnx.TensorShapeProto;
import io.tensorscope.onnx.Onnx.TypeProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes y = x · W (x [1,4], W [4,2] = 0, 0.5, …, 3.5 row-major) with W in an external file {@code weights.bin}. */
final class ExternalModels {

    private ExternalModels() {
    }

    static Path writeTinyExternal(Path folder) throws IOException {
        ByteBuffer w = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 8; i++) {
            w.putFloat(i * 0.5f);
        }
        Files.write(folder.resolve("weights.bin"), w.array());
        TensorProto weights = TensorProto.newBuilder().setName("W").setDataType(1).addDims(4).addDims(2)
                .setDataLocation(TensorProto.DataLocation.EXTERNAL)
                .addExternalData(entry("location", "weights.bin"))
                .addExternalData(entry("offset", "0"))
                .addExternalData(entry("length", "32")).build();
        GraphProto graph = GraphProto.newBuilder().setName("tiny")
                .addInput(value("x", 1, 4)).addOutput(value("y", 1, 2)).addInitializer(weights)
                .addNode(NodeProto.newBuilder().setName("mm").setOpType("MatMul").addInput("x").addInput("W").addOutput("y"))
                .build();
        ModelProto model = ModelProto.newBuilder().setIrVersion(7)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13)).setGraph(graph).build();
        Path file = folder.resolve("tiny.onnx");
        Files.write(file, model.toByteArray());
        return file;
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    private static ValueInfoProto value(String name, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(1).setShape(shape))).build();
    }
}
