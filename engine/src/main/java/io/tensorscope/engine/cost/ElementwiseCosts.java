package io.tensorscope.engine.cost;

import java.util.Map;

/**
 * Costs that are a constant per element: element-wise arithmetic and activations (per output element),
 * normalisations and softmax (a documented constant per output element), reductions (per input element)
 * and data movement (0). The constants are listed in the table of {@link CostModel}.
 */
final class ElementwiseCosts {

    private ElementwiseCosts() {
    }

    static void register(Map<String, CostRule> rules) {
        perOutput(rules, 1, "Add", "Sub", "Mul", "Div", "Pow", "Mod", "Min", "Max", "Sum", "Mean", "Neg", "Abs",
                "Sqrt", "Reciprocal", "Exp", "Log", "Erf", "Sigmoid", "Tanh", "Relu", "LeakyRelu", "PRelu", "Elu",
                "Selu", "Softplus", "Sin", "Cos", "Floor", "Ceil", "Round", "Sign", "Clip", "Equal", "Less",
                "LessOrEqual", "Greater", "GreaterOrEqual", "And", "Or", "Xor", "Not", "Where", "CumSum");
        perOutput(rules, 2, "BatchNormalization", "QuantizeLinear", "DequantizeLinear", "HardSigmoid");
        perOutput(rules, 3, "HardSwish");
        perOutput(rules, 4, "DynamicQuantizeLinear");
        perOutput(rules, 5, "Softmax", "LogSoftmax", "Gelu", "Mish");
        perOutput(rules, 7, "LayerNormalization", "InstanceNormalization", "GroupNormalization");
        rules.put("Resize", ElementwiseCosts::resize);
        rules.put("Upsample", ElementwiseCosts::resize);
        for (String op : new String[] {"ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1",
                "ReduceL2", "ReduceSumSquare", "ReduceLogSumExp", "ArgMax", "ArgMin", "GlobalAveragePool",
                "GlobalMaxPool", "GlobalLpPool", "ReduceLogSum", "TopK"}) {
            rules.put(op, n -> n.inElements(0));
        }
        for (String op : new String[] {"Reshape", "Flatten", "Squeeze", "Unsqueeze", "Transpose", "Gather", "Slice",
                "Concat", "Split", "Expand", "Identity", "Dropout", "Cast", "Shape", "Size", "Constant",
                "ConstantOfShape", "Range", "Pad", "Tile", "DepthToSpace", "SpaceToDepth", "GatherElements",
                "GatherND", "ScatterND", "ScatterElements", "Scatter", "OneHot"}) {
            rules.put(op, n -> 0);
        }
    }

    /**
     * Resize and Upsample per output element: nearest-neighbour picks (0, bytes only), linear interpolation 2 per
     * neighbour on each resized axis pair (8 for the usual 2-D bilinear), cubic 4× that (32).
     */
    private static long resize(NodeShapes n) {
        String mode = n.attrString("mode", "nearest");
        long perOutput = switch (mode) {
            case "linear", "bilinear" -> 8;
            case "cubic" -> 32;
            default -> 0;
        };
        return perOutput * n.outElements(0);
    }

    private static void perOutput(Map<String, CostRule> rules, long flopsPerElement, String... ops) {
        for (String op : ops) {
            rules.put(op, n -> flopsPerElement * n.outElements(0));
        }
    }
}
