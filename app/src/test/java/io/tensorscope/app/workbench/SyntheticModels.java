package io.tensorscope.app.workbench;

import io.tensorscope.onnx.Onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds large ONNX graphs in code: residual MatMul → Add → Relu blocks over a 1×4 input. */
final class SyntheticModels {

    private static final int WIDTH = 4;

    private SyntheticModels() {
    }

    /** Writes a model with exactly {@code nodeCount} nodes to {@code file}. */
    static Path write(Path file, int nodeCount) throws IOException {
        Onnx.GraphProto.Builder graph = Onnx.GraphProto.newBuilder().setName("synthetic");
        graph.addInput(value("x"));
        Onnx.TensorProto.Builder weight = Onnx.TensorProto.newBuilder().setName("W")
                .setDataType(Onnx.TensorProto.DataType.FLOAT_VALUE).addDims(WIDTH).addDims(WIDTH);
        for (int i = 0; i < WIDTH * WIDTH; i++) {
            weight.addFloatData(i == i / WIDTH * (WIDTH + 1) ? 1f : 0f);
        }
        graph.addInitializer(weight);
        String blockInput = "x";
        String last = "x";
        for (int i = 0; i < nodeCount; i++) {
            String out = "t" + i;
            Onnx.NodeProto.Builder node = Onnx.NodeProto.newBuilder().setName("node_" + i).addOutput(out);
            switch (i % 3) {
                case 0 -> node.setOpType("MatMul").addInput(last).addInput("W");
                case 1 -> node.setOpType("Add").addInput(last).addInput(blockInput);
                default -> {
                    node.setOpType("Relu").addInput(last);
                    blockInput = out;
                }
            }
            graph.addNode(node);
            last = out;
        }
        graph.addOutput(value(last));
        Onnx.ModelProto model = Onnx.ModelProto.newBuilder().setIrVersion(8).setProducerName("tensorscope-test")
                .addOpsetImport(Onnx.OperatorSetIdProto.newBuilder().setVersion(17)).setGraph(graph).build();
        Files.write(file, model.toByteArray());
        return file;
    }

    private static Onnx.ValueInfoProto value(String name) {
        Onnx.TypeProto.Tensor.Builder tensor = Onnx.TypeProto.Tensor.newBuilder()
                .setElemType(Onnx.TensorProto.DataType.FLOAT_VALUE)
                .setShape(Onnx.TensorShapeProto.newBuilder()
                        .addDim(Onnx.TensorShapeProto.Dimension.newBuilder().setDimValue(1))
                        .addDim(Onnx.TensorShapeProto.Dimension.newBuilder().setDimValue(WIDTH)));
        return Onnx.ValueInfoProto.newBuilder().setName(name)
                .setType(Onnx.TypeProto.newBuilder().setTensorType(tensor)).build();
    }
}
