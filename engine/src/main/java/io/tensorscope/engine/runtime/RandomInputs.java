package io.tensorscope.engine.runtime;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.engine.shape.InferredShapes;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.engine.shape.ShapeInference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random inputs of the right shape and type for any model, sized like the analysis (symbolic dimensions
 * bound by {@link ShapeInference}, so {@code input_ids=2x16} also sizes {@code attention_mask}). float32
 * inputs are uniform in 0..1; int64 inputs named like a mask are ones, like a token type zeros, anything
 * else (token ids) uniform in 0..{@value #MAX_TOKEN_ID}. Seeded: the same call gives the same tensors.
 */
public final class RandomInputs {

    /** Largest random token id (exclusive); valid for every common vocabulary. */
    public static final int MAX_TOKEN_ID = 1000;

    private RandomInputs() {
    }

    /**
     * @param sizes user-fixed sizes; open symbolic dimensions take batch 1 / sequence 128
     * @param seed  random seed
     * @throws TensorscopeException {@code BAD_INPUT_SHAPE} if sizes contradict the model or stay unknown,
     *                              {@code UNSUPPORTED_OPERATOR} for an input type other than float32/int64
     */
    public static List<TensorData> forModel(Model model, InputSizes sizes, long seed) throws TensorscopeException {
        InferredShapes shapes = ShapeInference.infer(model, sizes);
        return forInputs(model.inputs().stream().map(in -> new TensorInfo(in.name(), in.type(), shapes.shapeOf(in.name())))
                .toList(), seed);
    }

    /**
     * Random inputs for graph inputs whose sizes are already resolved (e.g. {@code ModelAnalysis.summary().inputs()}),
     * without inferring shapes again; {@link #forModel} gives the same tensors for the same sizes and seed.
     *
     * @param inputs the graph inputs in graph order, with known shapes
     * @param seed   random seed
     * @throws TensorscopeException {@code BAD_INPUT_SHAPE} if a shape is not fully known,
     *                              {@code UNSUPPORTED_OPERATOR} for an input type other than float32/int64
     */
    public static List<TensorData> forInputs(List<TensorInfo> inputs, long seed) throws TensorscopeException {
        Random random = new Random(seed);
        List<TensorData> out = new ArrayList<>();
        for (TensorInfo in : inputs) {
            Shape shape = in.shape();
            if (!shape.isKnown()) {
                throw new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, "input " + in.name() + " has sizes "
                        + shape + ": fix them in the input sizes (" + in.name() + "=D1xD2…)");
            }
            int count = Math.toIntExact(shape.elementCount());
            if (in.type() == ElementType.FLOAT) {
                float[] values = new float[count];
                for (int i = 0; i < count; i++) {
                    values[i] = random.nextFloat();
                }
                out.add(TensorData.ofFloats(in.name(), values, shape.dims()));
            } else if (in.type() == ElementType.INT64) {
                String name = in.name().toLowerCase(Locale.ROOT);
                long[] values = new long[count];
                for (int i = 0; i < count; i++) {
                    values[i] = name.contains("mask") ? 1 : name.contains("type") ? 0 : random.nextInt(MAX_TOKEN_ID);
                }
                out.add(TensorData.ofLongs(in.name(), values, shape.dims()));
            } else {
                throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "input " + in.name() + " is "
                        + in.type().displayName() + "; random inputs exist for float32 and int64 only");
            }
        }
        return out;
    }
}
