package io.tensorscope.app.workbench.graph;

import java.util.Set;

/** Groups op types into families that share a colour in the graph view. */
public enum OpFamily {
    /** Matrix products and convolutions: where the FLOPs are. */
    COMPUTE("#3b82f6", Set.of("MatMul", "Gemm", "Conv", "ConvTranspose", "MatMulInteger", "QLinearMatMul",
            "QLinearConv", "ConvInteger", "FusedMatMul", "Einsum")),
    /** Activations. */
    ACTIVATION("#ef4444", Set.of("Relu", "Gelu", "Sigmoid", "Tanh", "Softmax", "LeakyRelu", "Erf", "Elu",
            "HardSigmoid", "Selu", "LogSoftmax", "Softplus")),
    /** Normalisation and pooling. */
    NORMALIZATION("#10b981", Set.of("LayerNormalization", "BatchNormalization", "InstanceNormalization",
            "ReduceMean", "MaxPool", "AveragePool", "GlobalAveragePool", "Dropout")),
    /** Element-wise arithmetic. */
    ELEMENTWISE("#8b5cf6", Set.of("Add", "Sub", "Mul", "Div", "Pow", "Sqrt", "Where", "Equal", "Cast", "Not")),
    /** Shape and data movement. */
    SHAPE("#f59e0b", Set.of("Reshape", "Transpose", "Shape", "Gather", "Unsqueeze", "Squeeze", "Concat", "Slice",
            "Flatten", "Expand", "Constant", "ConstantOfShape", "Split", "Identity")),
    /** Anything else. */
    OTHER("#64748b", Set.of());

    private final String colour;
    private final Set<String> opTypes;

    OpFamily(String colour, Set<String> opTypes) {
        this.colour = colour;
        this.opTypes = opTypes;
    }

    /** @return the family of an op type; {@link #OTHER} when unknown */
    public static OpFamily of(String opType) {
        for (OpFamily family : values()) {
            if (family.opTypes.contains(opType)) {
                return family;
            }
        }
        return OTHER;
    }

    /** @return the family's name for legends, e.g. {@code Compute}, {@code Element-wise} */
    public String displayName() {
        return this == ELEMENTWISE ? "Element-wise"
                : name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the family's colour as {@code #rrggbb} */
    public String colour() {
        return colour;
    }
}
