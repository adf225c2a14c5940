package io.tensorscope.engine.prune;

import static io.tensorscope.engine.prune.PruneGraphs.apply;
import static io.tensorscope.engine.prune.PruneGraphs.zeros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.ImageAccuracy;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.pass.ReportTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both pruning passes on the bundled models: exact sparsity on every layer, loaded by ONNX Runtime, accuracy kept. */
class BundledModelsPruneTest {

    private static final int DIGITS = 2000;

    @Test
    void halfTheCnnsWeightsByMagnitudeKeepItsAccuracyWithinAFewPoints() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        PassResult result = apply(new MagnitudePrunePass(), cnn, Map.of());
        ReportTable layers = result.report().section(PruneTables.LAYERS).orElseThrow();
        assertEquals(4, layers.rows().size(), "2 Conv + 2 Gemm weights");
        assertExactSparsity(result.model(), layers, 0.5);
        PruneGraphs.assertLoadsWithTheSameNodes(cnn, result.model());
        double[] accuracy = accuracyBeforeAndAfter(cnn, result.model());
        System.out.printf(Locale.ROOT, "mnist-cnn magnitude 50%%: top-1 on %d digits %.4f -> %.4f; %s%n", DIGITS,
                accuracy[0], accuracy[1], result.report().notes());
        assertTrue(accuracy[0] - accuracy[1] <= 0.03, "50 % magnitude-pruned CNN: " + accuracy[1] + " vs " + accuracy[0]);
    }

    @Test
    void twoOfFourPrunesTheCnnExceptTheFirstConvWithItsOneInputChannel() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        PassResult result = apply(new NmPrunePass(), cnn, Map.of());
        ReportTable layers = result.report().section(PruneTables.LAYERS).orElseThrow();
        assertEquals(3, layers.rows().size());
        layers.rows().forEach(row -> assertEquals(0.5, row.get(layers.columnIndex(PruneTables.SPARSITY))));
        ReportTable skipped = result.report().section(PruneTables.SKIPPED).orElseThrow();
        assertEquals(1, skipped.rows().size());
        assertEquals("its reduction length 1 is not a multiple of 4", skipped.rowAsMap(0).get(PruneTables.REASON));
        PruneGraphs.assertLoadsWithTheSameNodes(cnn, result.model());
        double[] accuracy = accuracyBeforeAndAfter(cnn, result.model());
        System.out.printf(Locale.ROOT, "mnist-cnn 2:4: top-1 on %d digits %.4f -> %.4f; %s%n", DIGITS, accuracy[0],
                accuracy[1], result.report().notes());
    }

    @Test
    void miniLmPrunedBothWaysHasExactSparsityOnAllItsMatMulsAndLoads() throws Exception {
        Model miniLm = new ModelSource().open("minilm", ProgressListener.NONE);
        PassResult magnitude = apply(new MagnitudePrunePass(), miniLm, Map.of());
        ReportTable layers = magnitude.report().section(PruneTables.LAYERS).orElseThrow();
        assertEquals(36, layers.rows().size(), "6 layers × (Q, K, V, attention output, FFN in, FFN out)");
        assertExactSparsity(magnitude.model(), layers, 0.5);
        PruneGraphs.assertLoadsWithTheSameNodes(miniLm, magnitude.model());
        System.out.println("minilm magnitude 50%: " + magnitude.report().notes());

        PassResult nm = apply(new NmPrunePass(), miniLm, Map.of());
        ReportTable groups = nm.report().section(PruneTables.LAYERS).orElseThrow();
        assertEquals(36, groups.rows().size());
        for (int r = 0; r < groups.rows().size(); r++) {
            Map<String, Object> row = groups.rowAsMap(r);
            assertEquals(0.5, row.get(PruneTables.SPARSITY), row.toString());
            assertEquals(true, row.get(PruneTables.SPARSE_TENSOR_CORES), "384 and 1536 channels: " + row);
        }
        PruneGraphs.assertLoadsWithTheSameNodes(miniLm, nm.model());
        System.out.println("minilm 2:4: " + nm.report().notes());
    }

    /** Asserts that every weight of {@code layers} has exactly round(sparsity × params) zeros in {@code pruned}. */
    private static void assertExactSparsity(Model pruned, ReportTable layers, double sparsity) throws Exception {
        for (int r = 0; r < layers.rows().size(); r++) {
            Map<String, Object> row = layers.rowAsMap(r);
            long params = (Long) row.get(PruneTables.PARAMS);
            assertEquals(Math.round(sparsity * params), zeros(pruned, (String) row.get(PruneTables.WEIGHT)), row.toString());
            assertEquals(row.get(PruneTables.ZEROS), zeros(pruned, (String) row.get(PruneTables.WEIGHT)));
        }
    }

    private static double[] accuracyBeforeAndAfter(Model original, Model pruned) throws Exception {
        LabelledImages digits = BundledDatasets.mnistTest();
        List<Model> models = List.of(original, pruned);
        double[] accuracy = new double[2];
        for (int i = 0; i < 2; i++) {
            accuracy[i] = ImageAccuracy.evaluate(models.get(i), digits, "mnist", 0, DIGITS, 2, ProgressListener.NONE).value();
        }
        return accuracy;
    }
}
