package io.tensorscope.app.workbench.graph;

import javafx.scene.paint.Color;

/** Groups op types into families that share a colour in the graph view and the summary. */
public enum OpFamily {
    /** Matrix products and convolutions: where the FLOPs are. */
    COMPUTE(Color.web("#3b6fd4")),
    /** Normalisations and softmax. */
    NORMALIZE(Color.web("#8a4fd1")),
    /** Element-wise arithmetic and activations. */
    ELEMENTWISE(Color.web("#2e9c6a")),
    /** Pools and reductions. */
    REDUCE(Color.web("#d08a1c")),
    /** Reshapes, transposes, gathers, concatenations: data movement. */
    LAYOUT(Color.web("#7b8794")),
    /** Quantize / dequantize and integer kernels. */
    QUANTIZE(Color.web("#c44b4b"));

    private final Color color;

    OpFamily(Color color) {
        this.color = color;
    }

    /** @return the family's fill colour */
    public Color color() {
        return color;
    }

    /** @return the family of an ONNX op type */
    public static OpFamily of(String opType) {
        return switch (opType) {
            case "MatMul", "Gemm", "Conv", "ConvTranspose", "Einsum", "Attention", "FusedMatMul" -> COMPUTE;
            case "LayerNormalization", "BatchNormalization", "InstanceNormalization", "Softmax", "LogSoftmax",
                    "SkipLayerNormalization" -> NORMALIZE;
            case "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool", "ReduceMean", "ReduceSum", "ReduceMax",
                    "ArgMax" -> REDUCE;
            case "QuantizeLinear", "DequantizeLinear", "DynamicQuantizeLinear", "MatMulInteger", "QLinearMatMul",
                    "QLinearConv", "ConvInteger" -> QUANTIZE;
            case "Reshape", "Transpose", "Gather", "Concat", "Split", "Slice", "Squeeze", "Unsqueeze", "Flatten",
                    "Shape", "Expand", "Cast", "Constant", "ConstantOfShape", "Identity", "Range", "Dropout" -> LAYOUT;
            default -> ELEMENTWISE;
        };
    }
}
