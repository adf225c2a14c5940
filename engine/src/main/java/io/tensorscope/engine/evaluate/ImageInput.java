package io.tensorscope.engine.evaluate;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.data.UnlabelledImages;
import io.tensorscope.engine.data.UserDatasets;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.engine.runtime.TensorData;
import java.nio.file.Path;

/**
 * The image input of a classifier fed single-channel images: its name and layout ([N, H, W, 1] or [N, 1, H, W], the
 * same pixels in memory).
 *
 * @param name  the input's name
 * @param shape its declared shape (the batch size left open)
 */
public record ImageInput(String name, Shape shape) {

    /**
     * @return the model's first input, checked against the images' size
     * @throws TensorscopeException {@code BAD_ARGUMENT} if the model does not take the data set's images
     */
    public static ImageInput of(Model model, LabelledImages images) throws TensorscopeException {
        TensorInfo input = model.inputs().get(0);
        Shape shape = input.shape();
        if (shape.rank() != 4) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, model.name() + " does not take images");
        }
        long pixels = (long) images.height() * images.width();
        if (Math.abs(shape.dim(1) * shape.dim(2) * shape.dim(3)) != pixels) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, model.name() + " takes " + shape + " images, the "
                    + "data set has " + images.height() + "x" + images.width() + " single-channel images");
        }
        return new ImageInput(input.name(), shape);
    }

    /**
     * @return the images of a folder data set ({@code labels.csv} beside them), resized to the height and width of the
     * model's image input ([N, H, W, 1] or [N, 1, H, W])
     * @throws TensorscopeException {@code BAD_ARGUMENT} if the model's first input is not an image; what reading the
     *                              folder throws
     */
    public static LabelledImages fromFolder(Model model, Path folder) throws TensorscopeException {
        int[] size = heightAndWidth(model);
        return UserDatasets.images(folder, size[0], size[1]);
    }

    /**
     * @return the first {@code limit} images of a folder without labels ({@link UnlabelledImages}), resized to the
     * model's image input as {@link #fromFolder} does
     * @throws TensorscopeException {@code BAD_ARGUMENT} if the model's first input is not an image; what reading the
     *                              folder throws
     */
    public static UnlabelledImages unlabelledFromFolder(Model model, Path folder, int limit) throws TensorscopeException {
        int[] size = heightAndWidth(model);
        return UnlabelledImages.read(folder, size[0], size[1], limit);
    }

    /** @return height and width of the model's image input, [N, H, W, 1] or [N, 1, H, W] */
    private static int[] heightAndWidth(Model model) throws TensorscopeException {
        Shape input = model.inputs().get(0).shape();
        if (input.rank() != 4) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, model.name() + " does not take images");
        }
        boolean channelsLast = input.dim(3) == 1;
        return new int[] {(int) input.dim(channelsLast ? 1 : 2), (int) input.dim(channelsLast ? 2 : 3)};
    }

    /** @return {@code n} images' pixels, image after image, as one batch for this input */
    public TensorData batch(float[] pixels, int n) {
        return TensorData.ofFloats(name, pixels, n, shape.dim(1), shape.dim(2), shape.dim(3));
    }

    /** @return the sizes of a batch of {@code n} images */
    public long[] dims(int n) {
        return new long[] {n, shape.dim(1), shape.dim(2), shape.dim(3)};
    }
}
