package io.tensorscope.engine.zoo;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;

/**
 * ResNet-18 (He et al., 2015: basic blocks, stages of [2, 2, 2, 2]) written as an ONNX graph with freshly initialised
 * weights, for training from scratch on 28×28 single-channel images (MNIST, Fashion-MNIST).
 *
 * <p>The graph, opset 13: input {@value #INPUT} float32 [N, 1, 28, 28] (NCHW, grey levels 0..1) → stem 3×3 Conv
 * stride 1 (w channels; no 7×7 Conv and max-pool, which would leave 7×7 of a 28×28 image) → BatchNormalization → Relu
 * → four stages of two basic blocks, widths w, 2w, 4w, 8w, the first block of stages 2–4 at stride 2 (28 → 14 → 7
 * → 4) → GlobalAveragePool → Flatten → Gemm to the classes (the logits, {@value #LOGITS}, [N, classes]) → Softmax
 * ({@value #OUTPUT}). A basic block is 3×3 Conv → BN → Relu → 3×3 Conv → BN, plus the block's input (through a 1×1
 * Conv → BN projection where the stride or width changes), → Relu. Convs have no bias (BN follows). Node and weight
 * names follow torchvision's {@code resnet18} ({@code conv1}, {@code layer2.0.downsample.0.weight}, {@code fc.bias}
 * …), so {@code train.Logits} finds the logits and {@code train.GraphNetwork} rebuilds it for training.
 *
 * <p>Weights: convs Kaiming-normal for ReLU in fan-out mode, BN scale 1 and bias 0 with running mean 0 and variance
 * 1, the Gemm uniform in ±1/√fan-in; all drawn from one generator seeded by {@code seed}, so a seed gives the same
 * bytes.
 *
 * <p>At width 64 it has 11,172,810 trainable parameters (torchvision's 11,689,512 less the 7×7 three-channel stem and
 * the 1000-class head, plus the 3×3 one-channel stem and a 10-class head), and 2 × 455,800,832 = 911.6 M FLOPs for
 * one image, counting the convolutions' and the Gemm's multiply-adds; at width 16, 701,178 parameters and 57.1 M
 * FLOPs (the cost grows with the square of the width).
 */
public final class ResNet {

    /** Name of the image input, float32 [N, 1, 28, 28]. */
    public static final String INPUT = "input";
    /** Name of the fully connected layer and of its output, the class scores before the Softmax, [N, classes]. */
    public static final String LOGITS = "fc";
    /** Name of the output, the class probabilities, [N, classes]. */
    public static final String OUTPUT = "probabilities";
    /** Height and width of the images it takes, pixels. */
    public static final int IMAGE_SIZE = 28;
    /** The width of the published ResNet-18 (channels of the first stage). */
    public static final int FULL_WIDTH = 64;

    private static final int[] BLOCKS_PER_STAGE = {2, 2, 2, 2};

    private ResNet() {
    }

    /**
     * @param width   channels of the stem and the first stage, w (stages have w, 2w, 4w, 8w); {@value #FULL_WIDTH}
     *                is the published ResNet-18, 16 trains in minutes on a CPU
     * @param classes outputs of the classifier
     * @param seed    seed of the weight initialisation
     * @return an untrained ResNet-18 named {@code resnet18-wWIDTH}, laid out as the class comment says
     * @throws TensorscopeException {@code BAD_ARGUMENT} if {@code width} or {@code classes} is below 1 or 2
     */
    public static Model resnet18(int width, int classes, long seed) throws TensorscopeException {
        if (width < 1 || classes < 2) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "a ResNet-18 needs a width of at least 1 and at "
                    + "least 2 classes, not width " + width + " and " + classes + " classes");
        }
        GraphBuilder graph = GraphBuilder.create("resnet18-w" + width).opset(13);
        graph.input(INPUT, ElementType.FLOAT, Shape.of(new long[] {Shape.UNKNOWN, 1, IMAGE_SIZE, IMAGE_SIZE},
                new String[] {"N", null, null, null}));
        LayerWriter layers = new LayerWriter(graph, seed);
        String x = layers.conv("conv1", INPUT, 1, width, 3, 1);
        x = layers.op("Relu", "relu", layers.batchNorm("bn1", x, width));
        int channels = width;
        for (int stage = 0; stage < BLOCKS_PER_STAGE.length; stage++) {
            int out = width << stage;
            for (int block = 0; block < BLOCKS_PER_STAGE[stage]; block++) {
                int stride = stage > 0 && block == 0 ? 2 : 1;
                x = basicBlock(layers, "layer" + (stage + 1) + "." + block, x, channels, out, stride);
                channels = out;
            }
        }
        x = layers.op("Flatten", "flatten", layers.op("GlobalAveragePool", "avgpool", x));
        layers.dense(LOGITS, x, channels, classes);
        graph.node("Softmax", LOGITS).name("softmax").outputs(OUTPUT).attr("axis", 1L);
        graph.output(OUTPUT, ElementType.FLOAT, Shape.of(new long[] {Shape.UNKNOWN, classes}, new String[] {"N", null}));
        return graph.build();
    }

    /** @return the output tensor of a basic block {@code name} from {@code in} to {@code out} channels */
    private static String basicBlock(LayerWriter layers, String name, String input, int in, int out, int stride) {
        String x = layers.conv(name + ".conv1", input, in, out, 3, stride);
        x = layers.op("Relu", name + ".relu1", layers.batchNorm(name + ".bn1", x, out));
        x = layers.batchNorm(name + ".bn2", layers.conv(name + ".conv2", x, out, out, 3, 1), out);
        String shortcut = input;
        if (stride != 1 || in != out) {
            shortcut = layers.batchNorm(name + ".downsample.1",
                    layers.conv(name + ".downsample.0", input, in, out, 1, stride), out);
        }
        return layers.op("Relu", name + ".relu2", layers.op("Add", name + ".add", x, shortcut));
    }
}
