package io.tensorscope.engine.train;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.DatasetKind;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.data.UserDatasets;
import io.tensorscope.engine.evaluate.ImageInput;
import io.tensorscope.engine.model.Model;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The images a training command reads for a data set named by id or path: a bundled id names the whole set, so
 * training uses its training split ({@code mnist}: the 60,000 training digits) and the test split is scored once at
 * the end; a folder of images with {@code labels.csv} is all training data and has no test split.
 */
public final class TrainingSets {

    private TrainingSets() {
    }

    /**
     * @return the training images, sized for the model's image input
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a data set that is not images; what reading it throws
     */
    public static LabelledImages training(Model model, String dataset) throws TensorscopeException {
        DatasetKind kind = DatasetKind.of(dataset).filter(DatasetKind::isImages).orElseThrow(() ->
                new TensorscopeException(ErrorCode.BAD_ARGUMENT, "cannot train on '" + dataset + "': use "
                        + String.join(", ", BundledDatasets.IMAGE_SETS) + " or a folder of images with "
                        + UserDatasets.LABELS_FILE));
        return kind == DatasetKind.BUNDLED_IMAGES ? BundledDatasets.imagesTrain(dataset)
                : ImageInput.fromFolder(model, Path.of(dataset));
    }

    /** @return the test split of a bundled image set (10,000 images each); none for a folder */
    public static Optional<LabelledImages> test(String dataset) throws TensorscopeException {
        return BundledDatasets.IMAGE_SETS.contains(dataset) ? Optional.of(BundledDatasets.imagesTest(dataset))
                : Optional.empty();
    }
}
